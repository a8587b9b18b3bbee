#include "domain/session_reminder_rules.hpp"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/text.hpp"
#include "domain/session.hpp"

namespace upward::domain {

namespace {

constexpr int kMaxReminderMinutes = 30 * 24 * 60;

// The policy column's notation is read by ParseReminderMinutes alone; the scheduler adds its own bound and order
// (largest offset first, each once).
std::vector<int> ParseOffsets(const std::string& text) {
    auto offsets = ParseReminderMinutes(text);
    std::erase_if(offsets, [](int minutes) { return minutes > kMaxReminderMinutes; });
    std::sort(offsets.begin(), offsets.end(), std::greater<>());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    return offsets;
}

}  // namespace

std::vector<int> ReminderOffsetsFromPolicy(const std::string& text) {
    // Blank text means the policy row was written without reminders chosen: the default applies.
    if (Trim(text).empty()) return ParseOffsets(kDefaultReminderMinutes);
    return ParseOffsets(text);
}

ReminderVerdict JudgeReminder(long long starts_at, int offset_minutes, const std::vector<int>& policy_offsets,
                              long long now) {
    if (now >= starts_at) return ReminderVerdict::kStarted;
    if (std::find(policy_offsets.begin(), policy_offsets.end(), offset_minutes) == policy_offsets.end()) {
        return ReminderVerdict::kNotInPolicy;
    }
    for (const int other : policy_offsets) {
        if (other < offset_minutes && starts_at - static_cast<long long>(other) * 60 <= now) {
            return ReminderVerdict::kStale;
        }
    }
    return ReminderVerdict::kSend;
}

std::string ToString(ReminderVerdict verdict) {
    switch (verdict) {
        case ReminderVerdict::kSend:
            return "send";
        case ReminderVerdict::kStarted:
            return "the session already started";
        case ReminderVerdict::kStale:
            return "stale: a later reminder of the same session is due too";
        case ReminderVerdict::kNotInPolicy:
            return "the programme no longer sends a reminder this long before";
    }
    return "unknown";
}

std::string FormatLocalTime(long long instant, const std::string& time_zone) {
    static constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                             "Thursday", "Friday", "Saturday"};
    static constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                            "May",       "June",     "July",     "August",
                                                            "September", "October",  "November", "December"};
    const date::time_zone* zone = nullptr;
    if (!time_zone.empty()) {
        try {
            zone = date::locate_zone(time_zone);
        } catch (const std::exception&) {
            zone = nullptr;
        }
    }
    const date::sys_seconds utc{std::chrono::seconds(instant)};
    const date::local_seconds local =
        zone != nullptr ? zone->to_local(utc) : date::local_seconds(utc.time_since_epoch());
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const date::weekday weekday{day};
    const date::hh_mm_ss<std::chrono::seconds> time{local - day};
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()));
    return std::string(kWeekdays[weekday.c_encoding()]) + " " + std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " + std::to_string(static_cast<int>(ymd.year())) +
           " at " + clock + " (" + (zone != nullptr ? time_zone : std::string("UTC")) + ")";
}

std::string DescribeDuration(long long seconds) {
    const auto plural = [](long long count, const std::string& unit) {
        return std::to_string(count) + " " + unit + (count == 1 ? "" : "s");
    };
    const long long minutes = std::max(1LL, (seconds + 30) / 60);
    // Under two hours, "90 minutes" says more than a rounded "2 hours"; whole hours read as hours.
    if (minutes < 60 || (minutes < 120 && minutes % 60 != 0)) return plural(minutes, "minute");
    const long long hours = (minutes + 30) / 60;
    if (hours < 48) return plural(hours, "hour");
    return plural((hours + 12) / 24, "day");
}

}  // namespace upward::domain
