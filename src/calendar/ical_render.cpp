#include "calendar/ical_render.hpp"

#include <libical/ical.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "calendar/local_time.hpp"
#include "core/errors.hpp"

// Client rules followed here, beyond RFC 5545 (format) and RFC 5546 (iTIP methods):
// - RFC 5545 3.1: CRLF line ends and lines folded at 75 octets; libical writes both (tests check every line).
// - RFC 5545 3.8.5.3: with a TZID on DTSTART, RRULE's UNTIL is written in UTC ("Z"). Google Calendar drops
//   rules that break this.
// - Outlook needs a VTIMEZONE for every TZID it meets (it shows the event in the wrong hour or refuses it
//   otherwise), and Outlook 2016 and later want the TZID to be the IANA name with a VTIMEZONE whose rules
//   cover the event: we ship libical's own from the system tzdata, truncated to the series' years with
//   Outlook-compatible DTSTARTs (ms_compatible). Google Calendar ignores VTIMEZONE and reads the IANA TZID.
// - RFC 5546 3.2.2/3.2.5: REQUEST and CANCEL carry ORGANIZER and ATTENDEEs; a CANCEL keeps the UID and
//   raises SEQUENCE; one occurrence is named by RECURRENCE-ID in the series' zone, as EXDATE is. Outlook and
//   Google apply an update only when its SEQUENCE is not lower than the one they hold, and match it by UID.
// - The METHOD here must equal the method parameter of the email's text/calendar part (Outlook ignores the
//   invitation otherwise): src/mail writes the part from the same outbox column.
// - Feeds: METHOD:PUBLISH (Outlook's "subscribe from web" requires it or none), X-WR-CALNAME (Google and
//   Outlook name the calendar from it), REFRESH-INTERVAL (RFC 7986, Apple) and X-PUBLISHED-TTL (Outlook)
//   for how often to fetch again. Google refreshes on its own schedule whatever these say.

namespace upward::calendar {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

constexpr const char* kProductId = "-//Upward//Reverse mentoring sessions//EN";

icaltimetype UtcTime(long long seconds) {
    return icaltime_from_timet_with_zone(static_cast<time_t>(seconds), 0, icaltimezone_get_utc_timezone());
}

icaltimetype Floating(const LocalTime& local) {
    icaltimetype time = icaltime_null_time();
    time.year = local.year;
    time.month = local.month;
    time.day = local.day;
    time.hour = local.hour;
    time.minute = local.minute;
    time.second = local.second;
    time.is_date = 0;
    return time;
}

using TimeProperty = icalproperty* (*)(icaltimetype);

// A date-time property at UTC instant `utc`, written as wall-clock time in `zone` with TZID (or in UTC).
icalproperty* ZonedTime(TimeProperty make, const std::string& zone, long long utc) {
    if (IsUtcZone(zone)) return make(UtcTime(utc));
    icalproperty* property = make(Floating(ToLocal(zone, utc)));
    icalproperty_add_parameter(property, icalparameter_new_tzid(zone.c_str()));
    return property;
}

std::string Mailto(const std::string& email) { return "mailto:" + email; }

icalproperty* Person(bool organizer, const CalendarPerson& person) {
    const auto address = Mailto(person.email);
    icalproperty* property =
        organizer ? icalproperty_new_organizer(address.c_str()) : icalproperty_new_attendee(address.c_str());
    if (!person.name.empty()) icalproperty_add_parameter(property, icalparameter_new_cn(person.name.c_str()));
    if (!organizer) {
        icalproperty_add_parameter(property, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
        icalproperty_add_parameter(property, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        const bool accepted = person.partstat == kAccepted;
        icalproperty_add_parameter(
            property, icalparameter_new_partstat(accepted ? ICAL_PARTSTAT_ACCEPTED : ICAL_PARTSTAT_NEEDSACTION));
        icalproperty_add_parameter(property, icalparameter_new_rsvp(accepted ? ICAL_RSVP_FALSE : ICAL_RSVP_TRUE));
    }
    return property;
}

long long FirstStart(const SeriesEvent& series) {
    return ToUtc(series.time_zone, ParseLocalTime(series.first_local_start));
}

std::string RecurrenceRule(const SeriesEvent& series) {
    if (series.interval_days <= 0) throw InvalidInput("interval_days", "a series repeats after at least one day");
    auto until = ParseLocalDate(series.until_date);
    until.hour = 23;
    until.minute = 59;
    until.second = 59;
    const auto until_utc = ToLocal("UTC", ToUtc(series.time_zone, until));
    char until_text[32];
    std::snprintf(until_text, sizeof until_text, "%04d%02d%02dT%02d%02d%02dZ", until_utc.year, until_utc.month,
                  until_utc.day, until_utc.hour, until_utc.minute, until_utc.second);
    const bool weekly = series.interval_days % 7 == 0;
    return std::string("FREQ=") + (weekly ? "WEEKLY" : "DAILY") +
           ";INTERVAL=" + std::to_string(weekly ? series.interval_days / 7 : series.interval_days) +
           ";UNTIL=" + until_text;
}

// The zone's VTIMEZONE from the system tzdata (libical reads /usr/share/zoneinfo), with rules from the year
// before the series starts on, and the IANA name as its TZID (libical's own prefix would not match DTSTART).
icalcomponent* TimeZoneComponent(const std::string& zone, long long from_utc) {
    icalcomponent* vtimezone = icaltzutil_fetch_timezone(zone.c_str());
    if (vtimezone == nullptr) throw InvalidInput("time_zone", "no time zone rules for '" + zone + "'");
    const auto start = ToLocal("UTC", from_utc - 366LL * 24 * 3600);
    LocalTime year_start;
    year_start.year = start.year;
    icaltimetype truncate_from = Floating(year_start);
    truncate_from.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtimezone, truncate_from, icaltime_null_time(), 1);
    if (icalproperty* tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY)) {
        icalproperty_set_tzid(tzid, zone.c_str());
    }
    // TZUNTIL (RFC 7808) is new to older Outlook versions; the rules need no end here.
    while (icalproperty* until = icalcomponent_get_first_property(vtimezone, ICAL_TZUNTIL_PROPERTY)) {
        icalcomponent_remove_property(vtimezone, until);
        icalproperty_free(until);
    }
    return vtimezone;
}

Component Calendar(icalproperty_method method) {
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(method));
    return calendar;
}

