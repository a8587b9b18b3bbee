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

TEST(TextTest, Utf8IsCheckedAsRfc3629DefinesIt) {
    EXPECT_TRUE(IsValidUtf8(""));
    EXPECT_TRUE(IsValidUtf8("plain"));
    EXPECT_TRUE(IsValidUtf8("\xC3\xA9t\xC3\xA9"));  // été
    EXPECT_TRUE(IsValidUtf8("\xE2\x82\xAC"));       // €
    EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));   // an emoji, four bytes
    EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF, the last code point
    EXPECT_FALSE(IsValidUtf8("\xFF"));              // never a UTF-8 byte
    EXPECT_FALSE(IsValidUtf8("\xC3"));              // cut short
    EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // an overlong '/'
    EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong, three bytes
    EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // a surrogate
    EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_FALSE(IsValidUtf8("\xE2\x28\xA1"));      // a continuation byte missing
}

}  // namespace
}  // namespace upward
