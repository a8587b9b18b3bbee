#pragma once

// What an iCalendar document says about one pair's series, as plain data. The service layer fills it from the
// database and decides the wording (a confidential mentee's series says only "Upward session"); the
// renderer (ical_render.hpp) turns it into RFC 5545 text with libical.

#include <optional>
#include <string>
#include <vector>

namespace upward::calendar {

/// PARTSTAT values this product writes.
inline constexpr const char* kAccepted = "ACCEPTED";
inline constexpr const char* kNeedsAction = "NEEDS-ACTION";

/// An ORGANIZER or ATTENDEE: a mailto address, with a display name (CN) only when it may be shown.
struct CalendarPerson {
    std::string email;
    std::string name;  // empty: no CN parameter
    std::string partstat = kNeedsAction;
};

/// One occurrence that differs from the rule: moved (a VEVENT of its own with RECURRENCE-ID) or cancelled.
struct OccurrenceChange {
    long long recurrence_start = 0;  // the instant the rule gave it (UTC seconds): the RECURRENCE-ID
    long long starts_at = 0;         // where it is now
    long long ends_at = 0;
    int sequence = 0;  // its SEQUENCE (never below the series')
    bool cancelled = false;
};

/// A pair's recurring series: wall-clock start in one IANA zone, repeated every interval_days until
/// until_date (inclusive, in the same zone).
struct SeriesEvent {
    std::string uid;  // stable for the life of the series
    int sequence = 0;
    std::string time_zone;          // IANA; "UTC" or empty writes UTC times without a VTIMEZONE
    std::string first_local_start;  // "YYYY-MM-DDTHH:MM"
    int minutes = 45;
    int interval_days = 14;  // a multiple of 7 is written FREQ=WEEKLY;INTERVAL=n, anything else FREQ=DAILY
    std::string until_date;  // "YYYY-MM-DD"
    std::string summary;
    std::string description;
    bool private_event = false;  // CLASS:PRIVATE, so delegates and shared calendars show no details
    bool cancelled = false;      // STATUS:CANCELLED (otherwise CONFIRMED)
    std::optional<CalendarPerson> organizer;
    std::vector<CalendarPerson> attendees;
    /// Occurrences moved or cancelled on their own: cancelled ones become EXDATEs of the master, moved ones
    /// VEVENTs with RECURRENCE-ID.
    std::vector<OccurrenceChange> changes;
};

/// A subscription feed: every series of one person, with its exceptions.
struct Feed {
    std::string name;          // X-WR-CALNAME and NAME
    int refresh_minutes = 60;  // REFRESH-INTERVAL and X-PUBLISHED-TTL
    std::vector<SeriesEvent> series;
};

}  // namespace upward::calendar
