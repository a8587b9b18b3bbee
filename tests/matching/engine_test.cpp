// Rules, labels, scores, candidates, assigned mode, ranked mode and
// recommendations, checked against brute force on random populations.

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "lemon_reference.hpp"
#include "matching/assigned_mode.hpp"
#include "matching/deferred_acceptance.hpp"
#include "matching/recommend.hpp"
#include "population.hpp"

namespace upward::matching {
namespace {

using testing::Population;
using testing::RandomPopulation;

bool NaiveAncestor(const std::vector<std::int32_t>& manager, std::int32_t a, std::int32_t b) {
    for (std::int32_t v = b; v >= 0; v = manager[v]) {
        if (v == a) return true;
    }
    return false;
}

TEST(ReportingLabels, MatchNaiveWalkOnRandomForests) {
    std::mt19937_64 rng(11);
    for (int t = 0; t < 200; ++t) {
        const std::int32_t n = std::uniform_int_distribution<std::int32_t>(1, 40)(rng);
        std::vector<std::int32_t> manager(n, -1);
        for (std::int32_t p = 0; p < n; ++p) {
            if (std::bernoulli_distribution(0.8)(rng) && p > 0)
                manager[p] = std::uniform_int_distribution<std::int32_t>(0, p - 1)(rng);
        }
        // Relabel so managers are not always lower indices.
        std::vector<std::int32_t> perm(n);
        for (std::int32_t p = 0; p < n; ++p) perm[p] = p;
        std::shuffle(perm.begin(), perm.end(), rng);
        std::vector<std::int32_t> shuffled(n, -1);
        for (std::int32_t p = 0; p < n; ++p) shuffled[perm[p]] = manager[p] < 0 ? -1 : perm[manager[p]];
        const auto built = BuildReportingLabels(shuffled);
        ASSERT_TRUE(built.ok()) << built.error;
        for (std::int32_t a = 0; a < n; ++a) {
            for (std::int32_t b = 0; b < n; ++b) {
                ASSERT_EQ(built.labels.IsAncestor(a, b), NaiveAncestor(shuffled, a, b)) << a << " " << b;
            }
        }
    }
}

TEST(ReportingLabels, DeepChainDoesNotRecurse) {
    const std::int32_t n = 300000;
    std::vector<std::int32_t> manager(n);
    for (std::int32_t p = 0; p < n; ++p) manager[p] = p - 1;
    const auto built = BuildReportingLabels(manager);
    ASSERT_TRUE(built.ok());
    EXPECT_TRUE(built.labels.IsAncestor(0, n - 1));
    EXPECT_FALSE(built.labels.IsAncestor(n - 1, 0));
}

TEST(ReportingLabels, ReportsCyclesAndBadManagers) {
    EXPECT_NE(BuildReportingLabels(std::vector<std::int32_t>{1, 2, 0}).error.find("cycle"), std::string::npos);
    EXPECT_NE(BuildReportingLabels(std::vector<std::int32_t>{-1, 2, 1, 0}).error.find("cycle"), std::string::npos);
    EXPECT_NE(BuildReportingLabels(std::vector<std::int32_t>{0}).error.find("cycle"), std::string::npos);
    EXPECT_FALSE(BuildReportingLabels(std::vector<std::int32_t>{5}).ok());
}

TEST(HardRules, NamesEachRule) {
    ReportingLabels labels = BuildReportingLabels(std::vector<std::int32_t>{-1, 0, -1}).labels;
    ProgrammeRules rules;
    Participant mentee{.person = 0, .grade = 10, .department = 1, .languages = 1};
    Participant mentor{.person = 2, .grade = 5, .department = 2, .languages = 1};
    EXPECT_EQ(CheckPair(mentee, mentor, rules, labels), std::nullopt);
    Participant boss = mentor;
    boss.person = 1;
    EXPECT_EQ(RuleName(*CheckPair(mentee, boss, rules, labels)), "reporting_line");
    Participant senior = mentor;
    senior.grade = 10;
    EXPECT_EQ(RuleName(*CheckPair(mentee, senior, rules, labels)), "grade_gap");
    Participant foreign = mentor;
    foreign.languages = 2;
    EXPECT_EQ(RuleName(*CheckPair(mentee, foreign, rules, labels)), "no_common_language");
    Participant same = mentor;
    same.department = 1;
    rules.forbid_same_department = true;
    EXPECT_EQ(RuleName(*CheckPair(mentee, same, rules, labels)), "same_department");
    rules.max_mentor_grade = 4;
    EXPECT_EQ(RuleName(*CheckPair(mentee, mentor, rules, labels)), "max_mentor_grade");
    Participant absent = mentor;
    absent.eligible = false;
    EXPECT_EQ(RuleName(*CheckPair(mentee, absent, ProgrammeRules{}, labels)), "mentor_not_eligible");
    EXPECT_EQ(RuleName(*CheckForcedPair(mentee, mentor, ProgrammeRules{}, labels, 1)), "capacity");
}

TEST(Score, PartsAddUpAndPerfectPairIsHundred) {
    Participant mentee{.person = 0, .grade = 10, .department = 1, .languages = 1};
    Participant mentor{.person = 1, .grade = 5, .department = 2, .languages = 1};
    for (int h = 0; h < 4; ++h) {
        mentee.availability.Set(h);
        mentor.availability.Set(h);
    }
    mentee.topics = {{1, 3}, {4, 1}};
    mentor.topics = {{1, 5}, {4, 5}, {7, 2}};
    mentee.preferred = {0};
    mentor.preferred = {0};
    const ScoreParts perfect = ScorePair(mentee, 0, mentor, 0, ScoreWeights{});
    EXPECT_EQ(perfect.Total(), kMaxScore);
    mentor.topics = {{1, 5}};
    mentor.utc_offset_minutes = 6 * 60;
    mentor.preferred.clear();
    const ScoreParts partial = ScorePair(mentee, 0, mentor, 0, ScoreWeights{});
    EXPECT_EQ(partial.topics, 50000 * 3 / 4);
    EXPECT_EQ(partial.timezone, 5000);
    EXPECT_EQ(partial.preference, 5000);
    EXPECT_EQ(partial.Total(),
              partial.topics + partial.availability + partial.timezone + partial.cross_department + partial.preference);
}

// Brute-force optimum of the assigned problem over all rule-passing pairs.
std::int64_t OptimalOverAllPairs(const Population& pop, const ReportingLabels& labels, const ScoreWeights& w) {
    SparseProblem p;
    p.rows = static_cast<std::int32_t>(pop.mentees.size());
    p.cols = static_cast<std::int32_t>(pop.mentors.size());
    p.row_start.push_back(0);
    for (std::int32_t i = 0; i < p.rows; ++i) {
        for (std::int32_t j = 0; j < p.cols; ++j) {
            if (pop.mentors[j].capacity <= 0 || CheckPair(pop.mentees[i], pop.mentors[j], ProgrammeRules{}, labels))
                continue;
            p.col_index.push_back(j);
            p.profit.push_back(ScorePair(pop.mentees[i], i, pop.mentors[j], j, w).Total() + 1);
        }
        p.row_start.push_back(static_cast<std::int64_t>(p.col_index.size()));
    }
    for (const auto& m : pop.mentors) p.capacity.push_back(std::max(0, m.capacity));
    return *testing::LemonOptimum(p);
}

TEST(AssignedMode, NeverBreaksRulesAndIsOptimalWhenCandidatesCoverAll) {
    std::mt19937_64 rng(2024);
    for (int t = 0; t < 150; ++t) {
        const bool deep = t % 3 == 0;
        const Population pop = RandomPopulation(rng, deep ? 400 : 120, 25, 30, deep);
        const auto built = BuildReportingLabels(pop.manager);
        ASSERT_TRUE(built.ok());
        AssignOptions options;
        options.candidates.per_mentee = 1000;  // every passing mentor: result must be the global optimum
        const AssignOutcome out = AssignPool(pop.mentees, pop.mentors, built.labels, options);
        ASSERT_TRUE(out.ok()) << out.error;
        std::vector<std::int32_t> load(pop.mentors.size(), 0);
        std::set<std::int32_t> seen;
        std::int64_t profit = 0;
        for (const ProposedPair& pair : out.pairs) {
            ASSERT_EQ(CheckPair(pop.mentees[pair.mentee], pop.mentors[pair.mentor], options.rules, built.labels),
                      std::nullopt);
            ASSERT_FALSE(built.labels.SameLine(pop.mentees[pair.mentee].person, pop.mentors[pair.mentor].person));
            ASSERT_TRUE(seen.insert(pair.mentee).second);
            ASSERT_LE(++load[pair.mentor], pop.mentors[pair.mentor].capacity);
            EXPECT_EQ(pair.parts.Total(), ScorePair(pop.mentees[pair.mentee], pair.mentee, pop.mentors[pair.mentor],
                                                    pair.mentor, options.weights)
                                              .Total());
            profit += pair.parts.Total() + 1;
        }
        EXPECT_EQ(seen.size() + out.unmatched_mentees.size(), pop.mentees.size());
        EXPECT_EQ(profit, OptimalOverAllPairs(pop, built.labels, options.weights)) << "trial " << t;
        for (const UnmatchedEntry& u : out.unmatched_mentees) {
            const Participant& e = pop.mentees[u.participant];
            bool any = false;
            for (const auto& m : pop.mentors) any |= m.capacity > 0 && !CheckPair(e, m, options.rules, built.labels);
            if (!e.eligible) {
                EXPECT_EQ(u.reason, UnmatchedReason::kNotEligible);
            } else if (!any) {
                EXPECT_EQ(u.reason, UnmatchedReason::kNoEligibleCandidate);
            } else {
                EXPECT_EQ(u.reason, UnmatchedReason::kAllCandidatesTaken);
            }
            EXPECT_FALSE(u.text.empty());
        }
        if (HasFailure()) return;
    }
}

TEST(AssignedMode, SmallCandidateListsStillRespectRulesAndAreDeterministic) {
    std::mt19937_64 rng(8);
    const Population pop = RandomPopulation(rng, 3000, 400, 600, false);
    const auto built = BuildReportingLabels(pop.manager);
    AssignOptions options;
    options.candidates.per_mentee = 5;
    options.candidates.per_topic_budget = 20;
    const AssignOutcome a = AssignPool(pop.mentees, pop.mentors, built.labels, options);
    const AssignOutcome b = AssignPool(pop.mentees, pop.mentors, built.labels, options);
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a.pairs.size(), b.pairs.size());
    for (std::size_t k = 0; k < a.pairs.size(); ++k) {
        EXPECT_EQ(a.pairs[k].mentor, b.pairs[k].mentor);
        EXPECT_EQ(
            CheckPair(pop.mentees[a.pairs[k].mentee], pop.mentors[a.pairs[k].mentor], options.rules, built.labels),
            std::nullopt);
    }
    EXPECT_GT(a.pairs.size(), 100U);
}

TEST(AssignedMode, PinsAndForbids) {
    std::mt19937_64 rng(4);
    Population pop = RandomPopulation(rng, 200, 20, 20, false);
    for (auto& m : pop.mentors) {
        m.capacity = 1;
        m.eligible = true;
        m.languages = 1;
        m.grade = 1;
    }
    for (auto& e : pop.mentees) {
        e.eligible = true;
        e.languages = 1;
        e.grade = 10;
    }
    // A flat organisation so no reporting line gets in the way.
    const auto labels = BuildReportingLabels(std::vector<std::int32_t>(200, -1)).labels;
    AssignOptions options;
    const AssignOutcome base = AssignPool(pop.mentees, pop.mentors, labels, options);
    ASSERT_TRUE(base.ok());
    ASSERT_EQ(base.pairs.size(), 20U);
    const std::int32_t mentor_of_0 = base.pairs[0].mentor;
    // Forbid mentee 0's pair and pin mentee 1 to mentee 0's old mentor.
    options.forbids = {{0, mentor_of_0}};
    options.pins = {{1, mentor_of_0}, {2, mentor_of_0}};
    const AssignOutcome again = AssignPool(pop.mentees, pop.mentors, labels, options);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again.rejected_pins.size(), 1U);
    EXPECT_EQ(again.rejected_pins[0].rule, Rule::kCapacity);
    for (const ProposedPair& p : again.pairs) {
        if (p.mentee == 0) EXPECT_NE(p.mentor, mentor_of_0);
        if (p.mentee == 1) {
            EXPECT_EQ(p.mentor, mentor_of_0);
            EXPECT_TRUE(p.pinned);
        }
    }
    // Pinning across a broken rule names the rule.
    pop.mentors[3].grade = 50;
    options.pins = {{5, 3}};
    options.forbids.clear();
    const AssignOutcome bad = AssignPool(pop.mentees, pop.mentors, labels, options);
    ASSERT_EQ(bad.rejected_pins.size(), 1U);
    EXPECT_EQ(RuleName(bad.rejected_pins[0].rule), "grade_gap");
    // Forbidding every mentor leaves the mentee unmatched with that reason.
    options.pins.clear();
    for (std::int32_t j = 0; j < 20; ++j) options.forbids.emplace_back(7, j);
    const AssignOutcome none = AssignPool(pop.mentees, pop.mentors, labels, options);
    bool found = false;
    for (const auto& u : none.unmatched_mentees) {
        if (u.participant == 7) {
            found = true;
            EXPECT_EQ(u.reason, UnmatchedReason::kForbiddenByAdmin);
        }
    }
    EXPECT_TRUE(found);
    options.pins = {{99, 0}};
    EXPECT_FALSE(AssignPool(pop.mentees, pop.mentors, labels, options).ok());
}

