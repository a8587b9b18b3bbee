#include "service/sessions/session_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/pair_agreement.hpp"
#include "domain/session_series.hpp"
#include "domain/time_zones.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/calendar/calendar_notify.hpp"
#include "service/sessions/session_escalation.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::service {

namespace {

constexpr std::size_t kMaxReason = 500;

enum class Want { kRead, kChange, kConfirm };

// The pair and the caller's side in it ("mentee", "mentor"; "admin" for an admin reading), by the access policy:
// admins read, only the pair's two people change anything.
std::pair<domain::Pair, std::string> PairFor(storage::Connection& session, const domain::Caller& caller,
                                             long long pair_id, Want want) {
    auto access = service::PairFor(session, caller, pair_id, want == Want::kRead ? PairUse::kAdminReads : PairUse::kOwn,
                                   "a pair's sessions are its own: only its mentee and mentor move, cancel or confirm "
                                   "them; sponsors see programme figures and escalations");
    auto side = access.AdminReading() ? std::string("admin") : std::move(access.side);
    return {domain::WithoutPrivateFields(std::move(access.pair)), std::move(side)};
}

void RequireActive(const domain::Pair& pair) {
    if (pair.status == domain::PairStatus::kActive) return;
    throw InvalidInput("pair_id", "pair " + std::to_string(pair.id) + " is " +
                                      std::string(domain::ToString(pair.status)) +
                                      ": only an active pair's sessions change");
}

std::string ValidReason(const std::string& text) {
    auto reason = std::string(Trim(text));
    if (reason.empty()) throw InvalidInput("reason", "reason is required: say why, for the other person");
    if (reason.size() > kMaxReason) throw InvalidInput("reason", "reason must be at most 500 characters");
    return reason;
}

std::string ZoneOf(storage::Connection& session, const std::string& employee_id) {
    const auto person = storage::FindPerson(session, employee_id);
    return person ? person->time_zone : std::string();
}

domain::SessionSeries SeriesOf(storage::Connection& session, long long pair_id) {
    auto series = storage::FindSeriesOfPair(session, pair_id);
    if (!series) throw NotFound("pair " + std::to_string(pair_id) + " has no sessions yet");
    return *series;
}

domain::SessionOccurrence OccurrenceOf(storage::Connection& session, long long pair_id, long long occurrence_id) {
    auto occurrence = storage::FindOccurrence(session, occurrence_id);
    if (!occurrence || occurrence->pair_id != pair_id) {
        throw NotFound("pair " + std::to_string(pair_id) + " has no session " + std::to_string(occurrence_id));
    }
    return *occurrence;
}

// The local date (in the series' zone) of `instant` must lie in the programme's dates, when it has them.
void RequireInProgramme(storage::Connection& session, const domain::Pair& pair, const std::string& zone,
                        long long instant, const std::string& field) {
    const auto programme = storage::FindProgramme(session, pair.programme_id);
    if (!programme) return;
    const auto date = domain::UtcToLocal(zone, instant).substr(0, 10);
    if (IsIsoDate(programme->starts_on) && date < programme->starts_on) {
        throw InvalidInput(
            field, "the session would fall on " + date + ", before the programme starts on " + programme->starts_on);
    }
    if (IsIsoDate(programme->ends_on) && date > programme->ends_on) {
        throw InvalidInput(field,
                           "the session would fall on " + date + ", after the programme ends on " + programme->ends_on);
    }
}

void Record(storage::Connection& session, const domain::Caller& caller, const std::string& side, long long pair_id,
            long long series_id, std::optional<long long> occurrence_id, const std::string& kind,
            const std::string& reason, std::optional<long long> old_start, std::optional<long long> new_start,
            long long now) {
    domain::SessionChange change;
    change.pair_id = pair_id;
    change.series_id = series_id;
    change.occurrence_id = occurrence_id;
    change.kind = kind;
    change.actor_user_id = caller.user_id > 0 ? std::optional(caller.user_id) : std::nullopt;
    change.actor_side = side;
    change.reason = reason;
    change.old_starts_at = old_start;
    change.new_starts_at = new_start;
    change.at = now;
    storage::InsertChange(session, change);
}

PairSessions Load(storage::Connection& session, domain::Pair pair, std::string side, long long now) {
    PairSessions view;
    view.now = now;
    view.mentee_time_zone = ZoneOf(session, pair.mentee);
    view.mentor_time_zone = ZoneOf(session, pair.mentor);
    view.series = storage::FindSeriesOfPair(session, pair.id);
    auto occurrences = storage::ListOccurrences(session, pair.id);
    view.counts = domain::CountSessions(occurrences, now);
    for (auto& occurrence : occurrences) {
        (occurrence.starts_at > now ? view.upcoming : view.past).push_back(std::move(occurrence));
    }
    std::reverse(view.past.begin(), view.past.end());
    view.changes = storage::ListChanges(session, pair.id);
    view.pair = std::move(pair);
    view.viewer_side = std::move(side);
    return view;
}

}  // namespace

