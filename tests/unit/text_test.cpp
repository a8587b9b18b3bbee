#include "core/text.hpp"

#include <gtest/gtest.h>

namespace upward {
namespace {

TEST(TextTest, DatesIntegersAndTimestamps) {
    EXPECT_TRUE(IsIsoDate("2028-02-29"));
    EXPECT_FALSE(IsIsoDate("2027-02-29"));
    EXPECT_FALSE(IsIsoDate("2027-13-01"));
    EXPECT_FALSE(IsIsoDate("27-01-01"));
    EXPECT_EQ(ParseInteger("42"), 42);
    EXPECT_EQ(ParseInteger("-7"), -7);
    EXPECT_FALSE(ParseInteger("4 2").has_value());
    EXPECT_FALSE(ParseInteger("").has_value());
    EXPECT_EQ(FormatTimestamp(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(FormatTimestamp(1'800'000'000), "2027-01-15T08:00:00Z");
    EXPECT_EQ(Trim("  a b \r\n"), "a b");
}

}  // namespace
}  // namespace upward
