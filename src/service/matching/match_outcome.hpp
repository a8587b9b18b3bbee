#pragma once

#include <string>
#include <vector>

#include "domain/match_run.hpp"
#include "matching/hard_rules.hpp"
#include "matching/score.hpp"
#include "service/matching/match_pool.hpp"
#include "storage/matching/match_constraint_repository.hpp"

namespace upward::service {

/// A solved pool in employee ids, ready to store.
struct PoolOutcome {
    std::vector<domain::Proposal> proposals;
    std::vector<domain::UnmatchedParticipant> unmatched;
    std::vector<domain::RejectedPin> rejected_pins;
    long long total_score = 0;
};

/// Assigned mode: the maximum-score assignment over the pool with the admins' pins and forbids. Pins whose
/// people are not in the pool (left out, or paired already) are reported as rejected.
PoolOutcome SolveAssigned(const MatchPool& pool, const std::vector<storage::AdminPair>& pins,
                          const std::vector<storage::AdminPair>& forbids);

/// Ranked mode: mentee-proposing deferred acceptance over the stored rankings; a pair is acceptable only
/// when each ranked the other, it passes the hard rules and no admin forbade it.
PoolOutcome SolveRanked(const MatchPool& pool, const std::vector<storage::AdminPair>& forbids);

domain::ScoreBreakdown Breakdown(const matching::ScoreParts& parts);

/// Why a pair breaks `rule`, in words with the people's values, e.g. "the mentor's grade 5 is above the
/// mentee's grade 6 minus the programme's minimum gap of 2".
std::string RuleDetail(matching::Rule rule, const matching::Participant& mentee, const matching::Participant& mentor,
                       const matching::ProgrammeRules& rules);

}  // namespace upward::service
