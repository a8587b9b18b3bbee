#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/anonymity.hpp"

namespace upward::domain {

/// The programme health dashboard's rules that need no database: the weeks its series are drawn on and the
/// anonymity guard for figures a filter narrowed.

/// Weeks run Monday to Sunday in UTC. The Monday (00:00 UTC) of the week holding `seconds`, as Unix seconds.
long long WeekStartOf(long long seconds);
/// Midnight UTC of a "YYYY-MM-DD" date, or nullopt when it is not a real date.
std::optional<long long> DateStart(std::string_view date);
constexpr long long kSecondsPerWeek = 7LL * 24 * 60 * 60;

/// Who a dashboard filter keeps: answers given by one side (mentor or mentee; for goal progress, whose goals),
/// and for survey figures one survey (midpoint or closing). Empty means everybody.
struct HealthFilter {
    std::string side;
    std::string survey;
    bool Any() const { return !side.empty() || !survey.empty(); }
};

/// Throws InvalidInput naming the field when a filter value is not one of the allowed ones.
void ValidateHealthFilter(const HealthFilter& filter);

/// A mean over the answers a filter kept (`group_sum` over `group_count`), where `all_count` answers stand behind
/// the same figure without the filter. Withheld like GuardedMean below k; and because the unfiltered figure is
/// shown too, the answers the filter left out (all − group) are as exposed as the group: when they are 1..k−1
/// the filtered figure is withheld as well, so no filter ever narrows a figure below k.
GuardedFigure GuardedFilteredMean(double group_sum, long long group_count, long long all_count, int k);

}  // namespace upward::domain