TEST(RankedMode, DeferredAcceptanceIsStable) {
    std::mt19937_64 rng(31);
    for (int t = 0; t < 400; ++t) {
        const std::int32_t n = std::uniform_int_distribution<std::int32_t>(0, 12)(rng);
        const std::int32_t m = std::uniform_int_distribution<std::int32_t>(0, 10)(rng);
        RankedInput in;
        in.mentee_ranking.resize(n);
        in.mentor_ranking.resize(m);
        in.mentor_capacity.resize(m);
        for (auto& c : in.mentor_capacity) c = std::uniform_int_distribution<int>(0, 3)(rng);
        auto random_list = [&](std::int32_t size) {
            std::vector<std::int32_t> v;
            for (std::int32_t x = 0; x < size; ++x) {
                if (std::bernoulli_distribution(0.7)(rng)) v.push_back(x);
            }
            std::shuffle(v.begin(), v.end(), rng);
            return v;
        };
        for (auto& l : in.mentee_ranking) l = random_list(m);
        for (auto& l : in.mentor_ranking) l = random_list(n);
        auto acceptable = [&](std::int32_t i, std::int32_t j) { return (i * 7 + j * 3) % 5 != 0; };
        const StableOutcome out = DeferredAcceptance(in, acceptable);
        ASSERT_TRUE(out.ok());
        auto pos = [](const std::vector<std::int32_t>& l, std::int32_t x) -> std::int32_t {
            auto it = std::find(l.begin(), l.end(), x);
            return it == l.end() ? -1 : static_cast<std::int32_t>(it - l.begin());
        };
        std::vector<std::vector<std::int32_t>> held(m);
        for (std::int32_t i = 0; i < n; ++i) {
            const std::int32_t j = out.mentee_to_mentor[i];
            if (j < 0) continue;
            ASSERT_GE(pos(in.mentee_ranking[i], j), 0);
            ASSERT_GE(pos(in.mentor_ranking[j], i), 0);
            ASSERT_TRUE(acceptable(i, j));
            held[j].push_back(i);
        }
        for (std::int32_t j = 0; j < m; ++j) ASSERT_LE(static_cast<int>(held[j].size()), in.mentor_capacity[j]);
        // No blocking pair: i prefers j to its match and j has room or prefers i.
        for (std::int32_t i = 0; i < n; ++i) {
            for (std::int32_t j = 0; j < m; ++j) {
                const std::int32_t ri = pos(in.mentee_ranking[i], j);
                const std::int32_t rj = pos(in.mentor_ranking[j], i);
                if (ri < 0 || rj < 0 || !acceptable(i, j) || out.mentee_to_mentor[i] == j) continue;
                const std::int32_t cur = out.mentee_to_mentor[i];
                const bool mentee_wants = cur < 0 || ri < pos(in.mentee_ranking[i], cur);
                if (!mentee_wants) continue;
                bool mentor_wants = static_cast<int>(held[j].size()) < in.mentor_capacity[j];
                for (const std::int32_t other : held[j]) mentor_wants |= rj < pos(in.mentor_ranking[j], other);
                ASSERT_FALSE(mentor_wants) << "blocking pair " << i << "," << j << " trial " << t;
            }
        }
    }
}