void AddTimeZone(icalcomponent* calendar, const SeriesEvent& series) {
    if (IsUtcZone(series.time_zone)) return;
    const std::string zone = series.time_zone;
    for (icalcomponent* existing = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
         existing != nullptr; existing = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty* tzid = icalcomponent_get_first_property(existing, ICAL_TZID_PROPERTY);
        if (tzid != nullptr && zone == icalproperty_get_tzid(tzid)) return;
    }
    // VTIMEZONEs before the events that name them: some Outlook versions read the file in one pass.
    icalcomponent* vtimezone = TimeZoneComponent(zone, FirstStart(series));
    icalcomponent* first_event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    if (first_event != nullptr) {
        // libical has no insert-before; rebuild the order by moving the events behind the zone.
        std::vector<icalcomponent*> events;
        for (icalcomponent* event = first_event; event != nullptr;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            events.push_back(event);
        }
        for (auto* event : events) icalcomponent_remove_component(calendar, event);
        icalcomponent_add_component(calendar, vtimezone);
        for (auto* event : events) icalcomponent_add_component(calendar, event);
    } else {
        icalcomponent_add_component(calendar, vtimezone);
    }
}

// The properties every VEVENT of the series shares.
icalcomponent* Event(const SeriesEvent& series, int sequence, long long dtstamp, bool with_people, bool cancelled) {
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(series.uid.c_str()));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequence));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(UtcTime(dtstamp)));
    icalcomponent_add_property(event, icalproperty_new_summary(series.summary.c_str()));
    if (!series.description.empty()) {
        icalcomponent_add_property(event, icalproperty_new_description(series.description.c_str()));
    }
    icalcomponent_add_property(event,
                               icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    icalcomponent_add_property(event,
                               icalproperty_new_class(series.private_event ? ICAL_CLASS_PRIVATE : ICAL_CLASS_PUBLIC));
    if (with_people) {
        if (series.organizer) icalcomponent_add_property(event, Person(true, *series.organizer));
        for (const auto& attendee : series.attendees) icalcomponent_add_property(event, Person(false, attendee));
    }
    return event;
}

void AddTimes(icalcomponent* event, const std::string& zone, long long starts_at, long long ends_at) {
    icalcomponent_add_property(event, ZonedTime(icalproperty_new_dtstart, zone, starts_at));
    icalcomponent_add_property(event, ZonedTime(icalproperty_new_dtend, zone, ends_at));
}

