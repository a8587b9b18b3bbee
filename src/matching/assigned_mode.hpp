#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "matching/assignment_problem.hpp"
#include "matching/candidates.hpp"
#include "matching/hard_rules.hpp"
#include "matching/profile.hpp"
#include "matching/reporting_labels.hpp"
#include "matching/score.hpp"

namespace upward::matching {

/// Why a participant ended without a pair.
enum class UnmatchedReason {
    kNotEligible,          // screening/training left them out
    kNoEligibleCandidate,  // nobody on the other side passes the hard rules
    kForbiddenByAdmin,     // every rule-passing candidate was forbidden by an admin
    kAllCandidatesTaken,   // candidates exist but their capacity went to better pairs
    kNotSelected,          // mentor: capacity left but no mentee was better off with them
};

/// Stable snake_case name, e.g. "no_eligible_candidate".
std::string_view UnmatchedReasonName(UnmatchedReason reason);

struct ProposedPair {
    std::int32_t mentee = 0;
    std::int32_t mentor = 0;
    ScoreParts parts;
    bool pinned = false;
};

struct UnmatchedEntry {
    std::int32_t participant = 0;
    UnmatchedReason reason = UnmatchedReason::kNotEligible;
    std::string text;
};

/// An admin pin that could not be honoured and the rule it breaks.
struct RejectedPin {
    std::int32_t mentee = 0;
    std::int32_t mentor = 0;
    Rule rule = Rule::kGradeGap;
    std::string text;
};

struct AssignOptions {
    ProgrammeRules rules;
    ScoreWeights weights;
    CandidateOptions candidates;
    /// Pairs forced in (after the hard rules are checked), as (mentee, mentor).
    std::vector<std::pair<std::int32_t, std::int32_t>> pins;
    /// Pairs never proposed, as (mentee, mentor).
    std::vector<std::pair<std::int32_t, std::int32_t>> forbids;
    SolverKind solver = SolverKind::kAuto;
};

struct AssignOutcome {
    /// Non-empty only for invalid input (e.g. a pin naming an unknown person).
    std::string error;
    /// Sorted by mentee.
    std::vector<ProposedPair> pairs;
    std::vector<UnmatchedEntry> unmatched_mentees;
    std::vector<UnmatchedEntry> unmatched_mentors;
    std::vector<RejectedPin> rejected_pins;
    /// Sum of pair scores in milli-points.
    std::int64_t total_score = 0;
    bool ok() const { return error.empty(); }
};

/// Why `mentee`+`mentor` may not be forced together, or nullopt when a pin is
/// allowed. `mentor_load` is how many mentees the mentor already has.
std::optional<Rule> CheckForcedPair(const Participant& mentee, const Participant& mentor, const ProgrammeRules& rules,
                                    const ReportingLabels& labels, std::int32_t mentor_load);

/// Assigned mode: maximum total score over the whole pool, many-to-one with
/// mentor capacities, honouring pins and forbids. Deterministic.
AssignOutcome AssignPool(const std::vector<Participant>& mentees, const std::vector<Participant>& mentors,
                         const ReportingLabels& labels, const AssignOptions& options);

}  // namespace upward::matching
