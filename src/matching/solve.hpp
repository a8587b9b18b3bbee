#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Share of repeated profit values among the edges of a sample of rows
/// (0 = all distinct, close to 1 = almost all equal). Cheap: at most 64 rows.
double DenseTieRatio(const DenseProblem& problem);
double SparseTieRatio(const SparseProblem& problem);

/// Rows whose tie ratio is above this go to the auction, others to JV.
/// Measured: JV is fastest on near-distinct profits, the auction on
/// compatibility-shaped matrices where most cells share a handful of values.
inline constexpr double kAuctionTieRatio = 0.5;

/// Exact dense solve; kAuto picks JV or auction by DenseTieRatio.
/// If the auction cannot run (profit range) JV is used instead.
AssignmentResult SolveDense(const DenseProblem& problem, SolverKind kind = SolverKind::kAuto);

/// Exact sparse solve with optional column capacities (expanded to column
/// replicas internally; `row_to_col` reports the original column ids).
AssignmentResult SolveSparse(const SparseProblem& problem, SolverKind kind = SolverKind::kAuto);

/// Which solver kAuto would pick, for logging and benchmarks. Sparse input
/// always starts with the auction (measured far faster than sparse JV).
SolverKind ChooseDenseSolver(const DenseProblem& problem);
SolverKind ChooseSparseSolver(const SparseProblem& problem);

}  // namespace upward::matching
