#pragma once

#include <cstdint>
#include <vector>

#include "matching/candidates.hpp"
#include "matching/profile.hpp"
#include "matching/reporting_labels.hpp"
#include "matching/score.hpp"

namespace upward::matching {

struct Recommendation {
    std::int32_t mentor = 0;
    ScoreParts parts;
};

/// Self-selected mode: the best `k` mentors for one mentee among all mentors
/// passing the hard rules (and not forbidden), best score first, ties by mentor
/// position. Each entry carries its explanation. Scans every mentor: it serves
/// one mentee at a time, so O(mentors) is cheap.
std::vector<Recommendation> RecommendMentors(const std::vector<Participant>& mentees, std::int32_t mentee,
                                             const std::vector<Participant>& mentors, const ReportingLabels& labels,
                                             const ProgrammeRules& rules, const ScoreWeights& weights, std::int32_t k,
                                             const PairSet& forbidden = {});

}  // namespace upward::matching
