#include "matching/deferred_acceptance.hpp"

#include <algorithm>
#include <queue>
#include <string>

namespace upward::matching {

StableOutcome DeferredAcceptance(const RankedInput& input,
                                 const std::function<bool(std::int32_t, std::int32_t)>& acceptable) {
    StableOutcome out;
    const auto n = static_cast<std::int32_t>(input.mentee_ranking.size());
    const auto m = static_cast<std::int32_t>(input.mentor_ranking.size());
    if (!input.mentor_capacity.empty() && input.mentor_capacity.size() != static_cast<std::size_t>(m)) {
        out.error = "mentor_capacity size does not match the number of mentors";
        return out;
    }
    // rank_of[mentor][mentee] via per-mentor CSR of (mentee, rank) pairs sorted by
    // mentee, so lookups are a binary search and memory stays linear.
    std::vector<std::int64_t> start(static_cast<std::size_t>(m) + 1, 0);
    for (std::int32_t j = 0; j < m; ++j)
        start[j + 1] = start[j] + static_cast<std::int64_t>(input.mentor_ranking[j].size());
    std::vector<std::pair<std::int32_t, std::int32_t>> ranks(start[m]);
    for (std::int32_t j = 0; j < m; ++j) {
        const auto& list = input.mentor_ranking[j];
        for (std::size_t r = 0; r < list.size(); ++r) {
            if (list[r] < 0 || list[r] >= n) {
                out.error = "mentor " + std::to_string(j) + " ranks unknown mentee " + std::to_string(list[r]);
                return out;
            }
            ranks[start[j] + r] = {list[r], static_cast<std::int32_t>(r)};
        }
        std::sort(ranks.begin() + start[j], ranks.begin() + start[j + 1]);
    }
    auto rank_of = [&](std::int32_t j, std::int32_t i) -> std::int32_t {
        auto first = ranks.begin() + start[j];
        auto last = ranks.begin() + start[j + 1];
        auto it = std::lower_bound(first, last, std::make_pair(i, std::int32_t{-1}));
        return (it != last && it->first == i) ? it->second : -1;
    };
    for (std::int32_t i = 0; i < n; ++i) {
        for (const std::int32_t j : input.mentee_ranking[i]) {
            if (j < 0 || j >= m) {
                out.error = "mentee " + std::to_string(i) + " ranks unknown mentor " + std::to_string(j);
                return out;
            }
        }
    }

    // Each mentor holds its tentative mentees in a max-heap by rank (worst on top).
    using Held = std::pair<std::int32_t, std::int32_t>;  // (rank, mentee)
    std::vector<std::priority_queue<Held>> held(m);
    std::vector<std::int32_t> next(n, 0);
    out.mentee_to_mentor.assign(n, -1);
    std::vector<std::int32_t> free_mentees;
    for (std::int32_t i = n - 1; i >= 0; --i) free_mentees.push_back(i);
    while (!free_mentees.empty()) {
        const std::int32_t i = free_mentees.back();
        free_mentees.pop_back();
        const auto& list = input.mentee_ranking[i];
        while (next[i] < static_cast<std::int32_t>(list.size())) {
            const std::int32_t j = list[next[i]++];
            const std::int32_t r = rank_of(j, i);
            if (r < 0 || (acceptable && !acceptable(i, j))) continue;
            const std::int32_t cap = input.mentor_capacity.empty() ? 1 : input.mentor_capacity[j];
            if (cap <= 0) continue;
            auto& h = held[j];
            if (static_cast<std::int32_t>(h.size()) < cap) {
                h.emplace(r, i);
                out.mentee_to_mentor[i] = j;
                break;
            }
            if (h.top().first > r) {
                const std::int32_t dropped = h.top().second;
                h.pop();
                h.emplace(r, i);
                out.mentee_to_mentor[i] = j;
                out.mentee_to_mentor[dropped] = -1;
                free_mentees.push_back(dropped);
                break;
            }
        }
    }
    return out;
}

}  // namespace upward::matching
