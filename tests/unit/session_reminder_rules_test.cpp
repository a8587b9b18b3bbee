// The reminder rules alone: parsing a programme's offsets, which overdue reminder is sent after downtime, and
// how a time reads in a person's own zone (daylight saving included).
#include "domain/session_reminder_rules.hpp"

#include <gtest/gtest.h>

namespace upward::domain {
namespace {

constexpr long long kStart = 1772632800;  // Wednesday 2026-03-04 14:00 UTC

TEST(ReminderMinutes, ParsesDistinctOffsetsLargestFirstAndFallsBackToTheDefault) {
    EXPECT_EQ(ReminderOffsetsFromPolicy("1440;60"), (std::vector<int>{1440, 60}));
    EXPECT_EQ(ReminderOffsetsFromPolicy(" 30; 120 ;30;;5"), (std::vector<int>{120, 30, 5}));
    EXPECT_EQ(ReminderOffsetsFromPolicy("0;-5;abc;12x;99999999;15"), (std::vector<int>{15}));
    EXPECT_EQ(ReminderOffsetsFromPolicy(""), (std::vector<int>{1440, 60}));
    EXPECT_EQ(ReminderOffsetsFromPolicy("  "), (std::vector<int>{1440, 60}));
    EXPECT_TRUE(ReminderOffsetsFromPolicy("junk").empty());
}

TEST(JudgeReminder, SendsOnlyTheLatestDueOfSeveralOverdueRemindersAndNothingOnceStarted) {
    const std::vector<int> offsets = {1440, 60};
    // On time.
    EXPECT_EQ(JudgeReminder(kStart, 1440, offsets, kStart - 86400), ReminderVerdict::kSend);
    EXPECT_EQ(JudgeReminder(kStart, 60, offsets, kStart - 3600), ReminderVerdict::kSend);
    // Late, but the 1-hour reminder is not due yet: the 24-hour one still goes.
    EXPECT_EQ(JudgeReminder(kStart, 1440, offsets, kStart - 2 * 3600), ReminderVerdict::kSend);
    // Both overdue: only the 1-hour one.
    EXPECT_EQ(JudgeReminder(kStart, 1440, offsets, kStart - 1800), ReminderVerdict::kStale);
    EXPECT_EQ(JudgeReminder(kStart, 60, offsets, kStart - 1800), ReminderVerdict::kSend);
    // Started: none.
    EXPECT_EQ(JudgeReminder(kStart, 60, offsets, kStart), ReminderVerdict::kStarted);
    EXPECT_EQ(JudgeReminder(kStart, 1440, offsets, kStart + 86400), ReminderVerdict::kStarted);
    // The policy dropped this offset.
    EXPECT_EQ(JudgeReminder(kStart, 30, offsets, kStart - 1800), ReminderVerdict::kNotInPolicy);
}

TEST(FormatLocalTime, ReadsInThePersonsZoneAcrossDaylightSaving) {
    EXPECT_EQ(FormatLocalTime(kStart, "Europe/London"), "Wednesday 4 March 2026 at 14:00 (Europe/London)");
    EXPECT_EQ(FormatLocalTime(kStart, "Asia/Kolkata"), "Wednesday 4 March 2026 at 19:30 (Asia/Kolkata)");
    EXPECT_EQ(FormatLocalTime(kStart, "America/Los_Angeles"), "Wednesday 4 March 2026 at 06:00 (America/Los_Angeles)");
    // Four weeks later London is on summer time (from 29 March): 14:00 UTC is 15:00 there.
    EXPECT_EQ(FormatLocalTime(kStart + 28 * 86400, "Europe/London"), "Wednesday 1 April 2026 at 15:00 (Europe/London)");
    EXPECT_EQ(FormatLocalTime(kStart, ""), "Wednesday 4 March 2026 at 14:00 (UTC)");
    EXPECT_EQ(FormatLocalTime(kStart, "Mars/Olympus"), "Wednesday 4 March 2026 at 14:00 (UTC)");
}

TEST(DescribeDuration, RoundsToWhatAPersonSays) {
    EXPECT_EQ(DescribeDuration(86400), "24 hours");
    EXPECT_EQ(DescribeDuration(3600), "1 hour");
    EXPECT_EQ(DescribeDuration(5400), "90 minutes");
    EXPECT_EQ(DescribeDuration(1800), "30 minutes");
    EXPECT_EQ(DescribeDuration(60), "1 minute");
    EXPECT_EQ(DescribeDuration(5), "1 minute");
    EXPECT_EQ(DescribeDuration(4 * 3600 - 100), "4 hours");
    EXPECT_EQ(DescribeDuration(3 * 86400), "3 days");
}

}  // namespace
}  // namespace upward::domain
