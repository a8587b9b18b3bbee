#include "service/matching/match_outcome.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "matching/assigned_mode.hpp"
#include "matching/deferred_acceptance.hpp"
#include "matching/score.hpp"
#include "storage/matching/match_constraint_repository.hpp"

namespace upward::service {

namespace {

matching::PairSet ForbiddenPositions(const MatchPool& pool, const std::vector<storage::AdminPair>& forbids,
                                     std::vector<std::pair<std::int32_t, std::int32_t>>* as_list = nullptr) {
    matching::PairSet forbidden;
    for (const auto& forbid : forbids) {
        const auto mentee = pool.MenteePosition(forbid.mentee);
        const auto mentor = pool.MentorPosition(forbid.mentor);
        if (mentee < 0 || mentor < 0) continue;
        forbidden.insert(matching::PairKey(mentee, mentor));
        if (as_list != nullptr) as_list->emplace_back(mentee, mentor);
    }
    return forbidden;
}

void AddLeftOut(const MatchPool& pool, PoolOutcome& outcome) {
    outcome.unmatched.insert(outcome.unmatched.end(), pool.left_out.begin(), pool.left_out.end());
}

}  // namespace

domain::ScoreBreakdown Breakdown(const matching::ScoreParts& parts) {
    return {parts.topics, parts.availability, parts.timezone, parts.cross_department, parts.preference};
}

std::string RuleDetail(matching::Rule rule, const matching::Participant& mentee, const matching::Participant& mentor,
                       const matching::ProgrammeRules& rules) {
    switch (rule) {
        case matching::Rule::kGradeGap:
            return "the mentor's grade " + std::to_string(mentor.grade) + " is above the mentee's grade " +
                   std::to_string(mentee.grade) + " minus the programme's minimum gap of " +
                   std::to_string(rules.min_grade_gap);
        case matching::Rule::kMaxMentorGrade:
            return "the mentor's grade " + std::to_string(mentor.grade) +
                   " is above the programme's highest mentor grade " +
                   std::to_string(rules.max_mentor_grade.value_or(0));
        case matching::Rule::kReportingLine:
            return "one of them is in the other's reporting line";
        case matching::Rule::kSameDepartment:
            return "they work in the same department, which the programme excludes";
        case matching::Rule::kNoCommonLanguage:
            return "they have no language in common";
        case matching::Rule::kMentorNotEligible:
            return "the mentor is not eligible (screening or training incomplete)";
        case matching::Rule::kMenteeNotEligible:
            return "the mentee is not eligible (screening or training incomplete)";
        case matching::Rule::kCapacity:
            return "the mentor has no free place";
        case matching::Rule::kForbiddenByAdmin:
            return "an admin forbade this pair";
    }
    return "a hard rule is broken";
}

PoolOutcome SolveAssigned(const MatchPool& pool, const std::vector<storage::AdminPair>& pins,
                          const std::vector<storage::AdminPair>& forbids) {
    PoolOutcome outcome;
    matching::AssignOptions options;
    options.rules = pool.rules;
    options.weights = pool.weights;
    for (const auto& pin : pins) {
        const auto mentee = pool.MenteePosition(pin.mentee);
        const auto mentor = pool.MentorPosition(pin.mentor);
        if (mentee < 0 || mentor < 0) {
            outcome.rejected_pins.push_back({pin.mentee, pin.mentor, "not_in_pool",
                                             "the " + std::string(mentee < 0 ? "mentee" : "mentor") +
                                                 " is not in this run's pool (no profile, not in the directory, "
                                                 "already paired or fully booked)"});
            continue;
        }
        options.pins.emplace_back(mentee, mentor);
    }
    ForbiddenPositions(pool, forbids, &options.forbids);

    const auto solved = matching::AssignPool(pool.mentees, pool.mentors, pool.labels, options);
    if (!solved.ok()) throw Conflict("matching failed: " + solved.error);
    outcome.proposals.reserve(solved.pairs.size());
    for (const auto& pair : solved.pairs) {
        outcome.proposals.push_back({pool.mentee_ids[static_cast<std::size_t>(pair.mentee)],
                                     pool.mentor_ids[static_cast<std::size_t>(pair.mentor)], Breakdown(pair.parts),
                                     pair.pinned ? "pin" : "solver"});
    }
    for (const auto& rejected : solved.rejected_pins) {
        const auto& mentee = pool.mentees[static_cast<std::size_t>(rejected.mentee)];
        const auto& mentor = pool.mentors[static_cast<std::size_t>(rejected.mentor)];
        outcome.rejected_pins.push_back({pool.mentee_ids[static_cast<std::size_t>(rejected.mentee)],
                                         pool.mentor_ids[static_cast<std::size_t>(rejected.mentor)],
                                         std::string(matching::RuleName(rejected.rule)),
                                         RuleDetail(rejected.rule, mentee, mentor, pool.rules)});
    }
    outcome.unmatched.reserve(solved.unmatched_mentees.size() + solved.unmatched_mentors.size() + pool.left_out.size());
    for (const auto& entry : solved.unmatched_mentees) {
        outcome.unmatched.push_back({pool.mentee_ids[static_cast<std::size_t>(entry.participant)],
                                     domain::Side::kMentee, std::string(matching::UnmatchedReasonName(entry.reason)),
                                     entry.text});
    }
    for (const auto& entry : solved.unmatched_mentors) {
        outcome.unmatched.push_back({pool.mentor_ids[static_cast<std::size_t>(entry.participant)],
                                     domain::Side::kMentor, std::string(matching::UnmatchedReasonName(entry.reason)),
                                     entry.text});
    }
    AddLeftOut(pool, outcome);
    outcome.total_score = solved.total_score;
    return outcome;
}

PoolOutcome SolveRanked(const MatchPool& pool, const std::vector<storage::AdminPair>& forbids) {
    PoolOutcome outcome;
    const auto forbidden = ForbiddenPositions(pool, forbids);
    const auto acceptable = [&](std::int32_t mentee, std::int32_t mentor) {
        return !matching::CheckPair(pool.mentees[static_cast<std::size_t>(mentee)],
                                    pool.mentors[static_cast<std::size_t>(mentor)], pool.rules, pool.labels) &&
               !forbidden.count(matching::PairKey(mentee, mentor));
    };
    matching::RankedInput input;
    input.mentee_ranking = pool.mentee_ranking;
    input.mentor_ranking = pool.mentor_ranking;
    for (const auto& mentor : pool.mentors) input.mentor_capacity.push_back(mentor.capacity);
    const auto stable = matching::DeferredAcceptance(input, acceptable);
    if (!stable.ok()) throw Conflict("matching failed: " + stable.error);

    // A pair counts as possible when both listed each other and it is acceptable.
    const auto mutual = [&](std::int32_t mentee, std::int32_t mentor) {
        const auto& back = pool.mentor_ranking[static_cast<std::size_t>(mentor)];
        return std::find(back.begin(), back.end(), mentee) != back.end() && acceptable(mentee, mentor);
    };
    std::vector<int> load(pool.mentors.size(), 0);
    std::vector<std::uint8_t> wanted(pool.mentors.size(), 0);
    for (std::size_t i = 0; i < pool.mentees.size(); ++i) {
        const auto mentee = static_cast<std::int32_t>(i);
        bool possible = false;
        for (const auto mentor : pool.mentee_ranking[i]) {
            if (mutual(mentee, mentor)) {
                possible = true;
                wanted[static_cast<std::size_t>(mentor)] = 1;
            }
        }
        const auto mentor = stable.mentee_to_mentor[i];
        if (mentor >= 0) {
            ++load[static_cast<std::size_t>(mentor)];
            const auto parts = matching::ScorePair(
                pool.mentees[i], mentee, pool.mentors[static_cast<std::size_t>(mentor)], mentor, pool.weights);
            outcome.proposals.push_back(
                {pool.mentee_ids[i], pool.mentor_ids[static_cast<std::size_t>(mentor)], Breakdown(parts), "solver"});
            outcome.total_score += parts.Total();
        } else if (!pool.mentees[i].eligible) {
            outcome.unmatched.push_back({pool.mentee_ids[i], domain::Side::kMentee, "not_eligible",
                                         "mentee is not eligible (screening or training incomplete)"});
        } else if (!possible) {
            outcome.unmatched.push_back({pool.mentee_ids[i], domain::Side::kMentee, "no_eligible_candidate",
                                         "no mentor the mentee ranked also ranked them and passes the hard rules"});
        } else {
            outcome.unmatched.push_back({pool.mentee_ids[i], domain::Side::kMentee, "all_candidates_taken",
                                         "every mentor the mentee could have went to mentees they ranked higher"});
        }
    }
    for (std::size_t j = 0; j < pool.mentors.size(); ++j) {
        if (load[j] > 0) continue;
        if (!pool.mentors[j].eligible) {
            outcome.unmatched.push_back({pool.mentor_ids[j], domain::Side::kMentor, "not_eligible",
                                         "mentor is not eligible (screening or training incomplete)"});
        } else if (wanted[j]) {
            outcome.unmatched.push_back({pool.mentor_ids[j], domain::Side::kMentor, "not_selected",
                                         "every mentee who could take this mentor got one they ranked higher"});
        } else {
            outcome.unmatched.push_back({pool.mentor_ids[j], domain::Side::kMentor, "no_eligible_candidate",
                                         "no mentee the mentor ranked also ranked them and passes the hard rules"});
        }
    }
    AddLeftOut(pool, outcome);
    return outcome;
}

}  // namespace upward::service
