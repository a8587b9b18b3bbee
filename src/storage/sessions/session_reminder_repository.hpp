#pragma once

// What the session reminder and attendance-prompt jobs read: an occurrence with its series, pair and programme,
// the occurrences due for planning, and the few facts the mails need.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// An occurrence as the reminder handlers need it, with its series, pair and programme.
struct ReminderOccurrence {
    long long id = 0;
    long long pair_id = 0;
    long long programme_id = 0;
    long long starts_at = 0;
    long long ends_at = 0;
    std::string status;
    std::string series_status;
    std::string pair_status;
    std::string mentee;
    std::string mentor;
    std::string programme_name;
};
std::optional<ReminderOccurrence> FindReminderOccurrence(Connection& session, long long occurrence_id);

/// A scheduled occurrence of an active series of an active pair, for the planner.
struct PlannableOccurrence {
    long long id = 0;
    long long programme_id = 0;
    long long starts_at = 0;
    long long ends_at = 0;
};
/// Those that end after `since` and start at or before `until`, earliest first.
std::vector<PlannableOccurrence> ListPlannableOccurrences(Connection& session, long long since, long long until);

/// The programme's reminder offsets in minutes, largest first (its session policy, or the default "1440;60").
std::vector<int> ReminderOffsetsOfProgramme(Connection& session, long long programme_id);

/// Whether the mentee applied confidentially and did not choose to show session details in calendars and mails.
bool MenteeHidesSessionDetails(Connection& session, long long programme_id, const std::string& mentee);

/// The sides ("mentee", "mentor") that confirmed attendance of the occurrence.
std::set<std::string> ConfirmedAttendanceSides(Connection& session, long long occurrence_id);

}  // namespace upward::storage
