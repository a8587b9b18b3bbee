#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "matching/hard_rules.hpp"
#include "matching/profile.hpp"
#include "matching/reporting_labels.hpp"
#include "matching/score.hpp"

namespace upward::matching {

/// Pairs (mentee position, mentor position) an admin forbade.
using PairSet = std::unordered_set<std::uint64_t>;
inline std::uint64_t PairKey(std::int32_t mentee, std::int32_t mentor) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(mentee)) << 32) | static_cast<std::uint32_t>(mentor);
}

struct CandidateOptions {
    /// Best-scoring candidates kept per mentee.
    std::int32_t per_mentee = 25;
    /// Mentors looked at per mentee topic, taken from the topic's list in level
    /// order, each mentee starting at its own rotation within a level so that
    /// equally good mentors are spread over mentees.
    std::int32_t per_topic_budget = 256;
    /// Extra mentors looked at (rotated scan) when the topic lists gave fewer
    /// than `per_mentee` candidates that pass the rules.
    std::int32_t fallback_budget = 2048;
};

/// Per-mentee candidate lists in CSR form, best score first (ties by mentor).
struct CandidateGraph {
    std::vector<std::int64_t> row_start;
    std::vector<std::int32_t> mentor;
    std::vector<ScoreParts> parts;
    /// Per mentee: candidates skipped only because an admin forbade them.
    std::vector<std::int32_t> forbidden_hits;
};

/// Builds candidate lists without scoring every pair: an inverted topic index
/// (topic -> mentors by level) proposes mentors, hard rules filter them, and a
/// per-mentee top-k keeps the best. Ineligible mentees get empty lists; mentors
/// with `capacity <= 0` or not eligible are never proposed.
CandidateGraph GenerateCandidates(const std::vector<Participant>& mentees, const std::vector<Participant>& mentors,
                                  const ProgrammeRules& rules, const ScoreWeights& weights,
                                  const ReportingLabels& labels, const CandidateOptions& options,
                                  const PairSet& forbidden = {});

}  // namespace upward::matching
