#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Arithmetic width of the dense solvers. kAuto uses 32-bit values whenever
/// the profit range allows and redoes the solve in 64 bits when a bound would
/// be exceeded; the fixed widths exist for tests and benchmarks (kInt32 returns
/// an error instead of widening).
enum class DenseWidth { kAuto, kInt32, kInt64 };

/// Exact maximum-profit assignment on a dense matrix with the Jonker–Volgenant
/// shortest augmenting path method (column reduction, reduction transfer and
/// augmenting row reduction on square perfect problems, then one Dijkstra
/// search per row still free). Rows may stay unmatched natively when
/// `problem.allow_unmatched` is set. Deterministic; ties go to lower indices.
AssignmentResult SolveDenseJv(const DenseProblem& problem, DenseWidth width = DenseWidth::kAuto);

}  // namespace upward::matching
