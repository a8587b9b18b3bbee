// How the enrolment funnel reads one person's facts: the steps they did, the furthest of them and what the
// next one needs; and how a side's steps are counted.
#include "domain/funnel.hpp"

#include <gtest/gtest.h>

namespace upward::domain {
namespace {

FunnelFacts Mentor() {
    FunnelFacts facts;
    facts.employee_id = "E1";
    facts.name = "Eli";
    facts.side = Side::kMentor;
    return facts;
}

std::size_t DoneCount(const FunnelPlace& place) {
    std::size_t count = 0;
    for (const bool done : place.done) count += done ? 1 : 0;
    return count;
}

TEST(FunnelTest, EachStepInOrderAndWhatTheNextNeeds) {
    auto facts = Mentor();
    EXPECT_EQ(Place(facts).reached, 0u);
    facts.invited = true;
    EXPECT_EQ(Place(facts).reached, 1u);
    EXPECT_EQ(Place(facts).blocked_on, "invitation_not_accepted");
    facts.invitation_expired = true;
    EXPECT_EQ(Place(facts).blocked_on, "invitation_expired");
    facts.invitation_accepted = true;
    EXPECT_EQ(Place(facts).reached, 2u);
    EXPECT_EQ(Place(facts).blocked_on, "not_applied");
    facts.application_status = "submitted";
    EXPECT_EQ(Place(facts).reached, 3u);
    EXPECT_EQ(Place(facts).blocked_on, "awaiting_screening");
    facts.application_status = "wait_listed";
    EXPECT_EQ(Place(facts).blocked_on, "wait_listed");
    facts.application_status = "approved";
    EXPECT_EQ(Place(facts).reached, 4u);
    EXPECT_EQ(Place(facts).blocked_on, "training_incomplete");
    facts.trained = true;
    EXPECT_EQ(Place(facts).reached, 5u);
    EXPECT_EQ(Place(facts).blocked_on, "ground_rules_not_acknowledged");
    facts.rules_acknowledged = true;
    EXPECT_EQ(Place(facts).reached, 6u);
    EXPECT_EQ(Place(facts).blocked_on, "not_matched");
    facts.pair_status = PairStatus::kProposed;
    EXPECT_EQ(Place(facts).reached, 7u);
    EXPECT_EQ(Place(facts).blocked_on, "pair_not_accepted");
    facts.pair_status = PairStatus::kAccepted;
    EXPECT_EQ(Place(facts).blocked_on, "agreement_not_drafted");
    facts.agreement_drafted = true;
    EXPECT_EQ(Place(facts).blocked_on, "agreement_not_signed");
    facts.pair_status = PairStatus::kActive;
    EXPECT_EQ(Place(facts).reached, kFunnelStepCount);
    EXPECT_EQ(Place(facts).blocked_on, "");
    EXPECT_EQ(DoneCount(Place(facts)), kFunnelStepCount);
}

TEST(FunnelTest, WhatAFactProves) {
    auto facts = Mentor();
    facts.application_status = "approved";
    auto place = Place(facts);
    EXPECT_EQ(place.reached, 4u) << "applied without an invitation row: invited and in";
    EXPECT_EQ(DoneCount(place), 4u);
    facts = Mentor();
    facts.member = true;
    EXPECT_EQ(Place(facts).reached, 2u);
    facts.application_status = "withdrawn";
    EXPECT_EQ(Place(facts).reached, 2u);
    EXPECT_EQ(Place(facts).blocked_on, "application_withdrawn");
}

TEST(FunnelTest, SkippedStepsShowAsGapsNotAsBlockers) {
    // Paired by an admin without ever applying: counted as matched, not as applied, and held by the pair.
    auto facts = Mentor();
    facts.member = true;
    facts.pair_status = PairStatus::kProposed;
    const auto place = Place(facts);
    EXPECT_EQ(place.reached, 7u);
    EXPECT_EQ(place.blocked_on, "pair_not_accepted");
    EXPECT_TRUE(place.done[1]);
    EXPECT_FALSE(place.done[2]);
    EXPECT_TRUE(place.done[6]);
    EXPECT_EQ(DoneCount(place), 3u);
}

TEST(FunnelTest, AStepWithNothingToDoPassesOnWhatTheStepBeforeSays) {
    auto facts = Mentor();
    facts.has_training = false;
    facts.has_ground_rules = false;
    facts.invited = true;
    auto place = Place(facts);
    EXPECT_EQ(place.reached, 1u) << "no rules to acknowledge does not move an invitee on";
    EXPECT_FALSE(place.done[4]);
    EXPECT_FALSE(place.done[5]);
    facts.application_status = "approved";
    place = Place(facts);
    EXPECT_EQ(place.reached, 6u) << "approved, with no training and no rules: ready to be matched";
    EXPECT_EQ(place.blocked_on, "not_matched");
    facts.has_ground_rules = true;
    place = Place(facts);
    EXPECT_EQ(place.reached, 5u);
    EXPECT_EQ(place.blocked_on, "ground_rules_not_acknowledged");
}

TEST(FunnelTest, MenteesAndUnscreenedMentorsAreApprovedOnSubmit) {
    auto facts = Mentor();
    facts.application_status = "submitted";
    EXPECT_EQ(Place(facts).reached, 3u);
    facts.approval_required = false;
    EXPECT_EQ(Place(facts).reached, 4u);
    facts = Mentor();
    facts.side = Side::kMentee;
    facts.application_status = "submitted";
    EXPECT_EQ(Place(facts).reached, 4u);
    facts.application_status = "declined";
    EXPECT_EQ(Place(facts).blocked_on, "declined");
}

TEST(FunnelTest, StepsCountEveryoneWhoDidThemAndListEachPersonOnce) {
    std::vector<FunnelFacts> facts;
    auto invited = Mentor();
    invited.employee_id = "A";
    invited.name = "Ann";
    invited.invited = true;
    facts.push_back(invited);
    auto applied = Mentor();
    applied.employee_id = "B";
    applied.name = "Ben";
    applied.application_status = "submitted";
    facts.push_back(applied);
    auto paired_only = Mentor();
    paired_only.employee_id = "C";
    paired_only.name = "Cat";
    paired_only.pair_status = PairStatus::kActive;
    facts.push_back(paired_only);
    auto mentee = Mentor();
    mentee.side = Side::kMentee;
    mentee.invited = true;
    facts.push_back(mentee);

    const auto funnel = BuildSideFunnel(Side::kMentor, facts);
    ASSERT_EQ(funnel.steps.size(), kFunnelStepCount);
    EXPECT_EQ(funnel.steps[0].step, FunnelStep::kInvited);
    std::vector<long long> counts;
    for (const auto& step : funnel.steps) counts.push_back(step.count);
    EXPECT_EQ(counts, (std::vector<long long>{2, 1, 1, 0, 0, 0, 1, 1}));
    ASSERT_EQ(funnel.steps[0].people.size(), 1u);
    EXPECT_EQ(funnel.steps[0].people[0].employee_id, "A");
    ASSERT_EQ(funnel.steps[2].people.size(), 1u);
    EXPECT_EQ(funnel.steps[2].people[0].blocked_on, "awaiting_screening");
    ASSERT_EQ(funnel.steps[7].people.size(), 1u);
    EXPECT_EQ(funnel.steps[7].people[0].employee_id, "C");
    EXPECT_EQ(funnel.steps[7].people[0].blocked_on, "");
    EXPECT_EQ(BuildSideFunnel(Side::kMentee, facts).steps[0].count, 1);
}

}  // namespace
}  // namespace upward::domain