TEST(SelfSelected, RecommendationsAreTopKByScoreAndPassRules) {
    std::mt19937_64 rng(12);
    const Population pop = RandomPopulation(rng, 500, 30, 200, false);
    const auto labels = BuildReportingLabels(pop.manager).labels;
    for (std::int32_t i = 0; i < 30; ++i) {
        const auto recs = RecommendMentors(pop.mentees, i, pop.mentors, labels, ProgrammeRules{}, ScoreWeights{}, 10);
        std::vector<std::int32_t> all;
        for (std::int32_t j = 0; j < 200; ++j) {
            if (pop.mentors[j].capacity > 0 && !CheckPair(pop.mentees[i], pop.mentors[j], ProgrammeRules{}, labels)) {
                all.push_back(ScorePair(pop.mentees[i], i, pop.mentors[j], j, ScoreWeights{}).Total());
            }
        }
        std::sort(all.rbegin(), all.rend());
        ASSERT_EQ(recs.size(), std::min<std::size_t>(10, all.size()));
        for (std::size_t k = 0; k < recs.size(); ++k) {
            EXPECT_EQ(recs[k].parts.Total(), all[k]);
            EXPECT_EQ(CheckPair(pop.mentees[i], pop.mentors[recs[k].mentor], ProgrammeRules{}, labels), std::nullopt);
        }
    }
}

}  // namespace
}  // namespace upward::matching
