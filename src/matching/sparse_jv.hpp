#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Exact maximum-profit assignment on a CSR candidate graph with a
/// Jonker–Volgenant style shortest augmenting path (Dijkstra on reduced costs,
/// binary heap, only touched columns are reset). Every column takes at most one
/// row: expand capacities first (see capacity_expansion.hpp).
AssignmentResult SolveSparseJv(const SparseProblem& problem);

}  // namespace upward::matching
