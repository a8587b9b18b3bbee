#pragma once

#include "matching/assignment_problem.hpp"

namespace upward::matching {

/// Exact maximum-profit assignment on a dense matrix with the Jonker–Volgenant
/// shortest augmenting path method. Rows may stay unmatched natively when
/// `problem.allow_unmatched` is set. Deterministic; ties go to lower indices.
AssignmentResult SolveDenseJv(const DenseProblem& problem);

}  // namespace upward::matching
