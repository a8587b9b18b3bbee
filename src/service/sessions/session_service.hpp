#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/match_run.hpp"
#include "domain/roles.hpp"
#include "domain/session.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A pair's blocked time as one of its readers sees it.
struct PairSessions {
    domain::Pair pair;
    std::string viewer_side;  // mentee, mentor, admin
    std::string mentee_time_zone;
    std::string mentor_time_zone;
    std::optional<domain::SessionSeries> series;
    std::vector<domain::SessionOccurrence> upcoming;  // not started yet, soonest first
    std::vector<domain::SessionOccurrence> past;      // started already, latest first
    domain::SessionCounts counts;
    std::vector<domain::SessionChange> changes;  // newest first
    long long now = 0;
};

/// Moving the series from one occurrence onward: the new weekday ("mon".."sun") and start time ("HH:MM") are
/// wall-clock time in `time_zone` (the series' zone, the mentee's, when empty).
struct SeriesMove {
    long long from_occurrence_id = 0;
    std::string weekday;
    std::string start_time;
    std::string time_zone;
    std::string reason;
};

/// A confirmation of attendance: whether the session took place, and when not, who was absent
/// (mentee, mentor, both).
struct AttendanceInput {
    std::optional<bool> took_place;
    std::string absent_side;
};

/// Blocked time (lifecycle stage 8): the pair's series and occurrences, moving and cancelling them with a
/// reason (attributed to the person who did it), attendance, escalation to the sponsors, and the programme's
/// session policy.
///
/// Who may do what: the pair's mentee and mentor act as themselves; an admin reads the schedule and attendance
/// (audited) but changes nothing of a pair's own (Forbidden); sponsors never see a pair (Forbidden); to anyone
/// else the pair does not exist (NotFound). Session policies are admin business.
///
/// Every change raises the SEQUENCE the calendars must see (the series' for series moves, the occurrence's
/// own for one occurrence), records a session_changes row with the actor's user id and side, and queues the
/// calendar mail (QueueCalendarMail), all in one transaction.
///
/// Attendance: either person confirms once the session has started. Until both confirmed, a person may
/// confirm again, which replaces their earlier answer (a correction); once both confirmed the outcome is
/// settled (held, missed_by_<side>, or disputed when they disagree) and further confirmations are a Conflict.
///
/// Escalation: cancellations by the mentee and sessions missed by the mentee are the senior's misses. When a
/// run of consecutive misses reaches the policy's max_consecutive_misses, or the pair's total reaches
/// max_total_misses, the programme's sponsors get an email with the counts only (never notes or reasons) and a
/// session_escalations row is written: once per run of misses (keyed by its first miss), once per pair for
/// the total.
class SessionService {
public:
    SessionService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    PairSessions Get(const domain::Caller& caller, long long pair_id);

    /// InvalidInput: reason (required, at most 500 characters), weekday, start_time, time_zone,
    /// from_occurrence_id (not this pair's, or already started), start_time again when the moved session would
    /// start in the past or before the programme, pair_id when the pair is not active.
    PairSessions MoveSeries(const domain::Caller& caller, long long pair_id, const SeriesMove& move);

    /// `starts_at` is UTC seconds. InvalidInput: reason; starts_at in the past, outside the programme's dates,
    /// or overlapping another session of either person; occurrence_id when it is cancelled or already started;
    /// pair_id when the pair is not active.
    PairSessions MoveOccurrence(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                long long starts_at, const std::string& reason);

    /// InvalidInput: reason; occurrence_id when it already started; pair_id when not active. Conflict when it
    /// is cancelled already.
    PairSessions Cancel(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                        const std::string& reason);

    /// InvalidInput: took_place (required), absent_side (mentee, mentor or both when it did not take place;
    /// none when it did). Conflict: the session has not started, is cancelled, or both confirmed already.
    PairSessions ConfirmAttendance(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                   const AttendanceInput& input);

    /// Admins only (Forbidden otherwise); NotFound for an unknown programme.
    domain::SessionPolicy GetPolicy(const domain::Caller& caller, long long programme_id);
    /// Validates with domain::ValidPolicy (errors name the field) and stores it.
    domain::SessionPolicy SavePolicy(const domain::Caller& caller, long long programme_id,
                                     domain::SessionPolicy policy);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
