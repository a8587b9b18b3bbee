// EnrolmentService's ground rules and a participant's progress: each step from invitation to a signed
// agreement, and what blocks them from being matched.
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "storage/database/database.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/enrolment/ground_rules_repository.hpp"
#include "storage/enrolment/invitation_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/training/training_repository.hpp"

namespace upward::service {

namespace {

GroundRulesView RulesView(storage::Connection& session, const domain::Programme& programme, long long user_id) {
    GroundRulesView view;
    view.rules = programme.ground_rules;
    view.digest = GroundRulesDigest(programme);
    if (user_id > 0 && !view.digest.empty()) {
        if (const auto acknowledgement = storage::FindRulesAcknowledgement(session, programme.id, user_id)) {
            view.acknowledged = acknowledgement->rules_digest == view.digest;
            if (view.acknowledged) view.acknowledged_at = acknowledgement->acknowledged_at;
        }
    }
    return view;
}

EnrolmentStep Step(std::string step, std::string state, std::string detail) {
    return {std::move(step), std::move(state), std::move(detail)};
}

EnrolmentStep ScreeningStep(const std::optional<domain::Application>& application, const domain::Programme& programme,
                            domain::Side side) {
    if (side == domain::Side::kMentee) return Step("screened", "not_required", "screening is for mentors");
    if (!application || application->status == domain::ApplicationStatus::kWithdrawn) {
        return Step("screened", "pending", "screening starts once you apply");
    }
    const auto reason = application->decision_reason.empty() ? std::string() : ": " + application->decision_reason;
    switch (application->status) {
        case domain::ApplicationStatus::kApproved:
            return Step("screened", "done", "approved" + reason);
        case domain::ApplicationStatus::kWaitListed:
            return Step("screened", "blocked", "wait-listed" + reason);
        case domain::ApplicationStatus::kDeclined:
            return Step("screened", "blocked", "declined" + reason);
        default:
            break;
    }
    if (!programme.require_mentor_approval) {
        return Step("screened", "not_required", "this programme matches mentors before screening decides");
    }
    return Step("screened", "pending", "your application is awaiting screening");
}

}  // namespace

GroundRulesView EnrolmentService::GroundRules(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    const auto programme = VisibleProgramme(*session, caller, programme_id);
    return RulesView(*session, programme, caller.IsMemberOf(programme_id) ? caller.user_id : 0);
}

GroundRulesView EnrolmentService::AcknowledgeGroundRules(const domain::Caller& caller, long long programme_id,
                                                         const std::string& digest) {
    const auto participant = RequireParticipant(caller, programme_id, std::nullopt, "acknowledge its ground rules");
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    const auto current = GroundRulesDigest(programme);
    if (current.empty())
        throw Conflict("programme " + std::to_string(programme_id) + " has no ground rules to acknowledge");
    if (digest != current) {
        throw Conflict("the ground rules changed since you read them; read them again and acknowledge what you read");
    }
    storage::SaveRulesAcknowledgement(*session, programme_id, caller.user_id, current, now);
    RefreshEligibility(*session, programme_id, participant.employee_id, now);
    Audit(*session, clock_, caller, "ground_rules.acknowledge", "programme:" + std::to_string(programme_id));
    transaction.Commit();
    return RulesView(*session, programme, caller.user_id);
}

EnrolmentStatus EnrolmentService::Status(const domain::Caller& caller, long long programme_id) {
    const auto participant = RequireParticipant(caller, programme_id, std::nullopt, "read their enrolment status");
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    const auto application = storage::FindApplication(*session, programme_id, participant.employee_id);
    const auto invitation = storage::FindLatestInvitation(*session, programme_id, participant.employee_id);

    EnrolmentStatus status;
    status.programme_id = programme_id;
    status.side = participant.side;
    auto& steps = status.steps;
    steps.push_back(Step("invited", "done",
                         invitation && invitation->status == domain::InvitationStatus::kAccepted
                             ? "you accepted the invitation on " + FormatDate(invitation->accepted_at.value_or(0))
                             : "an admin added you to the programme"));

    const bool applied = application && application->status != domain::ApplicationStatus::kWithdrawn;
    const std::string deadline =
        programme.application_deadline.empty() ? std::string() : " by " + programme.application_deadline;
    if (applied) {
        steps.push_back(Step("applied", "done", "submitted on " + FormatDate(application->submitted_at)));
    } else if (!domain::ApplicationsOpen(programme, FormatDate(clock_.NowSeconds()))) {
        steps.push_back(Step("applied", "blocked", "applications closed after " + programme.application_deadline));
    } else {
        steps.push_back(
            Step("applied", "pending",
                 application ? "you withdrew your application; you can apply again" + deadline : "apply" + deadline));
    }

    steps.push_back(ScreeningStep(application, programme, participant.side));

    const std::string role(domain::ToString(participant.side));
    const bool trained = storage::TrainingComplete(*session, programme_id, caller.user_id, role);
    if (trained) {
        steps.push_back(Step("trained", "done", "you passed every " + role + " module"));
    } else if (programme.require_training) {
        steps.push_back(Step("trained", "pending", "pass every " + role + " training module"));
    } else {
        steps.push_back(Step("trained", "not_required", "training is recommended but not required before matching"));
    }

    const auto rules = RulesView(*session, programme, caller.user_id);
    if (rules.digest.empty()) {
        steps.push_back(Step("rules_acknowledged", "not_required", "the programme has no ground rules"));
    } else if (rules.acknowledged) {
        steps.push_back(
            Step("rules_acknowledged", "done", "acknowledged on " + FormatDate(rules.acknowledged_at.value_or(0))));
    } else {
        steps.push_back(Step("rules_acknowledged", "pending", "read and acknowledge the ground rules"));
    }

    std::optional<domain::Pair> pair;
    for (auto& candidate : storage::ListPairs(*session, programme_id, participant.employee_id)) {
        const auto& own = participant.side == domain::Side::kMentor ? candidate.mentor : candidate.mentee;
        if (own == participant.employee_id && domain::HoldsPlace(candidate.status)) pair = std::move(candidate);
    }
    status.eligibility = EvaluateEligibility(*session, programme_id, participant.employee_id);
    if (pair) {
        steps.push_back(Step("matched", "done", "paired (" + std::string(domain::ToString(pair->status)) + ")"));
    } else if (status.eligibility.eligible) {
        steps.push_back(Step("matched", "pending", "you are in the pool for the next matching"));
    } else {
        steps.push_back(Step("matched", "pending", "not yet eligible for matching"));
    }
    if (pair && pair->status == domain::PairStatus::kActive) {
        steps.push_back(Step("agreement_signed", "done", "both of you signed the agreement"));
    } else {
        steps.push_back(Step("agreement_signed", "pending",
                             pair ? "agree your goals and sign the agreement together" : "after you are matched"));
    }
    return status;
}

}  // namespace upward::service
