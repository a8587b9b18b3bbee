#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace upward::matching {

/// Marks a missing edge in a dense profit matrix.
inline constexpr std::int64_t kForbidden = std::numeric_limits<std::int64_t>::min();

/// Dense maximisation problem: `rows` x `cols` integer profits, row-major.
/// Rectangular shapes are allowed in both directions.
struct DenseProblem {
    std::int32_t rows = 0;
    std::int32_t cols = 0;
    /// rows * cols entries; kForbidden means "this pair may not be assigned".
    std::vector<std::int64_t> profit;
    /// When true every row may stay unmatched and then earns `unmatched_profit[row]`
    /// (all zero when the vector is empty). When false every row must be matched.
    bool allow_unmatched = true;
    std::vector<std::int64_t> unmatched_profit;
};

/// Sparse maximisation problem in CSR form: the edges of row r are
/// `col_index[row_start[r] .. row_start[r + 1])` with matching `profit` entries.
struct SparseProblem {
    std::int32_t rows = 0;
    std::int32_t cols = 0;
    std::vector<std::int64_t> row_start;  // rows + 1 entries
    std::vector<std::int32_t> col_index;
    std::vector<std::int64_t> profit;
    bool allow_unmatched = true;
    std::vector<std::int64_t> unmatched_profit;
    /// Optional per-column capacity (empty = every column takes one row).
    std::vector<std::int32_t> capacity;
};

/// Outcome of an assignment solver. `error` is empty on success.
struct AssignmentResult {
    std::string error;
    /// Column chosen for each row, or -1 when the row stays unmatched.
    std::vector<std::int32_t> row_to_col;
    /// Sum of the profits of the chosen edges plus the unmatched profits.
    std::int64_t total = 0;
    bool ok() const { return error.empty(); }
};

/// Which algorithm produced (or should produce) a result.
enum class SolverKind { kAuto, kJonkerVolgenant, kAuction };

/// Largest absolute profit of an instance; bounds the integer arithmetic the
/// solvers do, which must stay far below 2^63 after their internal scaling.
inline constexpr std::int64_t kMaxAbsProfit = std::int64_t{1} << 40;

}  // namespace upward::matching
