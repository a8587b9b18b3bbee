#include "matching/recommend.hpp"

#include <algorithm>

#include "matching/hard_rules.hpp"

namespace upward::matching {

std::vector<Recommendation> RecommendMentors(const std::vector<Participant>& mentees, std::int32_t mentee,
                                             const std::vector<Participant>& mentors, const ReportingLabels& labels,
                                             const ProgrammeRules& rules, const ScoreWeights& weights, std::int32_t k,
                                             const PairSet& forbidden) {
    std::vector<Recommendation> out;
    if (mentee < 0 || mentee >= static_cast<std::int32_t>(mentees.size()) || k <= 0) return out;
    const Participant& me = mentees[mentee];
    for (std::int32_t j = 0; j < static_cast<std::int32_t>(mentors.size()); ++j) {
        if (mentors[j].capacity <= 0 || CheckPair(me, mentors[j], rules, labels)) continue;
        if (!forbidden.empty() && forbidden.count(PairKey(mentee, j))) continue;
        out.push_back({j, ScorePair(me, mentee, mentors[j], j, weights)});
    }
    auto better = [](const Recommendation& a, const Recommendation& b) {
        const std::int32_t ta = a.parts.Total();
        const std::int32_t tb = b.parts.Total();
        return ta != tb ? ta > tb : a.mentor < b.mentor;
    };
    const auto keep = std::min<std::size_t>(out.size(), static_cast<std::size_t>(k));
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), better);
    out.resize(keep);
    return out;
}

}  // namespace upward::matching