PairSessions SessionService::Get(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kRead);
    if (side == "admin") Audit(*session, clock_, caller, "pair.sessions.read", "pair:" + std::to_string(pair_id));
    return Load(*session, std::move(pair), side, clock_.NowSeconds());
}

PairSessions SessionService::MoveSeries(const domain::Caller& caller, long long pair_id, const SeriesMove& move) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kChange);
    RequireActive(pair);
    const auto reason = ValidReason(move.reason);
    const int weekday = domain::ParseWeekday(move.weekday);
    if (weekday < 0) throw InvalidInput("weekday", "weekday must be one of mon, tue, wed, thu, fri, sat, sun");
    const int minute = domain::ParseClockMinutes(move.start_time);
    if (minute < 0) throw InvalidInput("start_time", "start_time must be a time of day written HH:MM");
    auto series = SeriesOf(*session, pair_id);
    const auto zone = Trim(move.time_zone).empty() ? series.time_zone : std::string(Trim(move.time_zone));
    if (!domain::IsKnownTimeZone(zone)) throw InvalidInput("time_zone", "unknown time zone '" + zone + "'");
    const auto now = clock_.NowSeconds();
    const auto from = storage::FindOccurrence(*session, move.from_occurrence_id);
    if (!from || from->pair_id != pair_id) {
        throw InvalidInput("from_occurrence_id", "pair " + std::to_string(pair_id) + " has no session " +
                                                     std::to_string(move.from_occurrence_id));
    }
    if (from->starts_at <= now) {
        throw InvalidInput("from_occurrence_id", "that session has started already: move the series from a later one");
    }
    // The new weekday and time in the week (Monday first) of the session the move starts from, read in `zone`
    // and turned into the series' own zone, where the recurrence lives.
    const auto from_date = domain::UtcToLocal(series.time_zone, from->recurrence_start).substr(0, 10);
    const auto monday = domain::AddDays(from_date, -domain::WeekdayOf(from_date));
    const auto new_first_utc = domain::LocalToUtc(zone, domain::AddDays(monday, weekday) + "T" + move.start_time);
    if (new_first_utc <= now) throw InvalidInput("start_time", "the first moved session would be in the past");
    RequireInProgramme(*session, pair, series.time_zone, new_first_utc, "start_time");
    const auto new_first_local = domain::UtcToLocal(series.time_zone, new_first_utc);
    const auto starts =
        domain::ExpandSeries(series.time_zone, new_first_local, series.interval_days, series.until_date);
    for (const auto start : starts) {
        if (const auto overlap = storage::FindOverlap(*session, pair.mentee, pair.mentor, start,
                                                      start + series.minutes * 60LL, 0, pair_id)) {
            throw InvalidInput("start_time", "the session on " + FormatTimestamp(start) +
                                                 " would overlap another session of one of you at " +
                                                 FormatTimestamp(overlap->starts_at));
        }
    }

    ++series.sequence;
    series.first_local_start = new_first_local;
    series.updated_at = now;
    storage::UpdateSeries(*session, series);
    // The rows from the moved one onward take the new rule's instants (their ids, and so their notes and
    // attendance, stay); recurrence_start is cleared first so the unique (series, recurrence_start) never
    // collides mid-way.
    std::vector<domain::SessionOccurrence> onward;
    for (auto& occurrence : storage::ListOccurrences(*session, pair_id)) {
        if (occurrence.series_id == series.id && occurrence.recurrence_start >= from->recurrence_start) {
            onward.push_back(std::move(occurrence));
        }
    }
    std::sort(onward.begin(), onward.end(),
              [](const auto& a, const auto& b) { return a.recurrence_start < b.recurrence_start; });
    for (auto& occurrence : onward) {
        occurrence.recurrence_start = -occurrence.id;
        storage::UpdateOccurrence(*session, occurrence);
    }
    for (std::size_t i = 0; i < std::max(onward.size(), starts.size()); ++i) {
        if (i < onward.size() && i < starts.size()) {
            auto& occurrence = onward[i];
            occurrence.recurrence_start = occurrence.starts_at = starts[i];
            occurrence.ends_at = starts[i] + series.minutes * 60LL;
            occurrence.sequence = series.sequence;
            occurrence.updated_at = now;
            storage::UpdateOccurrence(*session, occurrence);
        } else if (i < onward.size()) {
            // The new weekday pushed this one past the series' end: it no longer happens.
            auto& occurrence = onward[i];
            occurrence.recurrence_start = occurrence.starts_at;
            occurrence.status = "cancelled";
            occurrence.cancel_reason = "after the end of the series";
            occurrence.sequence = series.sequence;
            occurrence.updated_at = now;
            storage::UpdateOccurrence(*session, occurrence);
        } else {
            domain::SessionOccurrence occurrence;
            occurrence.series_id = series.id;
            occurrence.pair_id = pair_id;
            occurrence.recurrence_start = occurrence.starts_at = starts[i];
            occurrence.ends_at = starts[i] + series.minutes * 60LL;
            occurrence.sequence = series.sequence;
            occurrence.updated_at = now;
            storage::InsertOccurrence(*session, occurrence);
        }
    }
    Record(*session, caller, side, pair_id, series.id, from->id, "series_moved", reason, from->starts_at,
           starts.empty() ? std::nullopt : std::optional(starts.front()), now);
    QueueCalendarMail(*session, series.id, std::nullopt, CalendarChange::kSeriesMoved, now);
    auto view = Load(*session, std::move(pair), side, now);
    transaction.Commit();
    return view;
}

