#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/anonymity.hpp"

namespace upward::domain {

/// One person of the directory as the retention comparison reads them. Dates are YYYY-MM-DD, empty when
/// unknown.
struct RetentionPerson {
    std::string employee_id;
    long long grade = 0;
    std::string department;  // empty: no department (such people form a cell of their own per grade)
    std::string hire_date;
    std::string leaving_date;
    bool left_company = false;
};

/// What the comparison needs: the directory (at least everybody in the participants' cells), who took part,
/// the programme's start, the date the comparison is made at (min(today, the programme's end)) and k.
struct RetentionInput {
    std::vector<RetentionPerson> directory;
    std::set<std::string> participants;  // employee ids of the mentees and mentors of pairs that became active
    std::string starts_on;
    std::string as_of;
    int anonymity_k = 5;
};

/// One side of the comparison. `retention` is the share still employed at the as-of date; it is withheld when the
/// group has fewer than k people (GuardedFigure's rule), and then `stayed`/`left` are withheld (nullopt) too.
struct RetentionGroup {
    long long size = 0;
    std::optional<long long> stayed;
    std::optional<long long> left;
    GuardedFigure retention;
};

/// Retention of participants against comparable non-participants.
///
/// The rules, stated once:
/// - Participants: the mentees and mentors of the programme's pairs that became active (active or ended).
/// - In the directory at the start: hired on or before starts_on (an unknown hire date counts as before) and
///   without a leaving date before it. Applies to both groups, so like is compared with like.
/// - Cells: (grade, department). The comparison group is the non-participants in the directory at the start who
///   share a cell with a participant. The comparison is RESTRICTED TO CELLS WITH BOTH: participants whose cell
///   has no non-participant are left out (counted in `participants_without_comparison`). The groups are not
///   re-weighted within those cells.
/// - Left: a leaving date on or before the as-of date, or the left flag without a date. A leaving date after the
///   as-of date counts as stayed.
/// - Difference: participants' retention minus the comparison group's, with a 95% confidence interval by
///   Newcombe's hybrid score method (method 10 of Newcombe 1998: Wilson score intervals of each rate, combined).
/// - Too small to conclude: either group has fewer than 10 people, or the number of leavers or of stayers
///   expected in either group at the pooled rate is below 5.
/// - Anonymity: a group with fewer than k people is withheld (its rate, stayed and left counts); the difference
///   and its interval are then withheld too, since they would give the withheld rate away.
struct RetentionComparison {
    RetentionGroup participants;
    RetentionGroup comparison;
    long long cells = 0;                            // cells that hold both groups
    long long participants_without_comparison = 0;  // participants whose cell has no comparison person
    long long participants_not_in_directory = 0;    // unknown employee ids, or not in the directory at the start
    std::optional<double> difference;               // participants minus comparison, in [-1, 1]
    std::optional<double> ci_low;
    std::optional<double> ci_high;
    bool too_small = true;
    /// One plain sentence: too small to conclude, withheld below k, no clear difference, or which group stayed more.
    std::string statement;
    std::string method = "Newcombe hybrid score interval (95%)";
    std::string restriction = "cells of (grade, department) holding both groups; not re-weighted";
};

/// A Wilson score interval for `successes` out of `n` (n > 0) at the normal quantile z.
struct Interval {
    double low = 0;
    double high = 0;
};
Interval WilsonInterval(long long successes, long long n, double z);

/// Newcombe's hybrid score interval for p1 - p2 (each group non-empty).
Interval NewcombeDifference(long long successes1, long long n1, long long successes2, long long n2, double z);

/// The 0.975 quantile of the standard normal distribution.
constexpr double kZ95 = 1.959963984540054;

/// Groups below this size are too small to conclude anything; so are groups whose expected leavers or stayers
/// (at the pooled rate) fall below kMinimumExpected.
constexpr long long kMinimumGroupSize = 10;
constexpr double kMinimumExpected = 5.0;

RetentionComparison CompareRetention(const RetentionInput& input);

}  // namespace upward::domain
