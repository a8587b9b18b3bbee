#include "domain/weekly_availability.hpp"

#include <gtest/gtest.h>

#include "domain/match_profile.hpp"

namespace upward::domain {
namespace {

bool HasHour(const UtcWeekHours& hours, int hour) {
    return (hours[static_cast<std::size_t>(hour / 64)] >> (hour % 64)) & 1U;
}

int CountHours(const UtcWeekHours& hours) {
    int count = 0;
    for (int h = 0; h < 168; ++h) count += HasHour(hours, h) ? 1 : 0;
    return count;
}

TEST(WeeklyAvailabilityTest, ReferenceWeekOffsets) {
    EXPECT_EQ(ReferenceUtcOffsetMinutes("Europe/London"), 0) << "January: no summer time";
    EXPECT_EQ(ReferenceUtcOffsetMinutes("America/New_York"), -300);
    EXPECT_EQ(ReferenceUtcOffsetMinutes("Asia/Kolkata"), 330);
    EXPECT_EQ(ReferenceUtcOffsetMinutes("Australia/Sydney"), 660) << "January is summer there";
    EXPECT_EQ(ReferenceUtcOffsetMinutes("Not/AZone"), 0);
    EXPECT_EQ(ReferenceUtcOffsetMinutes(""), 0);
}

TEST(WeeklyAvailabilityTest, LocalSlotsBecomeUtcHours) {
    std::vector<AvailabilitySlot> slots;
    ASSERT_EQ(ParseAvailability("mon 09:00-11:00", slots), "");
    const auto new_york = ToUtcWeek(slots, -300);  // 14:00-16:00 UTC
    EXPECT_TRUE(HasHour(new_york, 14));
    EXPECT_TRUE(HasHour(new_york, 15));
    EXPECT_EQ(CountHours(new_york), 2);
    // Half-hour zones keep the slot's length: 03:30-05:30 UTC counts hours 3 and 4.
    const auto kolkata = ToUtcWeek(slots, 330);
    EXPECT_TRUE(HasHour(kolkata, 3));
    EXPECT_TRUE(HasHour(kolkata, 4));
    EXPECT_EQ(CountHours(kolkata), 2);
    // Monday morning in Sydney is Sunday evening in UTC: the week wraps.
    const auto sydney = ToUtcWeek(slots, 660);
    EXPECT_TRUE(HasHour(sydney, 6 * 24 + 22));
    EXPECT_TRUE(HasHour(sydney, 6 * 24 + 23));
    EXPECT_EQ(CountHours(sydney), 2);
}

TEST(WeeklyAvailabilityTest, NotationRoundTripsAndRejectsNonsense) {
    std::vector<AvailabilitySlot> slots;
    ASSERT_EQ(ParseAvailability(" mon 09:00-11:00 ; WED 14:30-16:00;", slots), "");
    EXPECT_EQ(FormatAvailability(slots), "mon 09:00-11:00;wed 14:30-16:00");
    EXPECT_NE(ParseAvailability("mon 11:00-09:00", slots), "");
    EXPECT_NE(ParseAvailability("someday 09:00-10:00", slots), "");
    EXPECT_NE(ParseAvailability("mon 9-10", slots), "");
    EXPECT_NE(ParseAvailability("mon 09:00-25:00", slots), "");
    std::vector<TopicValue> topics;
    ASSERT_EQ(ParseTopics("AI tools:4;Social media: 3", topics), "");
    EXPECT_EQ(FormatTopics(topics), "AI tools:4;Social media:3");
    EXPECT_NE(ParseTopics("AI tools", topics), "");
    EXPECT_NE(ParseTopics("AI tools:high", topics), "");
}

}  // namespace
}  // namespace upward::domain
