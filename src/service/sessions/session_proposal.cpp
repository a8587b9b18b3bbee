#include "service/sessions/session_proposal.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/calendar/calendar_notify.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/agreements/agreement_repository.hpp"
#include "storage/database/connection.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::service {

namespace {

constexpr int kDefaultSeriesDays = 26 * 7;

std::string ZoneOf(storage::Connection& session, const std::string& employee_id) {
    const auto person = storage::FindPerson(session, employee_id);
    return person ? person->time_zone : std::string();
}

// What the person told the programme: the matching profile first (what matching used), else their application.
std::vector<domain::AvailabilitySlot> AvailabilityOf(storage::Connection& session, long long programme_id,
                                                     const std::string& employee_id) {
    if (const auto profile = storage::FindProfile(session, programme_id, employee_id);
        profile && !profile->availability.empty()) {
        return profile->availability;
    }
    if (const auto application = storage::FindApplication(session, programme_id, employee_id)) {
        return application->answers.availability;
    }
    return {};
}

}  // namespace

ProposedSeries ProposeSeries(storage::Connection& session, long long pair_id, long long now,
                             std::optional<std::string> start_date) {
    ProposedSeries result;
    if (const auto existing = storage::FindSeriesOfPair(session, pair_id); existing && existing->status == "active") {
        result.series_id = existing->id;
        return result;
    }
    const auto pair = storage::FindPair(session, pair_id);
    if (!pair) throw NotFound("no pair with id " + std::to_string(pair_id));
    const auto programme = ProgrammeOrNotFound(session, pair->programme_id);

    domain::SeriesRequest request;
    request.mentee_zone = ZoneOf(session, pair->mentee);
    request.mentor_zone = ZoneOf(session, pair->mentor);
    request.mentee_availability = AvailabilityOf(session, programme.id, pair->mentee);
    request.mentor_availability = AvailabilityOf(session, programme.id, pair->mentor);
    const auto agreement = storage::FindAgreement(session, pair_id);
    request.interval_days =
        agreement && agreement->terms.cadence_days > 0 ? agreement->terms.cadence_days : programme.cadence_days;
    request.minutes = programme.session_minutes > 0 ? programme.session_minutes : 45;
    if (start_date) {
        request.start_date = *start_date;
    } else {
        // Not today: the day after, in the mentee's own calendar, and never before the programme begins.
        request.start_date = domain::UtcToLocal(request.mentee_zone, now + 24LL * 3600).substr(0, 10);
        if (IsIsoDate(programme.starts_on) && programme.starts_on > request.start_date) {
            request.start_date = programme.starts_on;
        }
    }
    request.until_date =
        IsIsoDate(programme.ends_on) ? programme.ends_on : domain::AddDays(request.start_date, kDefaultSeriesDays);
    result.plan = domain::PlanSeries(request);

    domain::SessionSeries series;
    series.pair_id = pair_id;
    series.time_zone = request.mentee_zone.empty() ? "Etc/UTC" : request.mentee_zone;
    series.first_local_start = result.plan.first_local_start;
    series.interval_days = request.interval_days;
    series.minutes = request.minutes;
    series.until_date = request.until_date;
    series.uid = RandomSecret(18) + "@upward";
    series.created_at = series.updated_at = now;
    series.id = storage::InsertSeries(session, series);
    for (const auto start : result.plan.starts) {
        domain::SessionOccurrence occurrence;
        occurrence.series_id = series.id;
        occurrence.pair_id = pair_id;
        occurrence.recurrence_start = occurrence.starts_at = start;
        occurrence.ends_at = start + series.minutes * 60LL;
        occurrence.updated_at = now;
        storage::InsertOccurrence(session, occurrence);
    }
    domain::SessionChange change;
    change.pair_id = pair_id;
    change.series_id = series.id;
    change.kind = "series_proposed";
    change.actor_side = "system";
    change.reason = "proposed when the pair became active: " + result.plan.explanation;
    change.new_starts_at = result.plan.starts.empty() ? std::nullopt : std::optional(result.plan.starts.front());
    change.at = now;
    storage::InsertChange(session, change);
    QueueCalendarMail(session, series.id, std::nullopt, CalendarChange::kSeriesProposed, now);
    result.series_id = series.id;
    result.created = true;
    return result;
}

}  // namespace upward::service
