#include "domain/health.hpp"

#include <date/date.h>

#include <algorithm>

#include "core/errors.hpp"

namespace upward::domain {

long long WeekStartOf(long long seconds) {
    const auto day = date::floor<date::days>(date::sys_seconds{std::chrono::seconds{seconds}});
    const date::weekday weekday{day};
    const auto monday = day - (weekday - date::Monday);
    return std::chrono::duration_cast<std::chrono::seconds>(monday.time_since_epoch()).count();
}

std::optional<long long> DateStart(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return std::nullopt;
    }
    const auto number = [&](std::size_t from, std::size_t length) {
        return std::stoi(std::string(text.substr(from, length)));
    };
    const date::year_month_day day{date::year{number(0, 4)}, date::month{static_cast<unsigned>(number(5, 2))},
                                   date::day{static_cast<unsigned>(number(8, 2))}};
    if (!day.ok()) return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(date::sys_days{day}.time_since_epoch()).count();
}

void ValidateHealthFilter(const HealthFilter& filter) {
    if (!filter.side.empty() && filter.side != "mentor" && filter.side != "mentee") {
        throw InvalidInput("side", "side must be mentor or mentee");
    }
    if (!filter.survey.empty() && filter.survey != "midpoint" && filter.survey != "closing") {
        throw InvalidInput("survey", "survey must be midpoint or closing");
    }
}

GuardedFigure GuardedFilteredMean(double group_sum, long long group_count, long long all_count, int k) {
    auto figure = GuardedMean(group_sum, group_count, k);
    const long long threshold = std::max(k, 1);
    const long long left_out = all_count - group_count;
    if (!figure.Withheld() && left_out > 0 && left_out < threshold) {
        figure.value.reset();
        figure.withheld_reason = "the filter leaves out fewer than " + std::to_string(threshold) +
                                 " answers, which the unfiltered figure would reveal";
    }
    return figure;
}

}  // namespace upward::domain
