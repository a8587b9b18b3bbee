#include "service/calendar/calendar_documents.hpp"

#include <algorithm>

#include "calendar/local_time.hpp"
#include "storage/calendar/calendar_repository.hpp"
#include "storage/database/connection.hpp"

namespace upward::service {

namespace {

std::string TopicsText(const std::vector<std::string>& topics) {
    std::string text;
    for (const auto& topic : topics) {
        if (!text.empty()) text += ", ";
        text += topic;
    }
    return text;
}

calendar::CalendarPerson PersonOf(const storage::CalendarPersonRow& person, bool show_name, const char* partstat) {
    calendar::CalendarPerson out;
    out.email = person.email;
    if (show_name) out.name = person.name;
    out.partstat = partstat;
    return out;
}

}  // namespace

std::optional<SeriesContext> LoadSeriesContext(storage::Connection& session, long long series_id) {
    SeriesContext context;
    auto series = storage::FindCalendarSeries(session, series_id);
    if (!series) return std::nullopt;
    context.series = std::move(*series);
    auto pair = storage::FindCalendarPair(session, context.series.pair_id);
    if (!pair) return std::nullopt;
    context.pair = std::move(*pair);
    const auto mentee = storage::FindCalendarPerson(session, context.pair.mentee);
    const auto mentor = storage::FindCalendarPerson(session, context.pair.mentor);
    context.mentee = mentee.value_or(storage::CalendarPersonRow{context.pair.mentee, "", "", "", 0});
    context.mentor = mentor.value_or(storage::CalendarPersonRow{context.pair.mentor, "", "", "", 0});
    context.occurrences = storage::ListSeriesOccurrences(session, series_id);
    return context;
}

std::string SeriesTitle(const SeriesContext& context, const std::string& viewer) {
    if (context.Neutral()) return kNeutralSessionTitle;
    const auto& other = context.Other(viewer);
    return "Reverse mentoring with " + (other.name.empty() ? other.employee_id : other.name);
}

std::string CadenceText(int interval_days) {
    if (interval_days == 7) return "every week";
    if (interval_days == 14) return "every two weeks";
    if (interval_days % 7 == 0) return "every " + std::to_string(interval_days / 7) + " weeks";
    if (interval_days == 1) return "every day";
    return "every " + std::to_string(interval_days) + " days";
}

calendar::OccurrenceChange OccurrenceChangeOf(const SeriesContext& context,
                                              const storage::CalendarOccurrenceRow& occurrence) {
    calendar::OccurrenceChange change;
    change.recurrence_start = occurrence.recurrence_start;
    change.starts_at = occurrence.starts_at;
    change.ends_at = occurrence.ends_at;
    change.sequence = std::max(context.series.sequence, occurrence.sequence);
    change.cancelled = occurrence.status == "cancelled";
    return change;
}

calendar::SeriesEvent SeriesEventFor(const SeriesContext& context, const std::string& viewer) {
    const bool neutral = context.Neutral();
    calendar::SeriesEvent event;
    event.uid = context.series.uid;
    event.sequence = context.series.sequence;
    event.time_zone = context.series.time_zone;
    event.first_local_start = context.series.first_local_start;
    event.minutes = context.series.minutes;
    event.interval_days = context.series.interval_days;
    event.until_date = context.series.until_date;
    event.cancelled = context.series.status == "cancelled";
    event.summary = SeriesTitle(context, viewer);
    event.private_event = neutral;
    if (neutral) {
        event.description = "Time blocked for a mentoring session. The details are in Upward.";
    } else {
        const auto name = [](const storage::CalendarPersonRow& person) {
            return person.name.empty() ? person.employee_id : person.name;
        };
        event.description = "Reverse mentoring session of " + context.pair.programme_name + ": " +
                            name(context.mentee) + " (mentee) and " + name(context.mentor) + " (mentor), " +
                            CadenceText(context.series.interval_days) + " for " +
                            std::to_string(context.series.minutes) + " minutes.";
        const auto topics = TopicsText(context.pair.agreement_topics);
        if (!topics.empty()) event.description += "\nTopics: " + topics + ".";
        event.description += "\nMove or cancel a session in Upward, so both calendars stay right.";
    }
    if (!context.mentee.email.empty()) {
        event.organizer = PersonOf(context.mentee, !neutral, calendar::kAccepted);
        event.attendees.push_back(PersonOf(context.mentee, !neutral, calendar::kAccepted));
    }
    if (!context.mentor.email.empty()) {
        event.attendees.push_back(PersonOf(context.mentor, !neutral, calendar::kNeedsAction));
    }
    // A series moved "from this session on" starts its rule there: exceptions of earlier sessions would name
    // RECURRENCE-IDs outside the rule, which clients show as stray events, so they are left out.
    const auto rule_start =
        calendar::ToUtc(context.series.time_zone, calendar::ParseLocalTime(context.series.first_local_start));
    for (const auto& occurrence : context.occurrences) {
        if (occurrence.recurrence_start < rule_start) continue;
        const auto change = OccurrenceChangeOf(context, occurrence);
        const bool moved = occurrence.starts_at != occurrence.recurrence_start ||
                           occurrence.ends_at != occurrence.recurrence_start + 60LL * context.series.minutes;
        if (change.cancelled || moved) event.changes.push_back(change);
    }
    return event;
}

}  // namespace upward::service
