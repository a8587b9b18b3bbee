#include "matching/solve.hpp"

#include <algorithm>
#include <vector>

#include "matching/auction.hpp"
#include "matching/dense_jv.hpp"
#include "matching/sparse_jv.hpp"

namespace upward::matching {
namespace {

constexpr std::int32_t kSampleRows = 64;

double RatioOf(std::vector<std::int64_t>& values, std::size_t& repeated, std::size_t& total) {
    std::sort(values.begin(), values.end());
    const auto distinct = static_cast<std::size_t>(std::unique(values.begin(), values.end()) - values.begin());
    repeated += values.size() - distinct;
    total += values.size();
    return 0.0;
}

// Column replicas: a column of capacity c becomes c consecutive unit columns.
struct Expanded {
    SparseProblem problem;
    std::vector<std::int32_t> original_col;
};

Expanded ExpandCapacities(const SparseProblem& p) {
    Expanded out;
    std::vector<std::int32_t> first(static_cast<std::size_t>(p.cols) + 1, 0);
    for (std::int32_t j = 0; j < p.cols; ++j) first[j + 1] = first[j] + std::max(0, p.capacity[j]);
    out.original_col.resize(first[p.cols]);
    for (std::int32_t j = 0; j < p.cols; ++j) {
        for (std::int32_t r = first[j]; r < first[j + 1]; ++r) out.original_col[r] = j;
    }
    SparseProblem& q = out.problem;
    q.rows = p.rows;
    q.cols = first[p.cols];
    q.allow_unmatched = p.allow_unmatched;
    q.unmatched_profit = p.unmatched_profit;
    q.row_start.assign(static_cast<std::size_t>(p.rows) + 1, 0);
    for (std::int32_t i = 0; i < p.rows; ++i) {
        for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
            const std::int32_t j = p.col_index[e];
            for (std::int32_t r = first[j]; r < first[j + 1]; ++r) {
                q.col_index.push_back(r);
                q.profit.push_back(p.profit[e]);
            }
        }
        q.row_start[i + 1] = static_cast<std::int64_t>(q.col_index.size());
    }
    return out;
}

bool ValidSparse(const SparseProblem& p, std::string& error) {
    if (p.rows < 0 || p.cols < 0 || p.row_start.size() != static_cast<std::size_t>(p.rows) + 1 ||
        p.col_index.size() != p.profit.size() || p.row_start.front() != 0 ||
        static_cast<std::size_t>(p.row_start.back()) != p.col_index.size()) {
        error = "sparse problem: CSR arrays are inconsistent";
        return false;
    }
    for (std::int32_t i = 0; i < p.rows; ++i) {
        if (p.row_start[i] > p.row_start[i + 1]) {
            error = "sparse problem: row_start decreases at row " + std::to_string(i);
            return false;
        }
    }
    for (std::size_t e = 0; e < p.col_index.size(); ++e) {
        if (p.col_index[e] < 0 || p.col_index[e] >= p.cols) {
            error = "sparse problem: column index out of range at edge " + std::to_string(e);
            return false;
        }
        if (p.profit[e] > kMaxAbsProfit || p.profit[e] < -kMaxAbsProfit) {
            error = "sparse problem: profit out of range at edge " + std::to_string(e);
            return false;
        }
    }
    if (!p.capacity.empty() && p.capacity.size() != static_cast<std::size_t>(p.cols)) {
        error = "sparse problem: capacity size does not match cols";
        return false;
    }
    if (!p.unmatched_profit.empty() && p.unmatched_profit.size() != static_cast<std::size_t>(p.rows)) {
        error = "sparse problem: unmatched_profit size does not match rows";
        return false;
    }
    return true;
}

}  // namespace

