// Series generation across time zones and daylight-saving changes, and the counting rules of attendance.
#include "domain/session_series.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/session.hpp"

namespace upward::domain {
namespace {

constexpr int kHour = 60;

long long Utc(const std::string& iso) { return ParseInstant(iso, "t"); }

TEST(SessionSeriesTest, LondonMenteeWithKolkataMentorAcrossTheBritishClockChange) {
    SeriesRequest request;
    request.mentee_zone = "Europe/London";
    request.mentor_zone = "Asia/Kolkata";
    // London Tuesday 08:00-11:00; Kolkata Tuesday 14:00-17:00 (08:30-11:30 UTC while London is on GMT).
    request.mentee_availability = {{1, 8 * kHour, 11 * kHour}};
    request.mentor_availability = {{1, 14 * kHour, 17 * kHour}};
    request.interval_days = 14;
    request.minutes = 60;
    request.start_date = "2026-03-02";
    request.until_date = "2026-04-30";
    const auto plan = PlanSeries(request);
    EXPECT_FALSE(plan.fallback);
    // The earliest common hour: 08:30 London = 14:00 Kolkata.
    EXPECT_EQ(plan.slot.weekday, 1);
    EXPECT_EQ(plan.slot.start_minute, 8 * kHour + 30);
    EXPECT_EQ(plan.first_local_start, "2026-03-03T08:30");
    // 3, 17, 31 March, 14, 28 April.
    ASSERT_EQ(plan.starts.size(), 5u);
    EXPECT_EQ(plan.starts[0], Utc("2026-03-03T08:30:00Z"));
    EXPECT_EQ(plan.starts[1], Utc("2026-03-17T08:30:00Z"));
    // London moved to BST on 29 March: the meeting keeps 08:30 London, so the UTC instant is an hour earlier
    // and the mentor (Kolkata has no summer time) now meets at 13:00.
    EXPECT_EQ(plan.starts[2], Utc("2026-03-31T07:30:00Z"));
    EXPECT_EQ(plan.starts[4], Utc("2026-04-28T07:30:00Z"));
    EXPECT_EQ(UtcToLocal("Europe/London", plan.starts[1]), "2026-03-17T08:30");
    EXPECT_EQ(UtcToLocal("Asia/Kolkata", plan.starts[1]), "2026-03-17T14:00");
    EXPECT_EQ(UtcToLocal("Europe/London", plan.starts[2]), "2026-03-31T08:30");
    EXPECT_EQ(UtcToLocal("Asia/Kolkata", plan.starts[2]), "2026-03-31T13:00");
}

TEST(SessionSeriesTest, NewYorkMenteeWithBerlinMentorInTheWeeksWhereUsAndEuDaylightSavingDiffer) {
    SeriesRequest request;
    request.mentee_zone = "America/New_York";
    request.mentor_zone = "Europe/Berlin";
    // New York Monday and Wednesday 08:00-12:00; Berlin Monday 14:00-16:00 and Wednesday 13:00-18:00.
    request.mentee_availability = {{0, 8 * kHour, 12 * kHour}, {2, 8 * kHour, 12 * kHour}};
    request.mentor_availability = {{0, 14 * kHour, 16 * kHour}, {2, 13 * kHour, 18 * kHour}};
    request.interval_days = 7;
    request.minutes = 45;
    request.start_date = "2026-03-01";
    request.until_date = "2026-04-05";
    const auto plan = PlanSeries(request);
    // On Monday 2 March New York is UTC-5 and Berlin UTC+1: 08:00 New York is 14:00 Berlin, the earliest.
    EXPECT_FALSE(plan.fallback);
    EXPECT_EQ(plan.slot.weekday, 0);
    EXPECT_EQ(plan.slot.start_minute, 8 * kHour);
    ASSERT_EQ(plan.starts.size(), 5u);  // 2, 9, 16, 23, 30 March
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"2026-03-02T13:00:00Z", "2026-03-02T14:00"},  // both on standard time: 6 hours apart
        {"2026-03-09T12:00:00Z", "2026-03-09T13:00"},  // the US moved on 8 March: 5 hours apart
        {"2026-03-16T12:00:00Z", "2026-03-16T13:00"}, {"2026-03-23T12:00:00Z", "2026-03-23T13:00"},
        {"2026-03-30T12:00:00Z", "2026-03-30T14:00"},  // the EU moved on 29 March: 6 hours apart again
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(plan.starts[i], Utc(expected[i].first)) << i;
        EXPECT_EQ(UtcToLocal("America/New_York", plan.starts[i]).substr(11), "08:00") << i;
        EXPECT_EQ(UtcToLocal("Europe/Berlin", plan.starts[i]), expected[i].second) << i;
    }
}

