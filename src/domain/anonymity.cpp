#include "domain/anonymity.hpp"

#include <algorithm>

namespace upward::domain {

GuardedFigure Guarded(double value, long long count, int k) {
    const long long threshold = std::max(k, 1);
    GuardedFigure figure;
    figure.count = count;
    if (count < threshold) {
        figure.withheld_reason =
            count == 0 ? "no answers yet"
                       : "fewer than " + std::to_string(threshold) + " answers (the programme's anonymity threshold)";
        return figure;
    }
    figure.value = value;
    return figure;
}

GuardedFigure GuardedMean(double sum, long long count, int k) {
    return Guarded(count > 0 ? sum / static_cast<double>(count) : 0.0, count, k);
}

}  // namespace upward::domain
