#include "matching/assigned_mode.hpp"

#include <algorithm>

#include "matching/solve.hpp"

namespace upward::matching {

std::string_view UnmatchedReasonName(UnmatchedReason reason) {
    switch (reason) {
        case UnmatchedReason::kNotEligible:
            return "not_eligible";
        case UnmatchedReason::kNoEligibleCandidate:
            return "no_eligible_candidate";
        case UnmatchedReason::kForbiddenByAdmin:
            return "forbidden_by_admin";
        case UnmatchedReason::kAllCandidatesTaken:
            return "all_candidates_taken";
        case UnmatchedReason::kNotSelected:
            return "not_selected";
    }
    return "unknown";
}

std::optional<Rule> CheckForcedPair(const Participant& mentee, const Participant& mentor, const ProgrammeRules& rules,
                                    const ReportingLabels& labels, std::int32_t mentor_load) {
    if (auto broken = CheckPair(mentee, mentor, rules, labels)) return broken;
    if (mentor_load >= mentor.capacity) return Rule::kCapacity;
    return std::nullopt;
}

AssignOutcome AssignPool(const std::vector<Participant>& mentees, const std::vector<Participant>& mentors,
                         const ReportingLabels& labels, const AssignOptions& options) {
    AssignOutcome out;
    const auto n = static_cast<std::int32_t>(mentees.size());
    const auto m = static_cast<std::int32_t>(mentors.size());
    auto in_range = [](std::int32_t x, std::int32_t size) { return x >= 0 && x < size; };
    for (const auto& [a, b] : options.pins) {
        if (!in_range(a, n) || !in_range(b, m)) {
            out.error = "pin (" + std::to_string(a) + ", " + std::to_string(b) + ") names an unknown participant";
            return out;
        }
    }
    PairSet forbidden;
    for (const auto& [a, b] : options.forbids) {
        if (!in_range(a, n) || !in_range(b, m)) {
            out.error = "forbid (" + std::to_string(a) + ", " + std::to_string(b) + ") names an unknown participant";
            return out;
        }
        forbidden.insert(PairKey(a, b));
    }

    // Pins first, in the order given; each uses one unit of mentor capacity.
    std::vector<std::int32_t> load(m, 0);
    std::vector<std::int32_t> pinned_to(n, -1);
    for (const auto& [a, b] : options.pins) {
        std::optional<Rule> broken;
        if (pinned_to[a] >= 0) {
            broken = Rule::kCapacity;  // a mentee has one mentor
        } else if (forbidden.count(PairKey(a, b))) {
            broken = Rule::kForbiddenByAdmin;
        } else {
            broken = CheckForcedPair(mentees[a], mentors[b], options.rules, labels, load[b]);
        }
        if (broken) {
            out.rejected_pins.push_back({a, b, *broken, "pin rejected: breaks rule " + std::string(RuleName(*broken))});
            continue;
        }
        pinned_to[a] = b;
        ++load[b];
        out.pairs.push_back({a, b, ScorePair(mentees[a], a, mentors[b], b, options.weights), true});
    }

    // The solver sees pinned mentees as absent and mentors with what is left.
    std::vector<Participant> free_mentors = mentors;
    for (std::int32_t j = 0; j < m; ++j) free_mentors[j].capacity = std::max(0, mentors[j].capacity - load[j]);
    std::vector<Participant> free_mentees = mentees;
    for (std::int32_t i = 0; i < n; ++i) {
        if (pinned_to[i] >= 0) free_mentees[i].eligible = false;
    }
    const CandidateGraph graph = GenerateCandidates(free_mentees, free_mentors, options.rules, options.weights, labels,
                                                    options.candidates, forbidden);

    SparseProblem problem;
    problem.rows = n;
    problem.cols = m;
    problem.row_start = graph.row_start;
    problem.col_index = graph.mentor;
    problem.profit.reserve(graph.parts.size());
    // +1 so that any allowed pair beats staying unmatched, even at score 0.
    for (const ScoreParts& p : graph.parts) problem.profit.push_back(std::int64_t{p.Total()} + 1);
    problem.capacity.resize(m);
    for (std::int32_t j = 0; j < m; ++j) problem.capacity[j] = free_mentors[j].capacity;
    problem.allow_unmatched = true;
    const AssignmentResult solved = SolveSparse(problem, options.solver);
    if (!solved.ok()) {
        out.error = solved.error;
        return out;
    }
    std::vector<std::uint8_t> mentor_candidate(m, 0);
    for (const std::int32_t j : graph.mentor) mentor_candidate[j] = 1;
    for (std::int32_t i = 0; i < n; ++i) {
        if (pinned_to[i] >= 0) continue;
        const std::int32_t j = solved.row_to_col[i];
        if (j >= 0) {
            ++load[j];
            for (std::int64_t e = graph.row_start[i]; e < graph.row_start[i + 1]; ++e) {
                if (graph.mentor[e] == j) {
                    out.pairs.push_back({i, j, graph.parts[e], false});
                    break;
                }
            }
            continue;
        }
        UnmatchedEntry entry{i, UnmatchedReason::kNotEligible, ""};
        if (!mentees[i].eligible) {
            entry.text = "mentee is not eligible (screening or training incomplete)";
        } else if (graph.row_start[i] < graph.row_start[i + 1]) {
            entry.reason = UnmatchedReason::kAllCandidatesTaken;
            entry.text = "all " + std::to_string(graph.row_start[i + 1] - graph.row_start[i]) +
                         " candidate mentors were given to better-scoring pairs";
        } else if (graph.forbidden_hits[i] > 0) {
            entry.reason = UnmatchedReason::kForbiddenByAdmin;
            entry.text = "every mentor passing the hard rules was forbidden by an admin";
        } else {
            entry.reason = UnmatchedReason::kNoEligibleCandidate;
            entry.text = "no mentor with free capacity passes the hard rules";
        }
        out.unmatched_mentees.push_back(std::move(entry));
    }
    for (std::int32_t j = 0; j < m; ++j) {
        if (load[j] > 0) continue;
        UnmatchedEntry entry{j, UnmatchedReason::kNotEligible, ""};
        if (!mentors[j].eligible) {
            entry.text = "mentor is not eligible (screening or training incomplete)";
        } else if (mentors[j].capacity <= 0) {
            entry.reason = UnmatchedReason::kNotSelected;
            entry.text = "mentor has no capacity";
        } else if (mentor_candidate[j]) {
            entry.reason = UnmatchedReason::kNotSelected;
            entry.text = "every mentee who could take this mentor scored higher with another";
        } else {
            entry.reason = UnmatchedReason::kNoEligibleCandidate;
            entry.text = "no mentee passing the hard rules had this mentor among their best candidates";
        }
        out.unmatched_mentors.push_back(std::move(entry));
    }
    std::sort(out.pairs.begin(), out.pairs.end(),
              [](const ProposedPair& a, const ProposedPair& b) { return a.mentee < b.mentee; });
    for (const ProposedPair& p : out.pairs) out.total_score += p.parts.Total();
    return out;
}

}  // namespace upward::matching
