#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Exact maximum-profit assignment by ε-scaling forward auction (Gauss–Seidel
/// bidding) followed by a reverse pass that lowers the prices of columns left
/// empty. Profits are scaled by (rows + 1) so that ε = 1 in the last phase
/// proves optimality for integer profits. Each row's "unmatched" option is
/// private to it, so it never takes part in a price war. Strong on instances
/// with many equal profits. Returns an error when the profits are too large for
/// the scaled integer arithmetic (callers then use a JV solver).
AssignmentResult SolveDenseAuction(const DenseProblem& problem);

/// Sparse (CSR) variant; every column takes at most one row.
AssignmentResult SolveSparseAuction(const SparseProblem& problem);

}  // namespace upward::matching
