#include "calendar/local_time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <cstdio>

#include "core/errors.hpp"

namespace upward::calendar {

namespace {

const date::time_zone* Zone(const std::string& zone) {
    try {
        return date::locate_zone(zone);
    } catch (const std::exception&) {
        throw InvalidInput("time_zone", "unknown time zone '" + zone + "'");
    }
}

date::local_seconds ToLocalSeconds(const LocalTime& local) {
    const date::year_month_day day{date::year{local.year}, date::month{static_cast<unsigned>(local.month)},
                                   date::day{static_cast<unsigned>(local.day)}};
    return date::local_days{day} + std::chrono::hours{local.hour} + std::chrono::minutes{local.minute} +
           std::chrono::seconds{local.second};
}

LocalTime FromLocalSeconds(date::local_seconds seconds) {
    const auto day = date::floor<date::days>(seconds);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> time{seconds - day};
    LocalTime local;
    local.year = static_cast<int>(ymd.year());
    local.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    local.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    local.hour = static_cast<int>(time.hours().count());
    local.minute = static_cast<int>(time.minutes().count());
    local.second = static_cast<int>(time.seconds().count());
    return local;
}

bool ValidDate(const LocalTime& local) {
    return date::year_month_day{date::year{local.year}, date::month{static_cast<unsigned>(local.month)},
                                date::day{static_cast<unsigned>(local.day)}}
        .ok();
}

}  // namespace

bool IsUtcZone(const std::string& zone) { return zone.empty() || zone == "UTC" || zone == "Etc/UTC"; }

LocalTime ParseLocalTime(const std::string& text) {
    LocalTime local;
    char separator = 0;
    int consumed = 0;
    const int fields = std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d%n", &local.year, &local.month, &local.day,
                                   &separator, &local.hour, &local.minute, &consumed);
    if (fields != 6 || (separator != 'T' && separator != ' ')) throw InvalidInput("local", "expected YYYY-MM-DDTHH:MM");
    if (static_cast<std::size_t>(consumed) < text.size()) {
        if (std::sscanf(text.c_str() + consumed, ":%2d", &local.second) != 1) {
            throw InvalidInput("local", "expected YYYY-MM-DDTHH:MM");
        }
    }
    if (!ValidDate(local) || local.hour > 23 || local.minute > 59 || local.second > 59 || local.hour < 0 ||
        local.minute < 0 || local.second < 0) {
        throw InvalidInput("local", "'" + text + "' is not a time");
    }
    return local;
}

LocalTime ParseLocalDate(const std::string& text) {
    LocalTime local;
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &local.year, &local.month, &local.day, &consumed) != 3 ||
        static_cast<std::size_t>(consumed) != text.size() || !ValidDate(local)) {
        throw InvalidInput("date", "expected YYYY-MM-DD");
    }
    return local;
}

long long ToUtc(const std::string& zone, const LocalTime& local) {
    const auto seconds = ToLocalSeconds(local);
    if (IsUtcZone(zone)) return seconds.time_since_epoch().count();
    const auto* tz = Zone(zone);
    const auto info = tz->get_info(seconds);
    std::chrono::seconds offset = info.first.offset;
    // Nonexistent: RFC 5545 3.3.5 reads it with the offset before the gap. Ambiguous: the first occurrence.
    if (info.result == date::local_info::nonexistent) offset = info.first.offset;
    return (seconds.time_since_epoch() - offset).count();
}

LocalTime ToLocal(const std::string& zone, long long utc) {
    const date::sys_seconds instant{std::chrono::seconds{utc}};
    if (IsUtcZone(zone)) return FromLocalSeconds(date::local_seconds{instant.time_since_epoch()});
    return FromLocalSeconds(Zone(zone)->to_local(instant));
}

std::string DescribeLocal(const std::string& zone, long long utc) {
    static constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                         "Thursday", "Friday", "Saturday"};
    static constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                            "May",       "June",     "July",     "August",
                                                            "September", "October",  "November", "December"};
    const auto local = ToLocal(zone, utc);
    const date::weekday weekday{
        date::local_days{date::year_month_day{date::year{local.year}, date::month{static_cast<unsigned>(local.month)},
                                              date::day{static_cast<unsigned>(local.day)}}}};
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%s %d %s %d, %02d:%02d", kDays[weekday.c_encoding()], local.day,
                  kMonths[local.month - 1], local.year, local.hour, local.minute);
    return buffer;
}

}  // namespace upward::calendar
