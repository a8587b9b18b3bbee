#pragma once

#include <optional>
#include <string>

namespace upward::domain {

/// A figure shown to admins and sponsors: it stands on `count` answers and is shown only when at least k
/// (the programme's anonymity threshold) stand behind it. Below k the value is withheld, never shown as zero,
/// and `withheld_reason` says why.
struct GuardedFigure {
    std::optional<double> value;
    long long count = 0;
    std::string withheld_reason;

    bool Withheld() const { return !value.has_value(); }
};

/// The mean of `count` answers summing to `sum`, or withheld when count < k (k below 1 counts as 1).
GuardedFigure GuardedMean(double sum, long long count, int k);

/// A figure computed elsewhere (a rate, a share) from `count` answers, withheld when count < k.
GuardedFigure Guarded(double value, long long count, int k);

}  // namespace upward::domain
