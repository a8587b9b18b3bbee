#include "matching/auction.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "matching/cardinality_matching.hpp"

namespace upward::matching {
namespace {

constexpr std::int64_t kNegInf = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int32_t kFreeRow = -2;
constexpr std::int32_t kUnmatchedRow = -1;
// Each phase divides ε by this factor; 4–10 is the usual sweet spot and 6
// measured best on compatibility-shaped matrices.
constexpr std::int64_t kEpsilonFactor = 6;
// Scaled profits and prices must stay well inside int64.
constexpr std::int64_t kScaledLimit = std::int64_t{1} << 60;

// Row access for the dense matrix, skipping forbidden cells.
struct DenseRows {
    const DenseProblem& p;
    template <typename F>
    void ForEach(std::int32_t row, F&& f) const {
        const std::int64_t* r = p.profit.data() + static_cast<std::size_t>(row) * p.cols;
        for (std::int32_t j = 0; j < p.cols; ++j) {
            if (r[j] != kForbidden) f(j, r[j]);
        }
    }
};

struct CsrRows {
    const SparseProblem& p;
    template <typename F>
    void ForEach(std::int32_t row, F&& f) const {
        for (std::int64_t e = p.row_start[row]; e < p.row_start[row + 1]; ++e) f(p.col_index[e], p.profit[e]);
    }
};

// Column access for the dense matrix (strided; only the reverse pass uses it).
struct DenseCols {
    const DenseProblem& p;
    template <typename F>
    void ForEach(std::int32_t col, F&& f) const {
        const std::int64_t* c = p.profit.data() + col;
        for (std::int32_t i = 0; i < p.rows; ++i) {
            const std::int64_t a = c[static_cast<std::size_t>(i) * p.cols];
            if (a != kForbidden) f(i, a);
        }
    }
};

// Column access for CSR input through a transposed copy.
struct CscCols {
    std::vector<std::int64_t> start;
    std::vector<std::int32_t> rows;
    std::vector<std::int64_t> profit;
    explicit CscCols(const SparseProblem& p) : start(static_cast<std::size_t>(p.cols) + 1, 0) {
        for (const std::int32_t j : p.col_index) ++start[j + 1];
        for (std::int32_t j = 0; j < p.cols; ++j) start[j + 1] += start[j];
        rows.resize(p.col_index.size());
        profit.resize(p.col_index.size());
        std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
        for (std::int32_t i = 0; i < p.rows; ++i) {
            for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
                const std::int64_t at = fill[p.col_index[e]]++;
                rows[at] = i;
                profit[at] = p.profit[e];
            }
        }
    }
    template <typename F>
    void ForEach(std::int32_t col, F&& f) const {
        for (std::int64_t e = start[col]; e < start[col + 1]; ++e) f(rows[e], profit[e]);
    }
};

template <typename Rows, typename Cols>
AssignmentResult RunAuction(const Rows& rows, const Cols& columns, std::int32_t n, std::int32_t m, bool allow,
                            const std::vector<std::int64_t>& unmatched_profit) {
    AssignmentResult result;
    auto unmatched = [&](std::int32_t i) -> std::int64_t { return unmatched_profit.empty() ? 0 : unmatched_profit[i]; };

    std::int64_t max_abs = 0;
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    std::int64_t edge_count = 0;
    for (std::int32_t i = 0; i < n; ++i) {
        rows.ForEach(i, [&](std::int32_t, std::int64_t a) {
            lo = std::min(lo, a);
            hi = std::max(hi, a);
            max_abs = std::max(max_abs, a < 0 ? -a : a);
            ++edge_count;
        });
        if (allow) {
            const std::int64_t u = unmatched(i);
            lo = std::min(lo, u);
            hi = std::max(hi, u);
            max_abs = std::max(max_abs, u < 0 ? -u : u);
        }
    }
    const std::int64_t scale = static_cast<std::int64_t>(n) + 1;
    if (max_abs > 0 && (max_abs > kScaledLimit / scale / 4)) {
        result.error = "auction: profits too large for scaled integer arithmetic";
        return result;
    }
    if (!allow) {
        // Without an unmatched option the auction only terminates on feasible
        // instances, so check that every row can be matched first.
        if (MaxCardinality(rows, n, m) < n) {
            result.error = "no feasible assignment: not every row can be matched";
            return result;
        }
    }

    std::vector<std::int64_t> price(m, 0);
    std::vector<std::int32_t> owner(m, -1);
    std::vector<std::int32_t> col_of_row(n, kFreeRow);
    std::vector<std::int64_t> matched_profit(n, 0);
    std::vector<std::int32_t> queue(static_cast<std::size_t>(n) + 1);

    const std::int64_t range = (edge_count == 0 || hi < lo) ? 0 : hi - lo;
    std::int64_t eps = std::max<std::int64_t>(1, range * scale / (2 * kEpsilonFactor));

    auto row_value = [&](std::int32_t i) -> std::int64_t {
        return col_of_row[i] >= 0 ? matched_profit[i] * scale - price[col_of_row[i]] : unmatched(i) * scale;
    };
    // Reverse pass: an empty column must end with price zero (its dual bound),
    // so each empty priced column offers itself to the row that gains most. It
    // runs after every phase with that phase's ε, so the prices it has to bring
    // down are never far above zero (one pass at the end alone can crawl).
    std::vector<std::int32_t> stack;
    auto reverse_pass = [&](std::int64_t eps) {
        for (std::int32_t j = m - 1; j >= 0; --j) {
            if (owner[j] < 0 && price[j] > 0) stack.push_back(j);
        }
        while (!stack.empty()) {
            const std::int32_t j = stack.back();
            stack.pop_back();
            if (owner[j] >= 0 || price[j] == 0) continue;
            std::int64_t beta = kNegInf;
            std::int64_t omega = kNegInf;
            std::int32_t best_row = -1;
            std::int64_t best_a = 0;
            columns.ForEach(j, [&](std::int32_t i, std::int64_t a) {
                const std::int64_t val = a * scale - row_value(i);
                if (val > beta) {
                    omega = beta;
                    beta = val;
                    best_row = i;
                    best_a = a;
                } else if (val > omega) {
                    omega = val;
                }
            });
            if (best_row < 0 || beta <= eps) {
                price[j] = 0;
                continue;
            }
            price[j] = std::max<std::int64_t>(0, omega - eps);
            const std::int32_t old = col_of_row[best_row];
            col_of_row[best_row] = j;
            owner[j] = best_row;
            matched_profit[best_row] = best_a;
            if (old >= 0) {
                owner[old] = -1;
                if (price[old] > 0) stack.push_back(old);
            }
        }
    };

    while (true) {
        std::fill(owner.begin(), owner.end(), -1);
        std::fill(col_of_row.begin(), col_of_row.end(), kFreeRow);
        std::size_t head = 0;
        std::size_t tail = 0;
        const std::size_t cap = queue.size();
        for (std::int32_t i = 0; i < n; ++i) queue[tail++] = i;
        std::size_t pending = static_cast<std::size_t>(n);
        while (pending > 0) {
            const std::int32_t i = queue[head];
            head = head + 1 == cap ? 0 : head + 1;
            --pending;
            std::int64_t best1 = kNegInf;
            std::int64_t best2 = kNegInf;
            std::int32_t j1 = -2;
            std::int64_t a1 = 0;
            if (allow) {
                best1 = unmatched(i) * scale;
                j1 = -1;
            }
            rows.ForEach(i, [&](std::int32_t j, std::int64_t a) {
                const std::int64_t val = a * scale - price[j];
                if (val > best1) {
                    best2 = best1;
                    best1 = val;
                    j1 = j;
                    a1 = a;
                } else if (val > best2) {
                    best2 = val;
                }
            });
            if (j1 == -1) {
                col_of_row[i] = kUnmatchedRow;
                continue;
            }
            if (j1 < 0) {
                result.error = "no feasible assignment: row " + std::to_string(i) + " has no candidate";
                return result;
            }
            price[j1] += (best2 == kNegInf ? eps : best1 - best2 + eps);
            const std::int32_t old = owner[j1];
            owner[j1] = i;
            col_of_row[i] = j1;
            matched_profit[i] = a1;
            if (old >= 0) {
                col_of_row[old] = kFreeRow;
                queue[tail] = old;
                tail = tail + 1 == cap ? 0 : tail + 1;
                ++pending;
            }
        }
        reverse_pass(eps);
        if (eps == 1) break;
        eps = std::max<std::int64_t>(1, eps / kEpsilonFactor);
    }

    result.row_to_col.assign(n, -1);
    for (std::int32_t i = 0; i < n; ++i) {
        if (col_of_row[i] >= 0) {
            result.row_to_col[i] = col_of_row[i];
            result.total += matched_profit[i];
        } else {
            result.total += unmatched(i);
        }
    }
    return result;
}

}  // namespace

AssignmentResult SolveDenseAuction(const DenseProblem& problem) {
    if (problem.profit.size() != static_cast<std::size_t>(problem.rows) * problem.cols) {
        AssignmentResult r;
        r.error = "dense problem: profit matrix size does not match rows x cols";
        return r;
    }
    return RunAuction(DenseRows{problem}, DenseCols{problem}, problem.rows, problem.cols, problem.allow_unmatched,
                      problem.unmatched_profit);
}

AssignmentResult SolveSparseAuction(const SparseProblem& problem) {
    if (problem.row_start.size() != static_cast<std::size_t>(problem.rows) + 1 ||
        problem.col_index.size() != problem.profit.size()) {
        AssignmentResult r;
        r.error = "sparse problem: CSR arrays are inconsistent";
        return r;
    }
    return RunAuction(CsrRows{problem}, CscCols{problem}, problem.rows, problem.cols, problem.allow_unmatched,
                      problem.unmatched_profit);
}

}  // namespace upward::matching
