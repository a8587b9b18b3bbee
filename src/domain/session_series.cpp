#include "domain/session_series.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <cstdio>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

namespace {

using namespace std::chrono;

constexpr int kGridMinutes = 15;

// Empty or unknown zones count as UTC when planning (people without a zone in the directory still get a
// series); callers that take a zone from input validate it first.
const date::time_zone* ZoneOrUtc(const std::string& name) {
    if (!name.empty()) {
        try {
            return date::locate_zone(name);
        } catch (const std::exception&) {
        }
    }
    return date::locate_zone("Etc/UTC");
}

date::year_month_day ParseDate(const std::string& text, const char* field) {
    if (!IsIsoDate(text)) throw InvalidInput(field, std::string(field) + " must be a date written YYYY-MM-DD");
    int y = 0;
    unsigned m = 0, d = 0;
    std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d);
    return date::year{y} / date::month{m} / date::day{d};
}

std::string FormatYmd(date::year_month_day ymd) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

std::string FormatLocal(date::year_month_day ymd, int minute) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d", minute / 60, minute % 60);
    return FormatYmd(ymd) + buffer;
}

// Local days + minutes in `zone` to UTC seconds, with the rules LocalToUtc documents.
long long ToUtc(const date::time_zone* zone, date::local_days day, int minute) {
    const date::local_seconds local = day + minutes{minute};
    const auto info = zone->get_info(local);
    // unique: first is the only offset; nonexistent: first is the offset before the gap (moves the time later
    // by the gap); ambiguous: first is the earlier instant.
    const auto sys = local.time_since_epoch() - info.first.offset;
    return duration_cast<seconds>(sys).count();
}

WeeklySlot SlotIn(const date::time_zone* zone, long long utc) {
    const auto local = zone->to_local(sys_seconds{seconds{utc}});
    const auto day = floor<days>(local);
    const int weekday = static_cast<int>((date::weekday{day}.c_encoding() + 6) % 7);
    const int minute = static_cast<int>(duration_cast<minutes>(local - day).count());
    return {weekday, minute};
}

bool Covers(const std::vector<AvailabilitySlot>& slots, int weekday, int start, int length) {
    return std::any_of(slots.begin(), slots.end(), [&](const AvailabilitySlot& slot) {
        return slot.day == weekday && slot.start <= start && start + length <= slot.end;
    });
}

}  // namespace

std::string AddDays(const std::string& date_text, int count) {
    const date::sys_days day{ParseDate(date_text, "date")};
    return FormatYmd(date::year_month_day{day + days{count}});
}

int WeekdayOf(const std::string& date_text) {
    const date::sys_days day{ParseDate(date_text, "date")};
    return static_cast<int>((date::weekday{day}.c_encoding() + 6) % 7);
}

std::string NextWeekday(const std::string& date_text, int weekday) {
    return AddDays(date_text, ((weekday - WeekdayOf(date_text)) % 7 + 7) % 7);
}

long long ParseInstant(const std::string& text, const std::string& field) {
    const auto fail = [&field]() -> long long {
        throw InvalidInput(field, field + " must be a time like 2027-03-03T15:00:00Z (ISO 8601 with a zone)");
    };
    if (text.size() < 17 || text[10] != 'T' || !IsIsoDate(text.substr(0, 10))) return fail();
    int hours = 0, mins = 0, secs = 0;
    std::size_t at = 11;
    if (std::sscanf(text.c_str() + at, "%2d:%2d", &hours, &mins) != 2 || text[13] != ':') return fail();
    at = 16;
    if (at < text.size() && text[at] == ':') {
        if (text.size() < 19 || std::sscanf(text.c_str() + 17, "%2d", &secs) != 1) return fail();
        at = 19;
    }
    if (hours > 23 || mins > 59 || secs > 59 || hours < 0 || mins < 0 || secs < 0) return fail();
    int offset = 0;
    const auto zone = text.substr(at);
    if (zone == "Z" || zone == "z") {
        offset = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const int oh = ParseClockMinutes(zone.substr(1));
        if (oh < 0) return fail();
        offset = zone[0] == '+' ? oh : -oh;
    } else {
        return fail();
    }
    const date::sys_days day{ParseDate(text.substr(0, 10), field.c_str())};
    return duration_cast<seconds>(day.time_since_epoch()).count() + hours * 3600LL + mins * 60LL + secs - offset * 60LL;
}

int ParseClockMinutes(const std::string& text) {
    int hours = -1, mins = -1;
    char tail = 0;
    if (text.size() != 5 || std::sscanf(text.c_str(), "%2d:%2d%c", &hours, &mins, &tail) != 2) return -1;
    if (hours < 0 || hours > 23 || mins < 0 || mins > 59) return -1;
    return hours * 60 + mins;
}

