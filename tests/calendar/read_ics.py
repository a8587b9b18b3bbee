#!/usr/bin/python3
"""Reads an iCalendar file with python3-icalendar, a parser independent of the libical that wrote it, and
prints what it found as JSON for the C++ tests to check field by field.

Usage: read_ics.py FILE

Output: {"method", "prodid", "version", "calname", "name", "refresh_interval", "published_ttl", "timezones":
[TZID...], "events": [{"uid", "sequence", "status", "summary", "description", "class", "dtstart_tzid",
"dtstart" (UTC seconds), "dtend" (UTC seconds), "rrule" (as written), "exdates" (UTC seconds),
"recurrence_id" (UTC seconds or null), "organizer": {"address", "cn"}, "attendees": [{"address", "cn",
"partstat", "role"}]}], "problems": [...]}. "problems" lists what RFC 5545 and the clients forbid and the
parser would forgive: bare LF line ends, lines over 75 octets, a TZID without its VTIMEZONE, a missing
DTSTAMP, UID, PRODID or VERSION, an RRULE UNTIL that is not UTC when DTSTART has a TZID.
Runs with Debian's python3 (python3-icalendar, python3-tz).
"""
import json
import sys

from icalendar import Calendar


def seconds(value):
    dt = value.dt if hasattr(value, "dt") else value
    return int(dt.timestamp())


def person(prop):
    if prop is None:
        return None
    return {"address": str(prop), "cn": str(prop.params.get("CN", "")), "partstat": str(prop.params.get("PARTSTAT", "")),
            "role": str(prop.params.get("ROLE", ""))}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def main(path):
    raw = open(path, "rb").read()
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a line ends without CR")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            problems.append("line %d has %d octets" % (number, len(line)))
    calendar = Calendar.from_ical(raw)
    for required in ("PRODID", "VERSION"):
        if required not in calendar:
            problems.append("no " + required)
    timezones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    events = []
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                problems.append("an event has no " + required)
        tzid = str(event["DTSTART"].params.get("TZID", ""))
        if tzid and tzid not in timezones:
            problems.append("TZID %s has no VTIMEZONE" % tzid)
        rrule = event.get("RRULE")
        rrule_text = rrule.to_ical().decode() if rrule is not None else ""
        if rrule is not None and tzid and "UNTIL" in rrule:
            until = rrule["UNTIL"][0]
            if getattr(until, "tzinfo", None) is None or until.utcoffset().total_seconds() != 0:
                problems.append("UNTIL is not in UTC")
        exdates = []
        for exdate in as_list(event.get("EXDATE")):
            ex_tzid = str(exdate.params.get("TZID", "")) if hasattr(exdate, "params") else ""
            if ex_tzid and ex_tzid not in timezones:
                problems.append("EXDATE TZID %s has no VTIMEZONE" % ex_tzid)
            exdates.extend(seconds(item) for item in exdate.dts)
        recurrence_id = event.get("RECURRENCE-ID")
        events.append({
            "uid": str(event["UID"]),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "class": str(event.get("CLASS", "")),
            "dtstart_tzid": tzid,
            "dtstart": seconds(event.decoded("DTSTART")),
            "dtend": seconds(event.decoded("DTEND")) if "DTEND" in event else None,
            "rrule": rrule_text,
            "exdates": exdates,
            "recurrence_id": seconds(event.decoded("RECURRENCE-ID")) if recurrence_id is not None else None,
            "organizer": person(event.get("ORGANIZER")),
            "attendees": [person(a) for a in as_list(event.get("ATTENDEE"))],
        })
    print(json.dumps({
        "method": str(calendar.get("METHOD", "")),
        "prodid": str(calendar.get("PRODID", "")),
        "version": str(calendar.get("VERSION", "")),
        "calname": str(calendar.get("X-WR-CALNAME", "")),
        "name": str(calendar.get("NAME", "")),
        "refresh_interval": calendar["REFRESH-INTERVAL"].to_ical().decode() if "REFRESH-INTERVAL" in calendar else "",
        "published_ttl": str(calendar.get("X-PUBLISHED-TTL", "")),
        "timezones": timezones,
        "events": events,
        "problems": problems,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
