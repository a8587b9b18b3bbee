#include "matching/sparse_jv.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace upward::matching {
namespace {

// Same dual bookkeeping as the dense solver (see dense_jv.cpp): costs are
// negated profits, free columns keep potential zero, and the per-row
// "unmatched" sink is an implicit end of the shortest path.
constexpr std::int64_t kInf = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int32_t kFreeRow = -2;
constexpr std::int32_t kUnmatchedRow = -1;

using HeapEntry = std::pair<std::int64_t, std::int32_t>;

}  // namespace

AssignmentResult SolveSparseJv(const SparseProblem& problem) {
    AssignmentResult result;
    const std::int32_t n = problem.rows;
    const std::int32_t m = problem.cols;
    if (problem.row_start.size() != static_cast<std::size_t>(n) + 1 ||
        problem.col_index.size() != problem.profit.size() ||
        static_cast<std::size_t>(problem.row_start.back()) != problem.col_index.size()) {
        result.error = "sparse problem: CSR arrays are inconsistent";
        return result;
    }
    const bool allow = problem.allow_unmatched;
    auto sink_cost = [&](std::int32_t row) -> std::int64_t {
        if (!allow) return kInf;
        return problem.unmatched_profit.empty() ? 0 : -problem.unmatched_profit[row];
    };
    const auto& start = problem.row_start;
    const auto& cols = problem.col_index;
    const auto& profit = problem.profit;

    std::vector<std::int64_t> v(m, 0);
    std::vector<std::int32_t> row_of_col(m, -1);
    std::vector<std::int32_t> col_of_row(n, kFreeRow);
    std::vector<std::int64_t> matched_cost(n, 0);
    std::vector<std::int32_t> free_rows;

    for (std::int32_t i = 0; i < n; ++i) {
        std::int64_t best = kInf;
        std::int32_t best_col = -1;
        for (std::int64_t e = start[i]; e < start[i + 1]; ++e) {
            const std::int64_t c = -profit[e];
            if (c < best || (c == best && cols[e] < best_col)) {
                best = c;
                best_col = cols[e];
            }
        }
        if (allow && sink_cost(i) <= best) {
            col_of_row[i] = kUnmatchedRow;
        } else if (best_col >= 0 && row_of_col[best_col] < 0) {
            col_of_row[i] = best_col;
            row_of_col[best_col] = i;
            matched_cost[i] = best;
        } else {
            free_rows.push_back(i);
        }
    }

    std::vector<std::int64_t> d(m, kInf);
    std::vector<std::int32_t> pred(m, -1);
    std::vector<std::uint8_t> scanned(m, 0);
    std::vector<std::int32_t> touched;
    std::vector<std::int32_t> finalised;
    std::vector<HeapEntry> heap_storage;
    std::priority_queue<HeapEntry, std::vector<HeapEntry>, std::greater<>> heap(std::greater<>{},
                                                                                std::move(heap_storage));

    for (const std::int32_t s : free_rows) {
        std::int64_t sink_val = sink_cost(s);
        std::int32_t sink_row = s;
        std::int32_t end_col = -1;
        std::int64_t delta = 0;

        auto relax = [&](std::int32_t row, std::int64_t base) {
            for (std::int64_t e = start[row]; e < start[row + 1]; ++e) {
                const std::int32_t j = cols[e];
                if (scanned[j]) continue;
                const std::int64_t nd = base - profit[e] - v[j];
                if (nd < d[j]) {
                    if (d[j] == kInf) touched.push_back(j);
                    d[j] = nd;
                    pred[j] = row;
                    heap.emplace(nd, j);
                }
            }
        };
        relax(s, 0);
        while (true) {
            // Skip stale heap entries.
            while (!heap.empty() && (scanned[heap.top().second] || heap.top().first != d[heap.top().second])) {
                heap.pop();
            }
            const std::int64_t mind = heap.empty() ? kInf : heap.top().first;
            if (sink_val <= mind && sink_val < kInf) {
                delta = sink_val;
                break;
            }
            if (mind >= kInf) {
                result.error = "no feasible assignment: row " + std::to_string(s) +
                               " cannot be matched and may not stay unmatched";
                return result;
            }
            const std::int32_t j = heap.top().second;
            heap.pop();
            scanned[j] = 1;
            finalised.push_back(j);
            const std::int32_t k = row_of_col[j];
            if (k < 0) {
                end_col = j;
                delta = mind;
                break;
            }
            const std::int64_t u_k = matched_cost[k] - v[j];
            if (allow) {
                const std::int64_t cand = mind - u_k + sink_cost(k);
                if (cand < sink_val) {
                    sink_val = cand;
                    sink_row = k;
                }
            }
            relax(k, mind - u_k);
        }

        for (const std::int32_t j : finalised) v[j] += d[j] - delta;
        for (const std::int32_t j : touched) {
            d[j] = kInf;
            scanned[j] = 0;
        }
        touched.clear();
        finalised.clear();
        while (!heap.empty()) heap.pop();

        std::int32_t j = end_col;
        if (end_col < 0) {
            if (sink_row == s) {
                col_of_row[s] = kUnmatchedRow;
                continue;
            }
            j = col_of_row[sink_row];
            col_of_row[sink_row] = kUnmatchedRow;
            row_of_col[j] = -1;
        }
        while (true) {
            const std::int32_t i = pred[j];
            row_of_col[j] = i;
            const std::int32_t prev = col_of_row[i];
            col_of_row[i] = j;
            std::int64_t c = kInf;
            for (std::int64_t e = start[i]; e < start[i + 1]; ++e) {
                if (cols[e] == j) c = std::min(c, -profit[e]);
            }
            matched_cost[i] = c;
            if (i == s) break;
            j = prev;
        }
    }

    result.row_to_col.assign(n, -1);
    for (std::int32_t i = 0; i < n; ++i) {
        if (col_of_row[i] >= 0) {
            result.row_to_col[i] = col_of_row[i];
            result.total -= matched_cost[i];
        } else if (!problem.unmatched_profit.empty()) {
            result.total += problem.unmatched_profit[i];
        }
    }
    return result;
}

}  // namespace upward::matching