double DenseTieRatio(const DenseProblem& problem) {
    if (problem.rows == 0 || problem.cols == 0) return 0.0;
    std::size_t repeated = 0;
    std::size_t total = 0;
    const std::int32_t step = std::max(1, problem.rows / kSampleRows);
    std::vector<std::int64_t> values;
    for (std::int32_t i = 0; i < problem.rows; i += step) {
        const std::int64_t* row = problem.profit.data() + static_cast<std::size_t>(i) * problem.cols;
        values.assign(row, row + problem.cols);
        RatioOf(values, repeated, total);
    }
    return total == 0 ? 0.0 : static_cast<double>(repeated) / static_cast<double>(total);
}

double SparseTieRatio(const SparseProblem& problem) {
    if (problem.rows == 0) return 0.0;
    std::size_t repeated = 0;
    std::size_t total = 0;
    // Sparse rows are short, so compare values across a block of sampled rows.
    const std::int32_t step = std::max(1, problem.rows / kSampleRows);
    std::vector<std::int64_t> values;
    for (std::int32_t i = 0; i < problem.rows; i += step) {
        values.insert(values.end(), problem.profit.begin() + problem.row_start[i],
                      problem.profit.begin() + problem.row_start[i + 1]);
    }
    RatioOf(values, repeated, total);
    return total == 0 ? 0.0 : static_cast<double>(repeated) / static_cast<double>(total);
}

SolverKind ChooseDenseSolver(const DenseProblem&) {
    // Measured on the benchmark (n = 2000 and 4000, uniform and
    // compatibility-shaped): the dense JV with 32-bit arithmetic, narrow cost
    // storage and LAPJV initialisation is 2-4x faster than the auction on both
    // shapes, including the heavily tied one the auction used to win, so dense
    // input always goes to JV. The auction stays available by request.
    return SolverKind::kJonkerVolgenant;
}

SolverKind ChooseSparseSolver(const SparseProblem&) {
    // Measured on 100,000 rows x 20 candidates: the auction took 1.2 s (perfect)
    // and 0.6 s (unmatched allowed) where the heap-based JV took 45-60 s, so
    // sparse instances always start with the auction (JV remains the fallback
    // for profit ranges the auction's scaled arithmetic cannot hold).
    return SolverKind::kAuction;
}

AssignmentResult SolveDense(const DenseProblem& problem, SolverKind kind) {
    AssignmentResult bad;
    if (problem.rows < 0 || problem.cols < 0 ||
        problem.profit.size() != static_cast<std::size_t>(problem.rows) * problem.cols) {
        bad.error = "dense problem: profit matrix size does not match rows x cols";
        return bad;
    }
    for (const std::int64_t a : problem.profit) {
        if (a != kForbidden && (a > kMaxAbsProfit || a < -kMaxAbsProfit)) {
            bad.error = "dense problem: profit out of range";
            return bad;
        }
    }
    if (kind == SolverKind::kAuto) kind = ChooseDenseSolver(problem);
    if (kind == SolverKind::kAuction) {
        AssignmentResult r = SolveDenseAuction(problem);
        if (r.ok() || r.error.rfind("auction:", 0) != 0) return r;
    }
    return SolveDenseJv(problem);
}

AssignmentResult SolveSparse(const SparseProblem& problem, SolverKind kind) {
    AssignmentResult bad;
    if (!ValidSparse(problem, bad.error)) return bad;
    const bool unit =
        std::all_of(problem.capacity.begin(), problem.capacity.end(), [](std::int32_t c) { return c == 1; });
    if (!unit) {
        Expanded ex = ExpandCapacities(problem);
        AssignmentResult r = SolveSparse(ex.problem, kind);
        for (auto& c : r.row_to_col) {
            if (c >= 0) c = ex.original_col[c];
        }
        return r;
    }
    if (kind == SolverKind::kAuto) kind = ChooseSparseSolver(problem);
    if (kind == SolverKind::kAuction) {
        AssignmentResult r = SolveSparseAuction(problem);
        if (r.ok() || r.error.rfind("auction:", 0) != 0) return r;
    }
    return SolveSparseJv(problem);
}

}  // namespace upward::matching
