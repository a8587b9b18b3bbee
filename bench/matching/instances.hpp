#pragma once

// Benchmark instance generators (fixed seeds) and a minimal .npy writer so the
// Python peer reads exactly the same numbers.

#include <cstdint>
#include <string>
#include <vector>

#include "matching/assignment_problem.hpp"

namespace upward::matching::bench {

DenseProblem DenseUniform(std::int32_t n, std::uint64_t seed);
/// Sparse topic vectors with skewed popularity; profit = weighted overlap.
DenseProblem DenseCompatibility(std::int32_t n, std::uint64_t seed);
/// `rows` x `per_row` random candidates; with `plant_perfect` row i also gets
/// column i so a perfect matching exists, otherwise columns are scarce and rows
/// may stay unmatched at profit 0.
SparseProblem SparseCandidates(std::int32_t rows, std::int32_t cols, std::int32_t per_row, bool plant_perfect,
                               std::uint64_t seed);

void WriteNpyInt64(const std::string& path, const std::vector<std::int64_t>& data, std::int64_t rows,
                   std::int64_t cols);
void WriteNpyInt64(const std::string& path, const std::vector<std::int64_t>& data);
void WriteNpyInt32(const std::string& path, const std::vector<std::int32_t>& data);

}  // namespace upward::matching::bench
