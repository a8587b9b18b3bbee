// The iCalendar renderer (src/calendar, libical) on its own: the text rules RFC 5545 and the clients hold it to
// (CRLF, 75-octet folding that never splits a UTF-8 character, PRODID, VERSION), the recurrence rule and its
// UTC UNTIL, VTIMEZONE for every TZID, EXDATE and RECURRENCE-ID in the series' zone, and the feed's headers.
#include "calendar/ical_render.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "calendar/local_time.hpp"
#include "core/errors.hpp"

namespace upward::calendar {
namespace {

constexpr long long kStamp = 1772000000;  // 2026-02-25T06:13:20Z

SeriesEvent Series() {
    SeriesEvent series;
    series.uid = "series-1@upward.test";
    series.sequence = 3;
    series.time_zone = "Europe/London";
    series.first_local_start = "2026-03-16T09:00";
    series.minutes = 45;
    series.interval_days = 14;
    series.until_date = "2026-06-30";
    series.summary = "Reverse mentoring with Zoë Ångström";
    series.description = std::string("Topics: AI tools, social media; ") + "日本語のテキスト、" +
                         "a long description that has to be folded over several lines by the writer.";
    series.organizer = CalendarPerson{"dana@example.com", "Dana, Sales", kAccepted};
    series.attendees = {CalendarPerson{"dana@example.com", "Dana, Sales", kAccepted},
                        CalendarPerson{"zoe@example.com", "Zoë", kNeedsAction}};
    return series;
}

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        EXPECT_NE(end, std::string::npos) << "the text ends without CRLF";
        if (end == std::string::npos) break;
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

bool Has(const std::string& text, const std::string& line) {
    for (const auto& each : Lines(text)) {
        if (each == line) return true;
    }
    return false;
}

void ExpectWellFormed(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') ASSERT_TRUE(i > 0 && text[i - 1] == '\r') << "bare LF at " << i;
    }
    for (const auto& line : Lines(text)) {
        EXPECT_LE(line.size(), 75u) << line;
        // A continuation line must not start in the middle of a UTF-8 character.
        if (!line.empty() && line[0] == ' ' && line.size() > 1) {
            EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << "a fold splits a character: " << line;
        }
    }
    EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_TRUE(Has(text, "VERSION:2.0"));
    EXPECT_TRUE(Has(text, "PRODID:-//Upward//Reverse mentoring sessions//EN"));
}

TEST(IcalRender, ARequestCarriesTheRuleTheZoneAndThePeople) {
    const auto text = RenderSeriesRequest(Series(), kStamp);
    ExpectWellFormed(text);
    EXPECT_TRUE(Has(text, "METHOD:REQUEST"));
    EXPECT_TRUE(Has(text, "UID:series-1@upward.test"));
    EXPECT_TRUE(Has(text, "SEQUENCE:3"));
    EXPECT_TRUE(Has(text, "DTSTAMP:20260225T061320Z"));
    EXPECT_TRUE(Has(text, "DTSTART;TZID=Europe/London:20260316T090000"));
    EXPECT_TRUE(Has(text, "DTEND;TZID=Europe/London:20260316T094500"));
    // UNTIL in UTC: the end of 30 June in BST.
    EXPECT_TRUE(Has(text, "RRULE:FREQ=WEEKLY;UNTIL=20260630T225959Z;INTERVAL=2")) << text;
    EXPECT_TRUE(Has(text, "STATUS:CONFIRMED"));
    EXPECT_TRUE(Has(text, "BEGIN:VTIMEZONE"));
    EXPECT_TRUE(Has(text, "TZID:Europe/London"));
    EXPECT_LT(text.find("BEGIN:VTIMEZONE"), text.find("BEGIN:VEVENT")) << "zones come before the events naming them";
    EXPECT_NE(text.find("ORGANIZER;CN=\"Dana, Sales\":mailto:dana@example.com"), std::string::npos) << text;
    EXPECT_NE(text.find("PARTSTAT=NEEDS-ACTION"), std::string::npos);
    EXPECT_NE(text.find("mailto:zoe@example.com"), std::string::npos);
    EXPECT_EQ(text.find("RECURRENCE-ID"), std::string::npos);
    EXPECT_EQ(text.find("EXDATE"), std::string::npos);
}

TEST(IcalRender, CancelledOccurrencesAreExdatesAndMovedOnesHaveTheirOwnEvent) {
    auto series = Series();
    // 30 March is after the change to BST: 09:00 local is 08:00 UTC, and EXDATE says 09:00 in London.
    const auto cancelled = ToUtc("Europe/London", ParseLocalTime("2026-03-30T09:00"));
    const auto moved = ToUtc("Europe/London", ParseLocalTime("2026-04-13T09:00"));
    series.changes = {OccurrenceChange{cancelled, cancelled, cancelled + 2700, 4, true},
                      OccurrenceChange{moved, moved + 86400, moved + 86400 + 2700, 5, false}};
    const auto text = RenderSeriesRequest(series, kStamp);
    ExpectWellFormed(text);
    EXPECT_TRUE(Has(text, "EXDATE;TZID=Europe/London:20260330T090000")) << text;
    EXPECT_TRUE(Has(text, "RECURRENCE-ID;TZID=Europe/London:20260413T090000"));
    EXPECT_TRUE(Has(text, "DTSTART;TZID=Europe/London:20260414T090000"));
    EXPECT_TRUE(Has(text, "SEQUENCE:5"));

    const auto cancel = RenderOccurrenceCancel(series, series.changes[0], kStamp);
    ExpectWellFormed(cancel);
    EXPECT_TRUE(Has(cancel, "METHOD:CANCEL"));
    EXPECT_TRUE(Has(cancel, "STATUS:CANCELLED"));
    EXPECT_TRUE(Has(cancel, "RECURRENCE-ID;TZID=Europe/London:20260330T090000"));
    EXPECT_TRUE(Has(cancel, "SEQUENCE:4"));
    EXPECT_EQ(cancel.find("RRULE", cancel.find("BEGIN:VEVENT")), std::string::npos) << "only the zone has rules";

    const auto update = RenderOccurrenceRequest(series, series.changes[1], kStamp);
    EXPECT_TRUE(Has(update, "METHOD:REQUEST"));
    EXPECT_TRUE(Has(update, "UID:series-1@upward.test"));
}

TEST(IcalRender, ASeriesCancellationKeepsTheUidAndTheRaisedSequence) {
    auto series = Series();
    series.sequence = 7;
    const auto text = RenderSeriesCancel(series, kStamp);
    ExpectWellFormed(text);
    EXPECT_TRUE(Has(text, "METHOD:CANCEL"));
    EXPECT_TRUE(Has(text, "UID:series-1@upward.test"));
    EXPECT_TRUE(Has(text, "SEQUENCE:7"));
    EXPECT_TRUE(Has(text, "STATUS:CANCELLED"));
}

TEST(IcalRender, IntervalsThatAreNotWholeWeeksRepeatDaily) {
    auto series = Series();
    series.interval_days = 10;
    EXPECT_TRUE(Has(RenderSeriesRequest(series, kStamp), "RRULE:FREQ=DAILY;UNTIL=20260630T225959Z;INTERVAL=10"));
    series.interval_days = 7;
    EXPECT_TRUE(Has(RenderSeriesRequest(series, kStamp), "RRULE:FREQ=WEEKLY;UNTIL=20260630T225959Z"));
}

TEST(IcalRender, UtcSeriesNeedNoTimeZone) {
    auto series = Series();
    series.time_zone = "Etc/UTC";
    const auto text = RenderSeriesRequest(series, kStamp);
    ExpectWellFormed(text);
    EXPECT_TRUE(Has(text, "DTSTART:20260316T090000Z"));
    EXPECT_TRUE(Has(text, "RRULE:FREQ=WEEKLY;UNTIL=20260630T235959Z;INTERVAL=2"));
    EXPECT_EQ(text.find("VTIMEZONE"), std::string::npos);
}

TEST(IcalRender, AFeedPublishesEverySeriesWithItsZonesOnceAndNoAttendees) {
    Feed feed;
    feed.name = "Upward sessions";
    auto second = Series();
    second.uid = "series-2@upward.test";
    auto third = Series();
    third.uid = "series-3@upward.test";
    third.time_zone = "Asia/Kolkata";
    feed.series = {Series(), second, third};
    const auto text = RenderFeed(feed, kStamp);
    ExpectWellFormed(text);
    EXPECT_TRUE(Has(text, "METHOD:PUBLISH"));
    EXPECT_TRUE(Has(text, "X-WR-CALNAME:Upward sessions"));
    EXPECT_TRUE(Has(text, "REFRESH-INTERVAL;VALUE=DURATION:PT1H"));
    EXPECT_TRUE(Has(text, "X-PUBLISHED-TTL:PT1H"));
    EXPECT_TRUE(Has(text, "TZID:Europe/London"));
    EXPECT_TRUE(Has(text, "TZID:Asia/Kolkata"));
    std::size_t zones = 0;
    for (auto at = text.find("BEGIN:VTIMEZONE"); at != std::string::npos; at = text.find("BEGIN:VTIMEZONE", at + 1))
        ++zones;
    EXPECT_EQ(zones, 2u);
    EXPECT_EQ(text.find("ATTENDEE"), std::string::npos);
    EXPECT_LT(text.rfind("END:VTIMEZONE"), text.find("BEGIN:VEVENT"));
}

TEST(IcalRender, BadSeriesAreRefused) {
    auto series = Series();
    series.time_zone = "Mars/Olympus";
    EXPECT_THROW(RenderSeriesRequest(series, kStamp), InvalidInput);
    series = Series();
    series.first_local_start = "next Monday";
    EXPECT_THROW(RenderSeriesRequest(series, kStamp), InvalidInput);
    series = Series();
    series.interval_days = 0;
    EXPECT_THROW(RenderSeriesRequest(series, kStamp), InvalidInput);
}

TEST(LocalTime, DaylightSavingGapsAndOverlapsFollowRfc5545) {
    // 01:30 on 29 March 2026 does not exist in London: read with the offset before the gap (GMT).
    EXPECT_EQ(ToUtc("Europe/London", ParseLocalTime("2026-03-29T01:30")),
              ToUtc("UTC", ParseLocalTime("2026-03-29T01:30")));
    // 01:30 on 25 October 2026 happens twice: the first (BST).
    EXPECT_EQ(ToUtc("Europe/London", ParseLocalTime("2026-10-25T01:30")),
              ToUtc("UTC", ParseLocalTime("2026-10-25T00:30")));
    EXPECT_EQ(DescribeLocal("Asia/Kolkata", ToUtc("Europe/London", ParseLocalTime("2026-03-02T09:00"))),
              "Monday 2 March 2026, 14:30");
}

}  // namespace
}  // namespace upward::calendar
