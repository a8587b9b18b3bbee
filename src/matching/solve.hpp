#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Share of repeated profit values among the edges of a sample of rows
/// (0 = all distinct, close to 1 = almost all equal). Cheap: at most 64 rows.
double DenseTieRatio(const DenseProblem& problem);
double SparseTieRatio(const SparseProblem& problem);

/// Tie ratio above which the auction used to be picked for dense input. Kept
/// for callers that log the statistic; ChooseDenseSolver no longer uses it.
inline constexpr double kAuctionTieRatio = 0.5;

/// Exact dense solve; kAuto uses JV (see ChooseDenseSolver). If the auction is
/// requested but cannot run (profit range) JV is used instead.
AssignmentResult SolveDense(const DenseProblem& problem, SolverKind kind = SolverKind::kAuto);

/// Exact sparse solve with optional column capacities (expanded to column
/// replicas internally; `row_to_col` reports the original column ids).
AssignmentResult SolveSparse(const SparseProblem& problem, SolverKind kind = SolverKind::kAuto);

/// Which solver kAuto would pick, for logging and benchmarks. Dense input goes
/// to JV and sparse input to the auction (each measured fastest there).
SolverKind ChooseDenseSolver(const DenseProblem& problem);
SolverKind ChooseSparseSolver(const SparseProblem& problem);

}  // namespace upward::matching
