#pragma once

// The rules of session reminders, kept apart from storage and mail so they can be read and tested alone.

#include <string>
#include <vector>

namespace upward::domain {

/// The reminders a programme without its own policy sends: 24 hours and 1 hour before a session.
inline constexpr const char* kDefaultReminderMinutes = "1440;60";

/// session_policies.reminder_minutes ("1440;60": minutes before the start, separated by ';') as distinct
/// positive offsets, largest first. Empty text gives the default; entries that are not whole numbers of
/// minutes between 1 and 30 days are dropped (the policy screen validates them; this is the last guard).
std::vector<int> ReminderOffsetsFromPolicy(const std::string& text);

/// What to do with a reminder whose time has come.
enum class ReminderVerdict {
    kSend,
    kStarted,      // the session already started: a reminder now would only be noise
    kStale,        // a later-due reminder of the same session is due too (catch-up after downtime): send only it
    kNotInPolicy,  // the programme no longer asks for this offset
};

/// Decides a reminder `offset_minutes` before a session starting at `starts_at` (Unix seconds), at `now`,
/// given the programme's offsets. Of several overdue reminders of one session only the latest-due (the
/// smallest offset) is sent, so a server coming back after a long outage sends at most one per session.
ReminderVerdict JudgeReminder(long long starts_at, int offset_minutes, const std::vector<int>& policy_offsets,
                              long long now);

std::string ToString(ReminderVerdict verdict);

/// `instant` as a person reads it in their own zone: "Tuesday 3 March 2026 at 14:00 (Europe/London)".
/// An empty or unknown zone reads as UTC.
std::string FormatLocalTime(long long instant, const std::string& time_zone);

/// A span of seconds in words, rounded: "24 hours", "1 hour", "45 minutes", "2 days".
std::string DescribeDuration(long long seconds);

}  // namespace upward::domain
