#pragma once

#include <string>

#include "calendar/ical_event.hpp"

namespace upward::calendar {

// Every document is RFC 5545 text with CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// character), PRODID and VERSION:2.0, and one VTIMEZONE per zone used. `dtstamp` (UTC seconds) is when the
// document was made: DTSTAMP of each VEVENT.

/// METHOD:REQUEST for a whole series: the master VEVENT (RRULE, EXDATE for cancelled occurrences) and one
/// VEVENT with RECURRENCE-ID per moved occurrence, all with the series' UID.
std::string RenderSeriesRequest(const SeriesEvent& series, long long dtstamp);

/// METHOD:CANCEL for a whole series: the master VEVENT with STATUS:CANCELLED and the series' SEQUENCE (the
/// caller raised it).
std::string RenderSeriesCancel(const SeriesEvent& series, long long dtstamp);

/// METHOD:REQUEST for one moved occurrence: a VEVENT with the series' UID, RECURRENCE-ID and its new times.
std::string RenderOccurrenceRequest(const SeriesEvent& series, const OccurrenceChange& occurrence, long long dtstamp);

/// METHOD:CANCEL for one occurrence: STATUS:CANCELLED with the series' UID and RECURRENCE-ID.
std::string RenderOccurrenceCancel(const SeriesEvent& series, const OccurrenceChange& occurrence, long long dtstamp);

/// METHOD:PUBLISH with X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL: each series as in
/// RenderSeriesRequest but without attendees (a feed is read, not answered).
std::string RenderFeed(const Feed& feed, long long dtstamp);

}  // namespace upward::calendar
