// Pairs at risk, each reason with an injected clock: no session held for the programme's weeks, repeated
// cancellations, stalled goals, a declining pulse trend; and who sees what (admins the pairs, sponsors a count).
#include "service/reporting/pairs_at_risk.hpp"

#include "core/errors.hpp"
#include "service/reporting/at_risk_service.hpp"
#include "session_log_fixture.hpp"

namespace upward::service {
namespace {

using testing::AllBackends;
using testing::BackendName;

class PairsAtRiskTest : public SessionLogFixture {
protected:
    // The fixture's pair started 10 weeks ago. Healthy unless a test breaks something: a session held a
    // week ago and fresh goal progress on both sides.
    void SetUp() override {
        SessionLogFixture::SetUp();
        Occurrence(pair_, series_, kNow - 3 * kWeek);
        Occurrence(pair_, series_, kNow - kWeek);
        Goal(pair_, "mentee", 30, kNow - kWeek);
        Goal(pair_, "mentor", 40, kNow - kWeek);
    }

    std::vector<PairAtRisk> AtRisk() {
        auto session = database_.Get().Acquire();
        return FindPairsAtRisk(*session, programme_, clock_.NowSeconds());
    }

    std::vector<std::string> CodesOf(long long pair_id) {
        std::vector<std::string> codes;
        for (const auto& pair : AtRisk()) {
            if (pair.pair_id != pair_id) continue;
            for (const auto& reason : pair.reasons) {
                EXPECT_FALSE(reason.text.empty()) << reason.code;
                codes.push_back(reason.code);
            }
        }
        return codes;
    }
    using Codes = std::vector<std::string>;
};

TEST_P(PairsAtRiskTest, AHealthyPairIsNotListed) { EXPECT_TRUE(AtRisk().empty()); }

TEST_P(PairsAtRiskTest, NoSessionHeldForThePolicyWeeks) {
    clock_.Advance(3 * kWeek - 60);  // the last held session was 4 weeks ago, less a minute
    EXPECT_EQ(CodesOf(pair_), Codes{});
    clock_.Advance(60);
    const auto at_risk = AtRisk();
    ASSERT_EQ(at_risk.size(), 1u);
    EXPECT_EQ(at_risk[0].mentee, "D1");
    EXPECT_EQ(at_risk[0].mentor, "E1");
    EXPECT_EQ(at_risk[0].last_held_at, kNow - kWeek);
    ASSERT_EQ(at_risk[0].reasons.size(), 1u);
    EXPECT_EQ(at_risk[0].reasons[0].code, "no_recent_session");
    EXPECT_EQ(at_risk[0].reasons[0].text, "No session held for 4 weeks.");
}

TEST_P(PairsAtRiskTest, ThePolicyChangesHowManyWeeks) {
    {
        auto session = database_.Get().Acquire();
        *session << "INSERT INTO session_policies (programme_id, reminder_minutes, max_consecutive_misses, "
                    "max_total_misses, at_risk_weeks, updated_at) VALUES (:p, '1440;60', 2, 3, 2, :at)",
            soci::use(programme_), soci::use(kNow);
    }
    clock_.Advance(kWeek);  // two weeks since the last held session
    EXPECT_EQ(CodesOf(pair_), Codes{"no_recent_session"});
}

TEST_P(PairsAtRiskTest, ANewPairCountsFromItsActivation) {
    const auto fresh = ActivePair("D2", "E2", kNow - 3 * kWeek);
    Goal(fresh, "mentee", 10, kNow);
    EXPECT_EQ(CodesOf(fresh), Codes{});
    clock_.Advance(kWeek);
    EXPECT_EQ(CodesOf(fresh), Codes{"no_recent_session"});
    EXPECT_FALSE(AtRisk().back().last_held_at.has_value());
}

TEST_P(PairsAtRiskTest, TwoOfTheLastThreeCancelledOrMissed) {
    Occurrence(pair_, series_, kNow - 2 * kDay, "cancelled", "pending");
    EXPECT_EQ(CodesOf(pair_), Codes{});
    Occurrence(pair_, series_, kNow - kDay, "scheduled", "missed_by_mentee");
    EXPECT_EQ(CodesOf(pair_), Codes{"repeated_cancellations"});
    // Future occurrences do not count, and a held one pushes the oldest out of the last three.
    Occurrence(pair_, series_, kNow + kWeek, "cancelled", "pending");
    clock_.Advance(2 * kDay);
    EXPECT_EQ(CodesOf(pair_), Codes{"repeated_cancellations"});
    Occurrence(pair_, series_, kNow + kDay, "scheduled", "held");
    EXPECT_EQ(CodesOf(pair_), Codes{"repeated_cancellations"});  // held, missed, cancelled: still two of three
}

TEST_P(PairsAtRiskTest, GoalsStalledForSixWeeksBelowAHundred) {
    // Keep sessions fresh so only the goals speak.
    Occurrence(pair_, series_, kNow + 4 * kWeek);
    Goal(pair_, "mentor", 100, kNow);  // the mentor's goals are done: never stalled
    clock_.Advance(5 * kWeek - kDay);  // the mentee's 30% is 6 weeks old less a day
    EXPECT_EQ(CodesOf(pair_), Codes{});
    Goal(pair_, "mentee", 30, clock_.NowSeconds());  // the same figure again is no change
    clock_.Advance(kDay);
    const auto at_risk = AtRisk();
    ASSERT_EQ(at_risk.size(), 1u);
    ASSERT_EQ(at_risk[0].reasons.size(), 1u);
    EXPECT_EQ(at_risk[0].reasons[0].code, "stalled_goals");
    EXPECT_EQ(at_risk[0].reasons[0].text, "The mentee's goals at 30%: no change for 6 weeks.");
}

TEST_P(PairsAtRiskTest, NoGoalProgressSixWeeksAfterActivation) {
    const auto fresh = ActivePair("D2", "E2", kNow - 6 * kWeek + kDay);
    Occurrence(fresh, Series(fresh), kNow - kDay);
    EXPECT_EQ(CodesOf(fresh), Codes{});
    clock_.Advance(kDay);
    EXPECT_EQ(CodesOf(fresh), Codes{"stalled_goals"});
}

TEST_P(PairsAtRiskTest, PulsesDecliningByAPointOrMore) {
    std::vector<long long> occurrences;
    for (int i = 6; i >= 1; --i) occurrences.push_back(Occurrence(pair_, series_, kNow - i * kDay));
    // The mentee's ratings by session: 5, 4, 5 then 4, 3, 4 (means 4.67 and 3.67: a drop of exactly 1).
    const int mentee[] = {5, 4, 5, 4, 3, 4};
    const int mentor[] = {4, 4, 4, 4, 4, 3};
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
        Pulse(pair_, occurrences[i], "mentor", mentor[i]);
        if (i < 5) Pulse(pair_, occurrences[i], "mentee", mentee[i]);
    }
    EXPECT_EQ(CodesOf(pair_), Codes{}) << "five pulses are not enough to compare";
    Pulse(pair_, occurrences[5], "mentee", mentee[5]);
    const auto at_risk = AtRisk();
    ASSERT_EQ(at_risk.size(), 1u);
    ASSERT_EQ(at_risk[0].reasons.size(), 1u);
    EXPECT_EQ(at_risk[0].reasons[0].code, "declining_pulses");
    EXPECT_NE(at_risk[0].reasons[0].text.find("mentee's usefulness ratings fell from 4.7 to 3.7"), std::string::npos)
        << at_risk[0].reasons[0].text;
}

TEST_P(PairsAtRiskTest, EveryReasonThatAppliesIsListedAndOtherPairsAreLeftOut) {
    const auto proposed = [&] {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "D2";
        pair.mentor = "E2";
        pair.created_at = pair.updated_at = kNow - 20 * kWeek;
        auto session = database_.Get().Acquire();
        return storage::InsertPair(*session, pair);
    }();
    Occurrence(pair_, series_, kNow - 2 * kDay, "cancelled", "pending");
    Occurrence(pair_, series_, kNow - kDay, "scheduled", "missed_by_both");
    clock_.Advance(6 * kWeek);
    EXPECT_EQ(CodesOf(pair_), (Codes{"no_recent_session", "repeated_cancellations", "stalled_goals"}));
    EXPECT_EQ(CodesOf(proposed), Codes{}) << "only active pairs are judged";
}

TEST_P(PairsAtRiskTest, AdminsSeeThePairsSponsorsTheCount) {
    clock_.Advance(4 * kWeek);
    AtRiskService service(database_.Get(), clock_);
    const auto full = service.ForProgramme(admin_, programme_);
    EXPECT_TRUE(full.named);
    EXPECT_EQ(full.count, 1);
    EXPECT_EQ(full.active_pairs, 1);
    ASSERT_EQ(full.pairs.size(), 1u);
    EXPECT_EQ(full.pairs[0].mentee_name, "Dana Sales");
    EXPECT_EQ(full.pairs[0].mentor_name, "Eli Engineer");
    const auto count = service.ForProgramme(sponsor_, programme_);
    EXPECT_FALSE(count.named);
    EXPECT_EQ(count.count, 1);
    EXPECT_TRUE(count.pairs.empty());
    EXPECT_THROW(service.ForProgramme(mentee_, programme_), Forbidden);
    EXPECT_THROW(service.ForProgramme(outsider_, programme_), Forbidden);
    EXPECT_THROW(service.ForProgramme(admin_, 999999), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, PairsAtRiskTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
