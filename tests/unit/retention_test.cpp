// The retention comparison on constructed directories whose answers were worked out by hand (the Wilson and
// Newcombe formulas written out on paper and checked against Newcombe 1998, Table II).
#include "domain/retention.hpp"

#include <gtest/gtest.h>

namespace upward::domain {
namespace {

RetentionPerson Person(const std::string& id, long long grade, const std::string& department,
                       const std::string& leaving_date = "", bool left = false,
                       const std::string& hired = "2020-01-01") {
    return {id, grade, department, hired, leaving_date, left};
}

// Adds `count` people of one cell, of whom the first `leavers` left inside the window.
void AddCell(RetentionInput& input, const std::string& prefix, long long grade, const std::string& department,
             int count, int leavers, bool participants) {
    for (int i = 0; i < count; ++i) {
        const auto id = prefix + std::to_string(i);
        input.directory.push_back(Person(id, grade, department, i < leavers ? "2026-03-15" : ""));
        if (participants) input.participants.insert(id);
    }
}

TEST(NewcombeInterval, MatchesThePublishedExamples) {
    // Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10.
    const auto a = NewcombeDifference(56, 70, 48, 80, kZ95);
    EXPECT_NEAR(a.low, 0.0524, 5e-5);
    EXPECT_NEAR(a.high, 0.3339, 5e-5);
    const auto b = NewcombeDifference(9, 10, 3, 10, kZ95);
    EXPECT_NEAR(b.low, 0.1705, 5e-5);
    EXPECT_NEAR(b.high, 0.8090, 5e-5);
    const auto c = NewcombeDifference(5, 56, 0, 29, kZ95);
    EXPECT_NEAR(c.low, -0.0381, 5e-5);
    EXPECT_NEAR(c.high, 0.1926, 5e-5);
}

TEST(WilsonInterval, StaysInsideZeroAndOne) {
    const auto all = WilsonInterval(10, 10, kZ95);
    EXPECT_NEAR(all.high, 1.0, 1e-12);
    EXPECT_NEAR(all.low, 0.7225, 5e-5);  // 10/(10+z^2)
    const auto none = WilsonInterval(0, 10, kZ95);
    EXPECT_NEAR(none.low, 0.0, 1e-12);
}

// Two cells with both groups, and everybody the rules leave out:
//   cell (2, Data):  6 participants (1 left), 20 comparison (5 left)
//   cell (8, Sales): 6 participants (0 left), 10 comparison (2 left)
//   participants 11/12 stayed = 0.917, comparison 23/30 = 0.767, difference 0.150,
//   Newcombe 95%: -0.144 to 0.339. Expected leavers among participants at the pooled rate (8/42): 12 * 8/42 =
//   2.29 < 5, so too small to conclude although both groups have at least 10 people.
RetentionInput SmallDirectory() {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-06-30";
    input.anonymity_k = 5;
    AddCell(input, "PD", 2, "Data", 6, 1, true);
    AddCell(input, "CD", 2, "Data", 19, 5, false);
    AddCell(input, "PS", 8, "Sales", 6, 0, true);
    AddCell(input, "CS", 8, "Sales", 9, 1, false);
    // Comparison people the rules still count: one leaving after the as-of date (stayed), one with the left flag
    // and no date (left), one without a hire date (in the directory at the start).
    input.directory.push_back(Person("LATE", 2, "Data", "2026-09-01"));
    input.directory.push_back(Person("FLAG", 8, "Sales", "", true));
    // FLAG has no hire date: counted as there at the start.
    input.directory.back().hire_date = "";
    // Left out: hired after the start, left before it, a cell without participants, a participant whose cell has
    // no comparison person, and a participant the directory does not know.
    input.directory.push_back(Person("NEW", 2, "Data", "", false, "2026-02-01"));
    input.directory.push_back(Person("GONE", 2, "Data", "2025-12-01"));
    input.directory.push_back(Person("HR1", 3, "HR"));
    input.directory.push_back(Person("PL", 5, "Legal"));
    input.participants.insert("PL");
    input.participants.insert("X9");
    return input;
}

TEST(CompareRetention, SmallDirectoryFiguresAndTooSmallStatement) {
    const auto result = CompareRetention(SmallDirectory());
    EXPECT_EQ(result.participants.size, 12);
    EXPECT_EQ(result.comparison.size, 20 + 10);
    EXPECT_EQ(*result.participants.stayed, 11);
    EXPECT_EQ(*result.participants.left, 1);
    EXPECT_EQ(*result.comparison.stayed, 23);
    EXPECT_EQ(*result.comparison.left, 7) << "5 in Data (LATE stayed), 1 + FLAG in Sales";
    EXPECT_NEAR(*result.participants.retention.value, 0.917, 5e-4);
    EXPECT_NEAR(*result.comparison.retention.value, 0.767, 5e-4);
    EXPECT_NEAR(*result.difference, 0.150, 5e-4);
    EXPECT_NEAR(*result.ci_low, -0.144, 5e-4);
    EXPECT_NEAR(*result.ci_high, 0.339, 5e-4);
    EXPECT_EQ(result.cells, 2);
    EXPECT_EQ(result.participants_without_comparison, 1);
    EXPECT_EQ(result.participants_not_in_directory, 1);
    EXPECT_TRUE(result.too_small);
    EXPECT_NE(result.statement.find("too small to conclude"), std::string::npos) << result.statement;
    EXPECT_NE(result.method.find("Newcombe"), std::string::npos);
}

// Large enough to conclude: participants 38/40 stayed (0.950), comparison 42/60 (0.700), difference 0.250,
// Newcombe 95%: 0.097 to 0.380; pooled leavers 20/100, expected 8 and 12, stayers 32 and 48: all at least 5.
TEST(CompareRetention, LargeGroupsWithAClearDifference) {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-12-31";
    AddCell(input, "P", 4, "IT", 40, 2, true);
    AddCell(input, "C", 4, "IT", 60, 18, false);
    const auto result = CompareRetention(input);
    EXPECT_FALSE(result.too_small);
    EXPECT_NEAR(*result.difference, 0.250, 5e-4);
    EXPECT_NEAR(*result.ci_low, 0.097, 5e-4);
    EXPECT_NEAR(*result.ci_high, 0.380, 5e-4);
    EXPECT_NE(result.statement.find("Participants stayed more"), std::string::npos) << result.statement;
}

// Participants 56/80 (0.700) against 45/50 (0.900): difference -0.200, Newcombe 95%: -0.322 to -0.055.
TEST(CompareRetention, ParticipantsStayingLessIsSaidToo) {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-12-31";
    AddCell(input, "P", 4, "IT", 80, 24, true);
    AddCell(input, "C", 4, "IT", 50, 5, false);
    const auto result = CompareRetention(input);
    EXPECT_FALSE(result.too_small);
    EXPECT_NEAR(*result.ci_low, -0.322, 5e-4);
    EXPECT_NEAR(*result.ci_high, -0.055, 5e-4);
    EXPECT_NE(result.statement.find("stayed less"), std::string::npos) << result.statement;
}

TEST(CompareRetention, NoClearDifferenceWhenTheIntervalHoldsZero) {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-12-31";
    AddCell(input, "P", 4, "IT", 50, 10, true);
    AddCell(input, "C", 4, "IT", 50, 12, false);
    const auto result = CompareRetention(input);
    EXPECT_FALSE(result.too_small);
    EXPECT_LT(*result.ci_low, 0.0);
    EXPECT_GT(*result.ci_high, 0.0);
    EXPECT_NE(result.statement.find("No clear difference"), std::string::npos) << result.statement;
}

TEST(CompareRetention, AGroupBelowKIsWithheldWithTheDifference) {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-12-31";
    input.anonymity_k = 5;
    AddCell(input, "P", 4, "IT", 4, 1, true);
    AddCell(input, "C", 4, "IT", 30, 3, false);
    const auto result = CompareRetention(input);
    EXPECT_EQ(result.participants.size, 4);
    EXPECT_TRUE(result.participants.retention.Withheld());
    EXPECT_FALSE(result.participants.stayed.has_value());
    EXPECT_FALSE(result.participants.left.has_value());
    EXPECT_NE(result.participants.retention.withheld_reason.find("fewer than 5"), std::string::npos);
    EXPECT_FALSE(result.comparison.retention.Withheld());
    EXPECT_FALSE(result.difference.has_value());
    EXPECT_FALSE(result.ci_low.has_value());
    EXPECT_TRUE(result.too_small);
    EXPECT_NE(result.statement.find("Withheld"), std::string::npos) << result.statement;

    input.anonymity_k = 4;  // at k the group shows
    const auto shown = CompareRetention(input);
    EXPECT_NEAR(*shown.participants.retention.value, 0.75, 1e-9);
    EXPECT_TRUE(shown.difference.has_value());
    EXPECT_TRUE(shown.too_small);
}

TEST(CompareRetention, NobodyTookPart) {
    RetentionInput input;
    input.starts_on = "2026-01-01";
    input.as_of = "2026-12-31";
    AddCell(input, "C", 4, "IT", 30, 3, false);
    const auto result = CompareRetention(input);
    EXPECT_EQ(result.participants.size, 0);
    EXPECT_EQ(result.comparison.size, 0) << "no participant cell, so no comparison group";
    EXPECT_TRUE(result.too_small);
    EXPECT_NE(result.statement.find("nobody to compare"), std::string::npos) << result.statement;
}

}  // namespace
}  // namespace upward::domain
