#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/match_run.hpp"

namespace upward::domain {

/// The enrolment funnel of one side of a programme, in order. A step counts everybody who has done it; a
/// person stands at the furthest step they have done, held by what the next step needs. In a programme run
/// in order the counts only fall from step to step; where people skipped a step (an admin paired people who
/// never applied, training the programme does not require) the counts say so instead of hiding them.
enum class FunnelStep {
    kInvited,
    kAcceptedInvitation,
    kApplied,
    kApproved,
    kTrained,
    kGroundRulesAcknowledged,
    kMatched,
    kAgreementSigned,
};
constexpr std::size_t kFunnelStepCount = 8;
constexpr std::array<FunnelStep, kFunnelStepCount> kFunnelSteps = {
    FunnelStep::kInvited, FunnelStep::kAcceptedInvitation,      FunnelStep::kApplied, FunnelStep::kApproved,
    FunnelStep::kTrained, FunnelStep::kGroundRulesAcknowledged, FunnelStep::kMatched, FunnelStep::kAgreementSigned,
};
std::string_view ToString(FunnelStep step);

/// What the tables say about one person on one side of a programme; see Place for how it reads.
struct FunnelFacts {
    std::string employee_id;
    std::string name;
    Side side = Side::kMentee;
    bool invited = false;                   // a pending or accepted invitation on this side (revoked ones do not count)
    bool invitation_accepted = false;       // one of them accepted
    bool invitation_expired = false;        // the pending one is past its expiry
    bool member = false;                    // their account is a member of the programme on this side
    std::string application_status;         // empty: no application on this side
    bool approval_required = true;          // the programme screens mentors before they are approved
    bool has_training = true;               // their role has current training modules
    bool trained = false;                   // passed every one of them
    bool has_ground_rules = true;           // the programme has ground rules to acknowledge
    bool rules_acknowledged = false;        // acknowledged the current ones
    std::optional<PairStatus> pair_status;  // their furthest pair that holds a place (proposed, accepted, active)
    bool agreement_drafted = false;         // that pair's agreement has a version to sign
};

/// Which steps a person has done, the furthest of them (`reached`: its position plus one, 0 for none) and the
/// code of what the step after it needs (empty once the last is done): invitation_expired,
/// invitation_not_accepted, not_applied, application_withdrawn, awaiting_screening, wait_listed, declined,
/// training_incomplete, ground_rules_not_acknowledged, not_matched, pair_not_accepted, agreement_not_drafted,
/// agreement_not_signed.
struct FunnelPlace {
    std::array<bool, kFunnelStepCount> done{};
    std::size_t reached = 0;
    std::string blocked_on;
};

/// Reads the facts step by step. What a fact proves counts too: an application or a membership means the
/// person was invited and is in; a signed agreement means a pair. Mentees count as approved on submit, and so
/// do mentors where the programme does not screen them. A step with nothing to do (no training for the role,
/// no ground rules) is done by whoever did the step before it: it neither holds anyone back nor moves anyone on.
FunnelPlace Place(const FunnelFacts& facts);

/// One person standing at a step.
struct FunnelPerson {
    std::string employee_id;
    std::string name;
    std::string blocked_on;
};

/// A step of one side: how many did it, and who stands at it (it is the furthest step they did).
struct FunnelStepCount {
    FunnelStep step = FunnelStep::kInvited;
    long long count = 0;
    std::vector<FunnelPerson> people;
};

/// One side's funnel, a step per FunnelStep in order.
struct SideFunnel {
    Side side = Side::kMentee;
    std::vector<FunnelStepCount> steps;
};

/// Places everybody of `side` among `facts` (others are skipped); people at each step in name order.
SideFunnel BuildSideFunnel(Side side, const std::vector<FunnelFacts>& facts);

}  // namespace upward::domain