TEST(SessionSeriesTest, TheCommonSlotIsComputedWithTheOffsetsOfTheFirstWeek) {
    // The same availabilities from 9 March (US on summer time, EU not yet): 08:00 New York is 13:00 Berlin,
    // before the mentor's Monday begins, so the earliest common slot is Monday 09:00 (14:00 Berlin).
    SeriesRequest request;
    request.mentee_zone = "America/New_York";
    request.mentor_zone = "Europe/Berlin";
    request.mentee_availability = {{0, 8 * kHour, 12 * kHour}, {2, 8 * kHour, 12 * kHour}};
    request.mentor_availability = {{0, 14 * kHour, 16 * kHour}, {2, 13 * kHour, 18 * kHour}};
    request.interval_days = 7;
    request.minutes = 45;
    request.start_date = "2026-03-09";
    request.until_date = "2026-03-31";
    const auto plan = PlanSeries(request);
    EXPECT_EQ(plan.slot.weekday, 0) << "Monday 09:00 New York is 14:00 Berlin that week";
    EXPECT_EQ(plan.slot.start_minute, 9 * kHour);
    EXPECT_EQ(plan.first_local_start, "2026-03-09T09:00");
}

TEST(SessionSeriesTest, NoCommonTimeFallsBackAndSaysSo) {
    SeriesRequest request;
    request.mentee_zone = "Europe/London";
    request.mentor_zone = "Australia/Sydney";
    request.mentee_availability = {{3, 15 * kHour, 17 * kHour}};
    request.mentor_availability = {{3, 15 * kHour, 17 * kHour}};
    request.start_date = "2026-03-02";
    request.until_date = "2026-03-31";
    const auto plan = PlanSeries(request);
    EXPECT_TRUE(plan.fallback);
    EXPECT_EQ(plan.slot.weekday, 3);
    EXPECT_EQ(plan.slot.start_minute, 15 * kHour);
    EXPECT_NE(plan.explanation.find("share no time"), std::string::npos);

    request.mentee_availability.clear();
    const auto working_hours = PlanSeries(request);
    EXPECT_TRUE(working_hours.fallback);
    EXPECT_EQ(working_hours.slot.weekday, kWorkingHoursSlot.weekday);
    EXPECT_EQ(working_hours.slot.start_minute, kWorkingHoursSlot.start_minute);
    EXPECT_EQ(working_hours.first_local_start, "2026-03-03T10:00");
}

TEST(SessionSeriesTest, NonexistentAndAmbiguousLocalTimes) {
    // 8 March 2026 02:30 does not exist in New York (02:00 -> 03:00): read with the offset before the gap,
    // it is 07:30 UTC, i.e. 03:30 local.
    EXPECT_EQ(LocalToUtc("America/New_York", "2026-03-08T02:30"), Utc("2026-03-08T07:30:00Z"));
    EXPECT_EQ(UtcToLocal("America/New_York", Utc("2026-03-08T07:30:00Z")), "2026-03-08T03:30");
    // 1 November 2026 01:30 happens twice in New York: the first (EDT, 05:30 UTC) is taken.
    EXPECT_EQ(LocalToUtc("America/New_York", "2026-11-01T01:30"), Utc("2026-11-01T05:30:00Z"));
    // A weekly series at 02:30 keeps 02:30 on the other weeks.
    const auto starts = ExpandSeries("America/New_York", "2026-03-01T02:30", 7, "2026-03-15");
    ASSERT_EQ(starts.size(), 3u);
    EXPECT_EQ(UtcToLocal("America/New_York", starts[0]), "2026-03-01T02:30");
    EXPECT_EQ(UtcToLocal("America/New_York", starts[1]), "2026-03-08T03:30");
    EXPECT_EQ(UtcToLocal("America/New_York", starts[2]), "2026-03-15T02:30");
    EXPECT_THROW(LocalToUtc("Mars/Olympus", "2026-03-01T10:00"), InvalidInput);
}

