#pragma once

#include <optional>
#include <string>
#include <vector>

namespace upward::domain {

/// A pair's recurring series (table session_series): wall-clock time in `time_zone` (the mentee's).
struct SessionSeries {
    long long id = 0;
    long long pair_id = 0;
    std::string time_zone;
    std::string first_local_start;  // "YYYY-MM-DDTHH:MM"
    int interval_days = 14;
    int minutes = 45;
    std::string until_date;
    std::string uid;
    int sequence = 0;
    std::string status = "active";  // active, cancelled
    std::optional<long long> created_by;
    long long created_at = 0;
    long long updated_at = 0;
};

/// One side's confirmation of an occurrence.
struct Attendance {
    std::string side;  // mentee, mentor
    long long user_id = 0;
    bool took_place = false;
    std::string absent_side;  // mentee, mentor, both; empty when it took place
    long long confirmed_at = 0;
};

/// One occurrence (table session_occurrences). status: scheduled, cancelled. outcome: pending, held,
/// missed_by_mentee, missed_by_mentor, missed_by_both, disputed.
struct SessionOccurrence {
    long long id = 0;
    long long series_id = 0;
    long long pair_id = 0;
    long long recurrence_start = 0;
    long long starts_at = 0;
    long long ends_at = 0;
    std::string status = "scheduled";
    int sequence = 0;
    std::string cancelled_by_side;
    std::string cancel_reason;
    std::string outcome = "pending";
    long long updated_at = 0;
    std::vector<Attendance> attendance;
};

/// One attributed change (table session_changes).
struct SessionChange {
    long long id = 0;
    long long pair_id = 0;
    long long series_id = 0;
    std::optional<long long> occurrence_id;
    std::string kind;  // series_proposed, series_moved, series_cancelled, occurrence_moved, occurrence_cancelled
    std::optional<long long> actor_user_id;
    std::string actor_name;  // display name of the actor's account, for reading
    std::string actor_side;  // mentee, mentor, admin, system
    std::string reason;
    std::optional<long long> old_starts_at;
    std::optional<long long> new_starts_at;
    long long at = 0;
};

/// A programme's session rules (table session_policies); the defaults apply without a row.
struct SessionPolicy {
    long long programme_id = 0;
    std::vector<int> reminder_minutes = {1440, 60};
    int max_consecutive_misses = 2;
    int max_total_misses = 3;
    int at_risk_weeks = 4;
    std::optional<long long> updated_by;
    long long updated_at = 0;
};

/// "1440;60" ↔ {1440, 60}. Parsing skips what is not a positive number.
std::string FormatReminderMinutes(const std::vector<int>& minutes);
std::vector<int> ParseReminderMinutes(const std::string& text);

/// Throws InvalidInput naming the first field that breaks a rule: reminder_minutes (1 to 5 distinct values,
/// each 5 minutes to 14 days), max_consecutive_misses (1 to 20), max_total_misses (1 to 50, not below
/// max_consecutive_misses), at_risk_weeks (1 to 52). Sorts reminders latest-first (largest lead first).
SessionPolicy ValidPolicy(SessionPolicy policy);

/// What the two confirmations settle: pending until both sides confirmed; held when both say it took place;
/// missed_by_<side> when both say it did not and agree on who was absent; disputed otherwise.
std::string SettleOutcome(const std::vector<Attendance>& attendance);

/// True when the occurrence counts as a miss of the mentee (the senior): cancelled by the mentee side, or
/// settled as missed by the mentee or by both.
bool IsMenteeMiss(const SessionOccurrence& occurrence);

/// Per-side cancellations and no-shows, the senior's misses and the streak of held sessions.
struct SessionCounts {
    int mentee_cancellations = 0;
    int mentor_cancellations = 0;
    int mentee_no_shows = 0;
    int mentor_no_shows = 0;
    int held = 0;
    /// The senior's misses in the programme, and the run of them ending at the latest settled occurrence.
    int mentee_misses = 0;
    int consecutive_mentee_misses = 0;
    /// The first occurrence of that run (0 when there is no run): an escalation is keyed by it.
    long long miss_run_start = 0;
    /// Consecutive held sessions counting back from the most recent settled one.
    int streak = 0;
};

/// Counts over occurrences (any order) that started before `now`. An occurrence is settled when cancelled
/// or when its outcome is no longer pending; unsettled past occurrences neither break nor extend a run.
/// Any settled occurrence that is not a senior miss ends the senior's run of misses.
SessionCounts CountSessions(std::vector<SessionOccurrence> occurrences, long long now);

}  // namespace upward::domain