icalcomponent* MasterEvent(const SeriesEvent& series, long long dtstamp, bool with_people, bool cancelled) {
    icalcomponent* event = Event(series, series.sequence, dtstamp, with_people, cancelled);
    const auto start = FirstStart(series);
    AddTimes(event, series.time_zone, start, start + 60LL * series.minutes);
    icalcomponent_add_property(event,
                               icalproperty_new_rrule(icalrecurrencetype_from_string(RecurrenceRule(series).c_str())));
    for (const auto& change : series.changes) {
        if (!change.cancelled) continue;
        icalcomponent_add_property(event,
                                   ZonedTime(icalproperty_new_exdate, series.time_zone, change.recurrence_start));
    }
    return event;
}

icalcomponent* OccurrenceEvent(const SeriesEvent& series, const OccurrenceChange& occurrence, long long dtstamp,
                               bool with_people, bool cancelled) {
    icalcomponent* event =
        Event(series, std::max(series.sequence, occurrence.sequence), dtstamp, with_people, cancelled);
    icalcomponent_add_property(event,
                               ZonedTime(icalproperty_new_recurrenceid, series.time_zone, occurrence.recurrence_start));
    AddTimes(event, series.time_zone, occurrence.starts_at, occurrence.ends_at);
    return event;
}

std::string Serialise(icalcomponent* calendar) {
    char* text = icalcomponent_as_ical_string_r(calendar);
    if (text == nullptr) throw std::runtime_error("libical could not write the calendar");
    std::string out(text);
    std::free(text);
    return out;
}

void AddSeries(icalcomponent* calendar, const SeriesEvent& series, long long dtstamp, bool with_people) {
    icalcomponent_add_component(calendar, MasterEvent(series, dtstamp, with_people, series.cancelled));
    for (const auto& change : series.changes) {
        if (change.cancelled) continue;
        icalcomponent_add_component(calendar, OccurrenceEvent(series, change, dtstamp, with_people, false));
    }
    AddTimeZone(calendar, series);
}

}  // namespace

std::string RenderSeriesRequest(const SeriesEvent& series, long long dtstamp) {
    auto calendar = Calendar(ICAL_METHOD_REQUEST);
    AddSeries(calendar.get(), series, dtstamp, true);
    return Serialise(calendar.get());
}

std::string RenderSeriesCancel(const SeriesEvent& series, long long dtstamp) {
    auto calendar = Calendar(ICAL_METHOD_CANCEL);
    icalcomponent_add_component(calendar.get(), MasterEvent(series, dtstamp, true, true));
    AddTimeZone(calendar.get(), series);
    return Serialise(calendar.get());
}

std::string RenderOccurrenceRequest(const SeriesEvent& series, const OccurrenceChange& occurrence, long long dtstamp) {
    auto calendar = Calendar(ICAL_METHOD_REQUEST);
    icalcomponent_add_component(calendar.get(), OccurrenceEvent(series, occurrence, dtstamp, true, false));
    AddTimeZone(calendar.get(), series);
    return Serialise(calendar.get());
}

std::string RenderOccurrenceCancel(const SeriesEvent& series, const OccurrenceChange& occurrence, long long dtstamp) {
    auto calendar = Calendar(ICAL_METHOD_CANCEL);
    icalcomponent_add_component(calendar.get(), OccurrenceEvent(series, occurrence, dtstamp, true, true));
    AddTimeZone(calendar.get(), series);
    return Serialise(calendar.get());
}

std::string RenderFeed(const Feed& feed, long long dtstamp) {
    auto calendar = Calendar(ICAL_METHOD_PUBLISH);
    icalproperty* name = icalproperty_new_x(feed.name.c_str());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);
    icalcomponent_add_property(calendar.get(), icalproperty_new_name(feed.name.c_str()));
    icalproperty* refresh = icalproperty_new_refreshinterval(icaldurationtype_from_int(feed.refresh_minutes * 60));
    icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION));
    icalcomponent_add_property(calendar.get(), refresh);
    const auto ttl_text = icaldurationtype_as_ical_string_r(icaldurationtype_from_int(feed.refresh_minutes * 60));
    icalproperty* ttl = icalproperty_new_x(ttl_text);
    std::free(ttl_text);
    icalproperty_set_x_name(ttl, "X-PUBLISHED-TTL");
    icalcomponent_add_property(calendar.get(), ttl);
    for (const auto& series : feed.series) AddSeries(calendar.get(), series, dtstamp, false);
    return Serialise(calendar.get());
}

}  // namespace upward::calendar