PairSessions SessionService::MoveOccurrence(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                            long long starts_at, const std::string& reason_text) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kChange);
    auto occurrence = OccurrenceOf(*session, pair_id, occurrence_id);
    RequireActive(pair);
    const auto reason = ValidReason(reason_text);
    const auto now = clock_.NowSeconds();
    if (occurrence.status == "cancelled") throw InvalidInput("occurrence_id", "that session is cancelled");
    if (occurrence.starts_at <= now) throw InvalidInput("occurrence_id", "that session has started already");
    if (starts_at <= now) throw InvalidInput("starts_at", "starts_at is in the past: choose a time ahead");
    const auto series = SeriesOf(*session, pair_id);
    RequireInProgramme(*session, pair, series.time_zone, starts_at, "starts_at");
    const long long length = occurrence.ends_at - occurrence.starts_at;
    if (const auto overlap =
            storage::FindOverlap(*session, pair.mentee, pair.mentor, starts_at, starts_at + length, occurrence.id)) {
        throw InvalidInput(
            "starts_at", "starts_at overlaps another session of one of you at " + FormatTimestamp(overlap->starts_at));
    }
    const auto old_start = occurrence.starts_at;
    occurrence.starts_at = starts_at;
    occurrence.ends_at = starts_at + length;
    occurrence.sequence = std::max(occurrence.sequence, series.sequence) + 1;
    occurrence.updated_at = now;
    storage::UpdateOccurrence(*session, occurrence);
    Record(*session, caller, side, pair_id, occurrence.series_id, occurrence.id, "occurrence_moved", reason, old_start,
           starts_at, now);
    QueueCalendarMail(*session, occurrence.series_id, occurrence.id, CalendarChange::kOccurrenceMoved, now);
    auto view = Load(*session, std::move(pair), side, now);
    transaction.Commit();
    return view;
}

