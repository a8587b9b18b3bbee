#pragma once

#include <string>

namespace upward::calendar {

/// Wall-clock time in one zone, as iCalendar writes it with a TZID.
struct LocalTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

/// True for the zones written as UTC ("Z") rather than with a TZID and a VTIMEZONE: empty, UTC, Etc/UTC.
bool IsUtcZone(const std::string& zone);

/// "YYYY-MM-DDTHH:MM" (or with ":SS", or a space for the T). Throws InvalidInput("local") otherwise.
LocalTime ParseLocalTime(const std::string& text);

/// "YYYY-MM-DD" as the start of that day. Throws InvalidInput("date") otherwise.
LocalTime ParseLocalDate(const std::string& text);

/// Wall-clock time in the IANA `zone` to UTC seconds (a skipped time moves later by the gap, an ambiguous one
/// is the earlier instant, as RFC 5545 reads them). Throws InvalidInput("time_zone") on an unknown zone.
long long ToUtc(const std::string& zone, const LocalTime& local);

/// UTC seconds as wall-clock time in `zone`.
LocalTime ToLocal(const std::string& zone, long long utc);

/// "Monday 5 January 2026, 09:00" in `zone`: how emails name an occurrence.
std::string DescribeLocal(const std::string& zone, long long utc);

}  // namespace upward::calendar