TEST(SessionSeriesTest, ParsesInstantsWeekdaysAndTimes) {
    EXPECT_EQ(ParseInstant("2026-03-03T15:00:00Z", "x"), 1772550000);
    EXPECT_EQ(ParseInstant("2026-03-03T16:00+01:00", "x"), 1772550000);
    EXPECT_EQ(ParseInstant("2026-03-03T10:00:00-05:00", "x"), 1772550000);
    try {
        ParseInstant("2026-03-03 15:00", "starts_at");
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "starts_at");
    }
    EXPECT_THROW(ParseInstant("2026-02-30T10:00Z", "x"), InvalidInput);
    EXPECT_EQ(ParseWeekday("Thu"), 3);
    EXPECT_EQ(ParseWeekday("sunday"), 6);
    EXPECT_EQ(ParseWeekday("someday"), -1);
    EXPECT_EQ(ParseClockMinutes("09:30"), 570);
    EXPECT_EQ(ParseClockMinutes("24:00"), -1);
    EXPECT_EQ(ParseClockMinutes("9:30"), -1);
    EXPECT_EQ(NextWeekday("2026-03-04", 0), "2026-03-09");
    EXPECT_EQ(NextWeekday("2026-03-04", 2), "2026-03-04");
}

SessionOccurrence Occurrence(long long id, long long starts_at, const std::string& status, const std::string& by,
                             const std::string& outcome) {
    SessionOccurrence occurrence;
    occurrence.id = id;
    occurrence.starts_at = starts_at;
    occurrence.status = status;
    occurrence.cancelled_by_side = by;
    occurrence.outcome = outcome;
    return occurrence;
}

TEST(SessionCountsTest, StreakRunsAndPerSideCounts) {
    const std::vector<SessionOccurrence> occurrences = {
        Occurrence(1, 100, "scheduled", "", "held"),
        Occurrence(2, 200, "cancelled", "mentee", "pending"),
        Occurrence(3, 300, "scheduled", "", "missed_by_both"),
        Occurrence(4, 400, "cancelled", "mentor", "pending"),
        Occurrence(5, 500, "scheduled", "", "held"),
        Occurrence(6, 600, "scheduled", "", "pending"),  // not confirmed yet: neither breaks nor extends
        Occurrence(7, 700, "scheduled", "", "held"),
        Occurrence(8, 900, "cancelled", "mentee", "pending"),  // in the future, still a cancellation
        Occurrence(9, 950, "scheduled", "", "pending"),
    };
    const auto counts = CountSessions(occurrences, 800);
    EXPECT_EQ(counts.mentee_cancellations, 2);
    EXPECT_EQ(counts.mentor_cancellations, 1);
    EXPECT_EQ(counts.mentee_no_shows, 1);
    EXPECT_EQ(counts.mentor_no_shows, 1);
    EXPECT_EQ(counts.held, 3);
    EXPECT_EQ(counts.mentee_misses, 3);
    EXPECT_EQ(counts.consecutive_mentee_misses, 1);
    EXPECT_EQ(counts.miss_run_start, 8);
    EXPECT_EQ(counts.streak, 0) << "the latest settled one is a cancellation";
    EXPECT_EQ(CountSessions({occurrences.begin(), occurrences.begin() + 7}, 800).streak, 2);
}

TEST(SessionCountsTest, OutcomeOfTwoConfirmations) {
    const Attendance mentee_yes{"mentee", 1, true, "", 0};
    const Attendance mentor_yes{"mentor", 2, true, "", 0};
    const Attendance mentee_no{"mentee", 1, false, "mentor", 0};
    const Attendance mentor_no{"mentor", 2, false, "mentor", 0};
    const Attendance mentor_blames_mentee{"mentor", 2, false, "mentee", 0};
    EXPECT_EQ(SettleOutcome({mentee_yes}), "pending");
    EXPECT_EQ(SettleOutcome({mentee_yes, mentor_yes}), "held");
    EXPECT_EQ(SettleOutcome({mentee_no, mentor_no}), "missed_by_mentor");
    EXPECT_EQ(SettleOutcome({mentee_no, mentor_blames_mentee}), "disputed");
    EXPECT_EQ(SettleOutcome({mentee_yes, mentor_no}), "disputed");
}

TEST(SessionPolicyTest, ValidationNamesTheField) {
    SessionPolicy policy;
    EXPECT_NO_THROW(ValidPolicy(policy));
    EXPECT_EQ(ParseReminderMinutes("1440; 60;x"), (std::vector<int>{1440, 60}));
    EXPECT_EQ(FormatReminderMinutes({1440, 60}), "1440;60");
    policy.reminder_minutes = {1};
    try {
        ValidPolicy(policy);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "reminder_minutes");
    }
}

}  // namespace
}  // namespace upward::domain