PairSessions SessionService::Cancel(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                    const std::string& reason_text) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kChange);
    auto occurrence = OccurrenceOf(*session, pair_id, occurrence_id);
    RequireActive(pair);
    const auto reason = ValidReason(reason_text);
    const auto now = clock_.NowSeconds();
    if (occurrence.status == "cancelled") throw Conflict("that session is cancelled already");
    if (occurrence.starts_at <= now) {
        throw InvalidInput("occurrence_id", "that session has started already: confirm whether it took place instead");
    }
    const auto series = SeriesOf(*session, pair_id);
    occurrence.status = "cancelled";
    occurrence.cancelled_by_side = side;
    occurrence.cancel_reason = reason;
    occurrence.sequence = std::max(occurrence.sequence, series.sequence) + 1;
    occurrence.updated_at = now;
    storage::UpdateOccurrence(*session, occurrence);
    Record(*session, caller, side, pair_id, occurrence.series_id, occurrence.id, "occurrence_cancelled", reason,
           occurrence.starts_at, std::nullopt, now);
    QueueCalendarMail(*session, occurrence.series_id, occurrence.id, CalendarChange::kOccurrenceCancelled, now);
    if (side == "mentee") EscalateMissesIfDue(*session, pair_id, now);
    auto view = Load(*session, std::move(pair), side, now);
    transaction.Commit();
    return view;
}

PairSessions SessionService::ConfirmAttendance(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                               const AttendanceInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kConfirm);
    auto occurrence = OccurrenceOf(*session, pair_id, occurrence_id);
    if (!input.took_place) throw InvalidInput("took_place", "took_place (true or false) is required");
    const auto absent = std::string(Trim(input.absent_side));
    if (*input.took_place && !absent.empty()) {
        throw InvalidInput("absent_side", "absent_side is for a session that did not take place");
    }
    if (!*input.took_place && absent != "mentee" && absent != "mentor" && absent != "both") {
        throw InvalidInput("absent_side",
                           "absent_side must be mentee, mentor or both when the session did not take place");
    }
    const auto now = clock_.NowSeconds();
    if (occurrence.status == "cancelled") throw Conflict("that session was cancelled: there is nothing to confirm");
    if (occurrence.starts_at > now) throw Conflict("attendance is confirmed once the session has started");
    if (occurrence.attendance.size() >= 2) {
        throw Conflict("both of you confirmed this session already: its outcome (" + occurrence.outcome +
                       ") is settled");
    }
    domain::Attendance attendance{side, caller.user_id, *input.took_place, absent, now};
    storage::SaveAttendance(*session, occurrence.id, attendance);
    // clang 14, which `make tidy` runs, cannot capture a structured binding: the lambda captures a copy.
    const auto confirming_side = side;
    std::erase_if(occurrence.attendance,
                  [&confirming_side](const auto& entry) { return entry.side == confirming_side; });
    occurrence.attendance.push_back(attendance);
    occurrence.outcome = domain::SettleOutcome(occurrence.attendance);
    occurrence.updated_at = now;
    storage::UpdateOccurrence(*session, occurrence);
    Audit(*session, clock_, caller, "pair.session.attendance", "occurrence:" + std::to_string(occurrence.id));
    if (occurrence.outcome != "pending") EscalateMissesIfDue(*session, pair_id, now);
    auto view = Load(*session, std::move(pair), side, now);
    transaction.Commit();
    return view;
}

domain::SessionPolicy SessionService::GetPolicy(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    if (!storage::FindProgramme(*session, programme_id)) {
        throw NoProgramme(programme_id);
    }
    return storage::LoadSessionPolicy(*session, programme_id);
}

domain::SessionPolicy SessionService::SavePolicy(const domain::Caller& caller, long long programme_id,
                                                 domain::SessionPolicy policy) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    if (!storage::FindProgramme(*session, programme_id)) {
        throw NoProgramme(programme_id);
    }
    policy.programme_id = programme_id;
    policy = domain::ValidPolicy(std::move(policy));
    policy.updated_by = caller.user_id > 0 ? std::optional(caller.user_id) : std::nullopt;
    policy.updated_at = clock_.NowSeconds();
    storage::SaveSessionPolicy(*session, policy);
    Audit(*session, clock_, caller, "programme.session_policy.save", "programme:" + std::to_string(programme_id));
    transaction.Commit();
    return policy;
}

}  // namespace upward::service
