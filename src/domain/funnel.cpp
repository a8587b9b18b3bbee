#include "domain/funnel.hpp"

#include <algorithm>

namespace upward::domain {

std::string_view ToString(FunnelStep step) {
    switch (step) {
        case FunnelStep::kInvited:
            return "invited";
        case FunnelStep::kAcceptedInvitation:
            return "accepted_invitation";
        case FunnelStep::kApplied:
            return "applied";
        case FunnelStep::kApproved:
            return "approved";
        case FunnelStep::kTrained:
            return "trained";
        case FunnelStep::kGroundRulesAcknowledged:
            return "ground_rules_acknowledged";
        case FunnelStep::kMatched:
            return "matched";
        case FunnelStep::kAgreementSigned:
            return "agreement_signed";
    }
    return "invited";
}

namespace {

// Whether the person has done `step`, and if not, the code of what holds them there.
std::pair<bool, std::string> Done(const FunnelFacts& facts, FunnelStep step) {
    const bool applied_ever = !facts.application_status.empty();
    const bool in_programme = facts.invitation_accepted || facts.member || applied_ever;
    const auto& status = facts.application_status;
    switch (step) {
        case FunnelStep::kInvited:
            return {facts.invited || in_programme, "not_invited"};
        case FunnelStep::kAcceptedInvitation:
            return {in_programme, facts.invitation_expired ? "invitation_expired" : "invitation_not_accepted"};
        case FunnelStep::kApplied:
            return {applied_ever && status != "withdrawn",
                    status == "withdrawn" ? "application_withdrawn" : "not_applied"};
        case FunnelStep::kApproved: {
            const bool screened_free = facts.side == Side::kMentee || !facts.approval_required;
            const bool approved = status == "approved" || (status == "submitted" && screened_free);
            if (approved) return {true, ""};
            if (status == "wait_listed") return {false, "wait_listed"};
            if (status == "declined") return {false, "declined"};
            return {false, "awaiting_screening"};
        }
        case FunnelStep::kTrained:
            return {facts.trained, "training_incomplete"};
        case FunnelStep::kGroundRulesAcknowledged:
            return {facts.rules_acknowledged, "ground_rules_not_acknowledged"};
        case FunnelStep::kMatched:
            return {facts.pair_status.has_value(), "not_matched"};  // any place-holding pair
        case FunnelStep::kAgreementSigned: {
            if (facts.pair_status == PairStatus::kActive) return {true, ""};
            if (facts.pair_status == PairStatus::kProposed) return {false, "pair_not_accepted"};
            return {false, facts.agreement_drafted ? "agreement_not_signed" : "agreement_not_drafted"};
        }
    }
    return {false, ""};
}

}  // namespace

FunnelPlace Place(const FunnelFacts& facts) {
    FunnelPlace place;
    std::array<std::string, kFunnelStepCount> blockers;
    for (std::size_t i = 0; i < kFunnelStepCount; ++i) {
        auto [done, blocker] = Done(facts, kFunnelSteps[i]);
        const bool nothing_to_do = (kFunnelSteps[i] == FunnelStep::kTrained && !facts.has_training) ||
                                   (kFunnelSteps[i] == FunnelStep::kGroundRulesAcknowledged && !facts.has_ground_rules);
        if (nothing_to_do) done = i > 0 && place.done[i - 1];
        place.done[i] = done;
        blockers[i] = std::move(blocker);
        if (done) place.reached = i + 1;
    }
    if (place.reached < kFunnelStepCount) place.blocked_on = blockers[place.reached];
    return place;
}

SideFunnel BuildSideFunnel(Side side, const std::vector<FunnelFacts>& facts) {
    SideFunnel funnel;
    funnel.side = side;
    for (const auto step : kFunnelSteps) funnel.steps.push_back({step, 0, {}});
    for (const auto& person : facts) {
        if (person.side != side) continue;
        const auto place = Place(person);
        for (std::size_t i = 0; i < kFunnelStepCount; ++i) {
            if (place.done[i]) ++funnel.steps[i].count;
        }
        if (place.reached > 0) {
            funnel.steps[place.reached - 1].people.push_back({person.employee_id, person.name, place.blocked_on});
        }
    }
    const auto by_name = [](const FunnelPerson& a, const FunnelPerson& b) {
        return a.name != b.name ? a.name < b.name : a.employee_id < b.employee_id;
    };
    for (auto& step : funnel.steps) std::sort(step.people.begin(), step.people.end(), by_name);
    return funnel;
}

}  // namespace upward::domain
