#include "domain/retention.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace upward::domain {

namespace {

using Cell = std::pair<long long, std::string>;  // grade, department

struct Tally {
    long long size = 0;
    long long stayed = 0;
};

// Dates are YYYY-MM-DD, so text order is date order.
bool InDirectoryAtStart(const RetentionPerson& person, const std::string& starts_on) {
    if (!person.hire_date.empty() && person.hire_date > starts_on) return false;
    if (!person.leaving_date.empty() && person.leaving_date < starts_on) return false;
    return true;
}

bool LeftBy(const RetentionPerson& person, const std::string& as_of) {
    if (!person.leaving_date.empty()) return person.leaving_date <= as_of;
    return person.left_company;
}

RetentionGroup Group(const Tally& tally, int k) {
    RetentionGroup group;
    group.size = tally.size;
    const double rate = tally.size > 0 ? static_cast<double>(tally.stayed) / static_cast<double>(tally.size) : 0.0;
    group.retention = Guarded(rate, tally.size, k);
    if (group.retention.Withheld()) {
        // The reason speaks of people here, not answers.
        group.retention.withheld_reason = tally.size == 0 ? "nobody in this group"
                                                          : "fewer than " + std::to_string(std::max(k, 1)) +
                                                                " people (the programme's anonymity threshold)";
    } else {
        group.stayed = tally.stayed;
        group.left = tally.size - tally.stayed;
    }
    return group;
}

std::string Percent(double share) {
    const double points = std::round(share * 1000.0) / 10.0;
    auto text = std::to_string(points);
    text.erase(text.find('.') + 2);
    return text + " points";
}

}  // namespace

Interval WilsonInterval(long long successes, long long n, double z) {
    const double count = static_cast<double>(n);
    const double p = static_cast<double>(successes) / count;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / count;
    const double centre = (p + z2 / (2.0 * count)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / count + z2 / (4.0 * count * count));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Interval NewcombeDifference(long long successes1, long long n1, long long successes2, long long n2, double z) {
    const double p1 = static_cast<double>(successes1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(successes2) / static_cast<double>(n2);
    const auto [l1, u1] = WilsonInterval(successes1, n1, z);
    const auto [l2, u2] = WilsonInterval(successes2, n2, z);
    const double d = p1 - p2;
    return {d - std::sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)),
            d + std::sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2))};
}

RetentionComparison CompareRetention(const RetentionInput& input) {
    RetentionComparison result;

    // Each cell's participants and comparison people, among those in the directory at the start.
    std::map<Cell, std::pair<Tally, Tally>> cells;  // participants, comparison
    std::set<Cell> participant_cells;
    long long participants_found = 0;
    for (const auto& person : input.directory) {
        const bool participant = input.participants.count(person.employee_id) > 0;
        if (!InDirectoryAtStart(person, input.starts_on)) continue;
        const Cell cell{person.grade, person.department};
        auto& tally = participant ? cells[cell].first : cells[cell].second;
        ++tally.size;
        if (!LeftBy(person, input.as_of)) ++tally.stayed;
        if (participant) ++participants_found;
    }
    result.participants_not_in_directory = static_cast<long long>(input.participants.size()) - participants_found;

    Tally participants, comparison;
    for (const auto& [cell, groups] : cells) {
        const auto& [in, out] = groups;
        if (in.size == 0) continue;  // nobody took part from this cell: not comparable
        if (out.size == 0) {
            result.participants_without_comparison += in.size;
            continue;
        }
        ++result.cells;
        participants.size += in.size;
        participants.stayed += in.stayed;
        comparison.size += out.size;
        comparison.stayed += out.stayed;
    }
    result.participants = Group(participants, input.anonymity_k);
    result.comparison = Group(comparison, input.anonymity_k);

    // Too small: a small group, or too few leavers or stayers expected at the pooled rate in either group.
    const long long total = participants.size + comparison.size;
    result.too_small = participants.size < kMinimumGroupSize || comparison.size < kMinimumGroupSize;
    if (!result.too_small) {
        const double pooled_stay =
            static_cast<double>(participants.stayed + comparison.stayed) / static_cast<double>(total);
        for (const long long n : {participants.size, comparison.size}) {
            const double expected_stayers = pooled_stay * static_cast<double>(n);
            const double expected_leavers = (1.0 - pooled_stay) * static_cast<double>(n);
            if (expected_stayers < kMinimumExpected || expected_leavers < kMinimumExpected) result.too_small = true;
        }
    }

    if (result.participants.retention.Withheld() || result.comparison.retention.Withheld()) {
        result.statement = participants.size == 0 || comparison.size == 0
                               ? "There is nobody to compare yet: the groups are too small to conclude anything."
                               : "Withheld: a group has fewer people than the programme's anonymity threshold (" +
                                     std::to_string(std::max(input.anonymity_k, 1)) +
                                     "), and the groups are too small to conclude anything.";
        return result;
    }

    result.difference = *result.participants.retention.value - *result.comparison.retention.value;
    const auto interval =
        NewcombeDifference(participants.stayed, participants.size, comparison.stayed, comparison.size, kZ95);
    result.ci_low = interval.low;
    result.ci_high = interval.high;
    if (result.too_small) {
        result.statement =
            "The groups are too small to conclude anything (each needs at least 10 people and at least 5 "
            "expected leavers and 5 expected stayers).";
    } else if (interval.low > 0) {
        result.statement = "Participants stayed more than comparable colleagues: " + Percent(*result.difference) +
                           " higher retention, and the 95% interval excludes no difference.";
    } else if (interval.high < 0) {
        result.statement = "Participants stayed less than comparable colleagues: " + Percent(-*result.difference) +
                           " lower retention, and the 95% interval excludes no difference.";
    } else {
        result.statement = "No clear difference: the 95% interval includes zero.";
    }
    return result;
}

}  // namespace upward::domain
