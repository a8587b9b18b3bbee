#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

namespace upward::cli {

/// Options of `match solve`: solve a maximum-score assignment from a file.
struct MatchSolveOptions {
    /// Score matrix, CSV or NumPy .npy (float64/float32/int32/int64, C order,
    /// 2-D); rows are mentees, columns mentors. Exactly one of dense_path and
    /// edges_path must be set.
    std::string dense_path;
    /// CSV edges `mentee,mentor,score` (header optional, ids are strings).
    std::string edges_path;
    /// Optional CSV `mentor,capacity` (header optional) for edges input.
    std::string capacities_path;
    /// Scores are rounded to this many decimals and solved exactly as integers.
    std::int32_t decimals = 6;
    /// When false every mentee must be matched (error if impossible); when true
    /// a mentee may stay unmatched at score 0.
    bool allow_unmatched = true;
};

/// Runs the solve and prints JSON {"total", "assignment": [...], "unmatched": [...]}
/// to `out`. Bad input prints an error naming file/line/column to `err` and
/// returns non-zero.
int RunMatchSolve(const MatchSolveOptions& options, std::ostream& out, std::ostream& err);

}  // namespace upward::cli
