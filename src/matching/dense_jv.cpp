#include "matching/dense_jv.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace upward::matching {
namespace {

// Internally the solver minimises cost = -profit. Column potentials start at
// zero and only ever decrease for columns that are matched, so a free column
// always has potential zero: that is exactly the dual condition of a column
// that may stay empty, which makes rectangular shapes need no padding.
//
// "Unmatched" is a private sink per row with cost -unmatched_profit. A row that
// settles on its sink can never be reached again by an alternating path (its
// only column is private), so its sink potential stays zero and we never need
// to store it: the sink is handled as a candidate end of the shortest path.
constexpr std::int64_t kInf = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int32_t kFreeRow = -2;
constexpr std::int32_t kUnmatchedRow = -1;

}  // namespace

AssignmentResult SolveDenseJv(const DenseProblem& problem) {
  AssignmentResult result;
  const std::int32_t n = problem.rows;
  const std::int32_t m = problem.cols;
  if (n < 0 || m < 0 || problem.profit.size() != static_cast<std::size_t>(n) * m) {
    result.error = "dense problem: profit matrix size does not match rows x cols";
    return result;
  }
  const bool allow = problem.allow_unmatched;
  auto sink_cost = [&](std::int32_t row) -> std::int64_t {
    if (!allow) return kInf;
    return problem.unmatched_profit.empty() ? 0 : -problem.unmatched_profit[row];
  };
  const std::int64_t* profit = problem.profit.data();
  auto cost_row = [&](std::int32_t row) { return profit + static_cast<std::size_t>(row) * m; };

  std::vector<std::int64_t> v(m, 0);
  std::vector<std::int32_t> row_of_col(m, -1);
  std::vector<std::int32_t> col_of_row(n, kFreeRow);
  std::vector<std::int64_t> matched_cost(n, 0);
  std::vector<std::int32_t> free_rows;

  // Warm start: every row takes its cheapest option at zero column potentials
  // when that column is still free. This keeps all reduced costs non-negative.
  for (std::int32_t i = 0; i < n; ++i) {
    const std::int64_t* row = cost_row(i);
    std::int64_t best = kInf;
    std::int32_t best_col = -1;
    for (std::int32_t j = 0; j < m; ++j) {
      if (row[j] == kForbidden) continue;
      const std::int64_t c = -row[j];
      if (c < best) {
        best = c;
        best_col = j;
      }
    }
    const std::int64_t sink = sink_cost(i);
    if (allow && sink <= best) {
      col_of_row[i] = kUnmatchedRow;
    } else if (best_col >= 0 && row_of_col[best_col] < 0) {
      col_of_row[i] = best_col;
      row_of_col[best_col] = i;
      matched_cost[i] = best;
    } else {
      free_rows.push_back(i);
    }
  }

  std::vector<std::int64_t> d(m);
  std::vector<std::int32_t> pred(m);
  std::vector<std::int32_t> collist(m);

  for (const std::int32_t s : free_rows) {
    const std::int64_t* srow = cost_row(s);
    for (std::int32_t j = 0; j < m; ++j) {
      collist[j] = j;
      pred[j] = s;
      d[j] = srow[j] == kForbidden ? kInf : -srow[j] - v[j];
    }
    std::int64_t sink_val = sink_cost(s);
    std::int32_t sink_row = s;
    std::int32_t low = 0;
    std::int32_t up = 0;
    std::int32_t end_col = -1;
    bool end_at_sink = false;
    std::int64_t delta = 0;
    std::int64_t mind = 0;

    while (true) {
      if (low == up) {
        // Collect the next distance level among the unscanned columns.
        mind = kInf;
        for (std::int32_t k = up; k < m; ++k) {
          const std::int32_t j = collist[k];
          const std::int64_t h = d[j];
          if (h <= mind) {
            if (h < mind) {
              up = low;
              mind = h;
            }
            collist[k] = collist[up];
            collist[up++] = j;
          }
        }
        if (sink_val < kInf && sink_val <= mind) {
          end_at_sink = true;
          delta = sink_val;
          break;
        }
        if (mind >= kInf) {
          result.error = "no feasible assignment: row " + std::to_string(s) +
                         " cannot be matched and may not stay unmatched";
          return result;
        }
        for (std::int32_t k = low; k < up; ++k) {
          if (row_of_col[collist[k]] < 0) {
            end_col = collist[k];
            break;
          }
        }
        if (end_col >= 0) {
          delta = mind;
          break;
        }
      }
      const std::int32_t j1 = collist[low++];
      const std::int32_t k = row_of_col[j1];
      const std::int64_t u_k = matched_cost[k] - v[j1];
      const std::int64_t base = mind - u_k;
      if (allow) {
        const std::int64_t cand = base + sink_cost(k);
        if (cand < sink_val) {
          sink_val = cand;
          sink_row = k;
          if (cand == mind) {
            end_at_sink = true;
            delta = sink_val;
            break;
          }
        }
      }
      const std::int64_t* krow = cost_row(k);
      for (std::int32_t kk = up; kk < m; ++kk) {
        const std::int32_t j = collist[kk];
        const std::int64_t p = krow[j];
        if (p == kForbidden) continue;
        const std::int64_t nd = base - p - v[j];
        if (nd < d[j]) {
          d[j] = nd;
          pred[j] = k;
          if (nd == mind) {
            if (row_of_col[j] < 0) {
              end_col = j;
              break;
            }
            collist[kk] = collist[up];
            collist[up++] = j;
          }
        }
      }
      if (end_col >= 0) {
        delta = mind;
        break;
      }
    }

    // Columns finalised in this search get their potentials lowered so that
    // the reduced costs along the new matching are zero.
    for (std::int32_t k = 0; k < low; ++k) {
      const std::int32_t j = collist[k];
      v[j] += d[j] - delta;
    }

    std::int32_t j = end_col;
    if (end_at_sink) {
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
      matched_cost[i] = -cost_row(i)[j];
      if (i == s) break;
      j = prev;
    }
  }

  result.row_to_col.assign(n, -1);
  for (std::int32_t i = 0; i < n; ++i) {
    if (col_of_row[i] >= 0) {
      result.row_to_col[i] = col_of_row[i];
      result.total += cost_row(i)[col_of_row[i]];
    } else if (!problem.unmatched_profit.empty()) {
      result.total += problem.unmatched_profit[i];
    }
  }
  return result;
}

}  // namespace upward::matching