int ParseWeekday(const std::string& text) {
    static const char* const kShort[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char* const kLong[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const auto lower = ToLower(Trim(text));
    for (int day = 0; day < 7; ++day) {
        if (lower == kShort[day] || lower == kLong[day]) return day;
    }
    return -1;
}

long long LocalToUtc(const std::string& zone_name, const std::string& local) {
    const date::time_zone* zone = nullptr;
    try {
        zone = date::locate_zone(zone_name);
    } catch (const std::exception&) {
        throw InvalidInput("time_zone", "unknown time zone '" + zone_name + "'");
    }
    if (local.size() != 16 || local[10] != 'T') throw InvalidInput("local", "local time must be YYYY-MM-DDTHH:MM");
    const auto ymd = ParseDate(local.substr(0, 10), "local");
    const int minute = ParseClockMinutes(local.substr(11));
    if (minute < 0) throw InvalidInput("local", "local time must be YYYY-MM-DDTHH:MM");
    return ToUtc(zone, date::local_days{ymd}, minute);
}

std::string UtcToLocal(const std::string& zone_name, long long utc) {
    const auto local = ZoneOrUtc(zone_name)->to_local(sys_seconds{seconds{utc}});
    const auto day = floor<days>(local);
    return FormatLocal(date::year_month_day{day}, static_cast<int>(duration_cast<minutes>(local - day).count()));
}

WeeklySlot LocalSlotOf(const std::string& zone_name, long long utc) { return SlotIn(ZoneOrUtc(zone_name), utc); }

std::vector<long long> ExpandSeries(const std::string& zone_name, const std::string& first_local_start,
                                    int interval_days, const std::string& until_date) {
    const auto* zone = ZoneOrUtc(zone_name);
    if (first_local_start.size() != 16) throw InvalidInput("first_local_start", "must be YYYY-MM-DDTHH:MM");
    const date::local_days first{ParseDate(first_local_start.substr(0, 10), "first_local_start")};
    const int minute = ParseClockMinutes(first_local_start.substr(11));
    if (minute < 0) throw InvalidInput("first_local_start", "must be YYYY-MM-DDTHH:MM");
    const date::local_days until{ParseDate(until_date, "until_date")};
    std::vector<long long> starts;
    if (interval_days < 1) return starts;
    for (auto day = first; day <= until; day += days{interval_days}) starts.push_back(ToUtc(zone, day, minute));
    return starts;
}

SeriesPlan PlanSeries(const SeriesRequest& request) {
    const auto* mentee_zone = ZoneOrUtc(request.mentee_zone);
    const auto* mentor_zone = ZoneOrUtc(request.mentor_zone);
    const int length = std::clamp(request.minutes, 1, 24 * 60);
    SeriesPlan plan;
    bool found = false;
    // Monday first, then the earliest time of the day: the earliest common slot of the week.
    for (int weekday = 0; weekday < 7 && !found; ++weekday) {
        const auto date_text = NextWeekday(request.start_date, weekday);
        const date::local_days day{ParseDate(date_text, "start_date")};
        for (int start = 0; start + length <= 24 * 60 && !found; start += kGridMinutes) {
            if (!Covers(request.mentee_availability, weekday, start, length)) continue;
            const auto utc = ToUtc(mentee_zone, day, start);
            const auto mentor_start = SlotIn(mentor_zone, utc);
            // A session that crosses midnight for the mentor never lies inside one of their slots (slots end by
            // midnight), so checking the start slot with the full length is enough.
            if (!Covers(request.mentor_availability, mentor_start.weekday, mentor_start.start_minute, length)) continue;
            plan.slot = {weekday, start};
            found = true;
        }
    }
    if (found) {
        plan.explanation = "the earliest time of the week inside both people's availability";
    } else {
        plan.fallback = true;
        plan.slot = kWorkingHoursSlot;
        for (const auto& slot : request.mentee_availability) {
            if (slot.end - slot.start >= length) {
                plan.slot = {slot.day, slot.start};
                break;
            }
        }
        plan.explanation =
            request.mentee_availability.empty() || request.mentor_availability.empty()
                ? "one of you has not stated a weekly availability: a working-hours time of the mentee's was chosen"
                : "your weekly availabilities share no time for a whole session: a working-hours time of the "
                  "mentee's was chosen; move the series to a time that suits you both";
    }
    const auto first_date = NextWeekday(request.start_date, plan.slot.weekday);
    plan.first_local_start = FormatLocal(ParseDate(first_date, "start_date"), plan.slot.start_minute);
    plan.starts = ExpandSeries(request.mentee_zone, plan.first_local_start, request.interval_days, request.until_date);
    return plan;
}

}  // namespace upward::domain
