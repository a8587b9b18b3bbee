#include "service/calendar/calendar_notify.hpp"

#include <stdexcept>

#include "calendar/ical_render.hpp"
#include "calendar/local_time.hpp"
#include "service/calendar/calendar_documents.hpp"
#include "service/mail/mail_composer.hpp"
#include "storage/calendar/calendar_repository.hpp"
#include "storage/database/connection.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

const char* KindName(CalendarChange change) {
    switch (change) {
        case CalendarChange::kSeriesProposed:
            return "proposed";
        case CalendarChange::kSeriesMoved:
            return "moved";
        case CalendarChange::kSeriesCancelled:
            return "cancelled";
        case CalendarChange::kOccurrenceMoved:
            return "occurrence-moved";
        case CalendarChange::kOccurrenceCancelled:
            return "occurrence-cancelled";
    }
    return "change";
}

bool IsCancel(CalendarChange change) {
    return change == CalendarChange::kSeriesCancelled || change == CalendarChange::kOccurrenceCancelled;
}

// Times in emails are in the reader's own zone, named, so nobody converts in their head.
std::string When(const std::string& zone, long long utc) {
    const std::string shown = zone.empty() ? "UTC" : zone;
    return calendar::DescribeLocal(shown, utc) + " (" + shown + ")";
}

MailDraft Draft(const SeriesContext& context, const storage::CalendarPersonRow& reader, CalendarChange change,
                const std::optional<storage::CalendarOccurrenceRow>& occurrence) {
    const auto title = SeriesTitle(context, reader.employee_id);
    const auto first_start =
        calendar::ToUtc(context.series.time_zone, calendar::ParseLocalTime(context.series.first_local_start));
    const auto series_text = "The sessions take place " + CadenceText(context.series.interval_days) + " for " +
                             std::to_string(context.series.minutes) + " minutes, starting " +
                             When(reader.time_zone, first_start) + ", until " + context.series.until_date + ".";
    MailDraft draft;
    draft.greeting_name = context.Neutral() ? "" : reader.name;
    switch (change) {
        case CalendarChange::kSeriesProposed:
            draft.subject = "Invitation: " + title;
            draft.paragraphs = {"Your mentoring sessions are in the calendar invitation attached.", series_text};
            break;
        case CalendarChange::kSeriesMoved:
            draft.subject = "Updated invitation: " + title;
            draft.paragraphs = {"Your mentoring sessions moved. The attached invitation replaces the earlier one.",
                                series_text};
            break;
        case CalendarChange::kSeriesCancelled:
            draft.subject = "Cancelled: " + title;
            draft.paragraphs = {
                "Your mentoring sessions are cancelled. Open the attachment to remove them from your "
                "calendar."};
            break;
        case CalendarChange::kOccurrenceMoved:
            draft.subject =
                "Moved: " + title + ", " +
                calendar::DescribeLocal(reader.time_zone.empty() ? "UTC" : reader.time_zone, occurrence->starts_at);
            draft.paragraphs = {"The session of " + When(reader.time_zone, occurrence->recurrence_start) +
                                    " now takes place " + When(reader.time_zone, occurrence->starts_at) + ".",
                                "The attached update moves it in your calendar; the other sessions stay as they are."};
            break;
        case CalendarChange::kOccurrenceCancelled:
            draft.subject =
                "Cancelled: " + title + ", " +
                calendar::DescribeLocal(reader.time_zone.empty() ? "UTC" : reader.time_zone, occurrence->starts_at);
            draft.paragraphs = {
                "The session of " + When(reader.time_zone, occurrence->starts_at) + " is cancelled.",
                "The attached update removes it from your calendar; the other sessions stay as they are."};
            break;
    }
    // The footer names the programme, which a confidential pair's copies must not.
    if (!context.Neutral()) draft.programme_name = context.pair.programme_name;
    return draft;
}

std::string Document(const SeriesContext& context, const std::string& viewer, CalendarChange change,
                     const std::optional<storage::CalendarOccurrenceRow>& occurrence, long long now) {
    const auto event = SeriesEventFor(context, viewer);
    switch (change) {
        case CalendarChange::kSeriesProposed:
        case CalendarChange::kSeriesMoved:
            return calendar::RenderSeriesRequest(event, now);
        case CalendarChange::kSeriesCancelled:
            return calendar::RenderSeriesCancel(event, now);
        case CalendarChange::kOccurrenceMoved:
            return calendar::RenderOccurrenceRequest(event, OccurrenceChangeOf(context, *occurrence), now);
        case CalendarChange::kOccurrenceCancelled: {
            auto cancelled = OccurrenceChangeOf(context, *occurrence);
            cancelled.cancelled = true;
            return calendar::RenderOccurrenceCancel(event, cancelled, now);
        }
    }
    throw std::logic_error("unknown calendar change");
}

}  // namespace

void QueueCalendarMail(storage::Connection& session, long long series_id, std::optional<long long> occurrence_id,
                       CalendarChange change, long long now) {
    const auto context = LoadSeriesContext(session, series_id);
    if (!context) throw std::invalid_argument("QueueCalendarMail: no series " + std::to_string(series_id));
    const bool about_occurrence =
        change == CalendarChange::kOccurrenceMoved || change == CalendarChange::kOccurrenceCancelled;
    std::optional<storage::CalendarOccurrenceRow> occurrence;
    if (about_occurrence) {
        if (!occurrence_id) throw std::invalid_argument("QueueCalendarMail: an occurrence change needs its occurrence");
        occurrence = storage::FindCalendarOccurrence(session, *occurrence_id);
        if (!occurrence || occurrence->series_id != series_id) {
            throw std::invalid_argument("QueueCalendarMail: occurrence " + std::to_string(*occurrence_id) +
                                        " is not in series " + std::to_string(series_id));
        }
    }
    const int sequence = occurrence ? OccurrenceChangeOf(*context, *occurrence).sequence : context->series.sequence;
    // One email per person, each with their own wording and their own copy of the document; the key names
    // the change, so a retried request never mails twice and every new SEQUENCE mails again.
    for (const auto* reader : {&context->mentee, &context->mentor}) {
        if (reader->email.empty()) continue;  // nobody to tell; their feed still shows the change
        const std::string who = reader->user_id > 0 ? std::to_string(reader->user_id) : "p" + reader->employee_id;
        const std::string key = "calendar:" + std::to_string(series_id) + ":" +
                                std::to_string(occurrence ? occurrence->id : 0) + ":" + KindName(change) + ":" +
                                std::to_string(sequence) + ":" + who;
        auto mail = ComposeMail(key, reader->email, context->Neutral() ? "" : reader->name,
                                Draft(*context, *reader, change, occurrence));
        mail.calendar_method = IsCancel(change) ? "CANCEL" : "REQUEST";
        mail.calendar_body = Document(*context, reader->employee_id, change, occurrence, now);
        storage::EnqueueMail(session, mail, now);
    }
}

}  // namespace upward::service
