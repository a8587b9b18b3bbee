#include "service/enrolment/eligibility.hpp"

#include <optional>

#include "core/errors.hpp"
#include "domain/application.hpp"
#include "service/access/programme_access.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "storage/database/connection.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/applicant_profile_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/enrolment/ground_rules_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/training/training_repository.hpp"

namespace upward::service {

namespace {

void AddApplicationBlockers(const domain::Application& application, const domain::Programme& programme,
                            std::vector<std::string>& blockers) {
    switch (application.status) {
        case domain::ApplicationStatus::kWithdrawn:
            blockers.emplace_back("application_withdrawn");
            break;
        case domain::ApplicationStatus::kDeclined:
            blockers.emplace_back("declined");
            break;
        case domain::ApplicationStatus::kWaitListed:
            blockers.emplace_back("wait_listed");
            break;
        case domain::ApplicationStatus::kSubmitted:
            if (application.side == domain::Side::kMentor && programme.require_mentor_approval) {
                blockers.emplace_back("awaiting_screening");
            }
            break;
        case domain::ApplicationStatus::kApproved:
            break;
    }
}

struct Assessment {
    Eligibility eligibility;
    std::optional<domain::Application> application;
};

Assessment Assess(storage::Connection& session, const domain::Programme& programme, const std::string& employee_id) {
    Assessment assessment;
    assessment.application = storage::FindApplication(session, programme.id, employee_id);
    const auto& application = assessment.application;
    // Who the person is in the programme when they have not applied: their account's membership and the side it
    // joined on, for the training and ground-rules steps.
    const auto member = application ? std::nullopt : storage::FindPersonMembership(session, programme.id, employee_id);
    const long long user_id = application ? application->user_id : member ? member->user_id : 0;
    const std::string role = application ? std::string(domain::ToString(application->side))
                             : member    ? member->role
                                         : std::string();

    auto& blockers = assessment.eligibility.blockers;
    const auto person = storage::FindPerson(session, employee_id);
    if (!person || !person->active || person->left) blockers.emplace_back("not_in_directory");
    if (!application) {
        blockers.emplace_back("not_applied");
    } else {
        AddApplicationBlockers(*application, programme, blockers);
    }
    if (programme.require_training &&
        (user_id == 0 || role.empty() || !storage::TrainingComplete(session, programme.id, user_id, role))) {
        blockers.emplace_back("training_incomplete");
    }
    const auto rules_digest = GroundRulesDigest(programme);
    if (!rules_digest.empty()) {
        const auto acknowledged =
            user_id == 0 ? std::nullopt : storage::AcknowledgedRulesDigest(session, programme.id, user_id);
        if (!acknowledged || *acknowledged != rules_digest) blockers.emplace_back("ground_rules_not_acknowledged");
    }
    assessment.eligibility.eligible = blockers.empty();
    return assessment;
}

Eligibility Refresh(storage::Connection& session, const domain::Programme& programme, const std::string& employee_id,
                    long long now) {
    auto assessment = Assess(session, programme, employee_id);
    const auto& application = assessment.application;
    // A live application is what the match profile stands for, so it is written from it. Without one, a profile
    // can only have come from an admin's profile import, whose eligibility is the admin's own statement: left
    // alone. A withdrawn application keeps its profile, ineligible, so its rankings and history survive.
    if (application && application->status != domain::ApplicationStatus::kWithdrawn) {
        auto profile = domain::ToMatchProfile(*application);
        profile.eligible = assessment.eligibility.eligible;
        storage::WriteApplicantProfile(session, programme.id, profile, now);
    } else if (application) {
        storage::SetProfileEligible(session, programme.id, employee_id, false, now);
    }
    return std::move(assessment.eligibility);
}

}  // namespace

Eligibility RefreshEligibility(storage::Connection& session, long long programme_id, const std::string& employee_id,
                               long long now) {
    return Refresh(session, ProgrammeOrNotFound(session, programme_id), employee_id, now);
}

Eligibility EvaluateEligibility(storage::Connection& session, long long programme_id, const std::string& employee_id) {
    return Assess(session, ProgrammeOrNotFound(session, programme_id), employee_id).eligibility;
}

void RefreshProgrammeEligibility(storage::Connection& session, long long programme_id, long long now) {
    const auto programme = ProgrammeOrNotFound(session, programme_id);
    for (const auto& application : storage::ListApplications(session, programme_id)) {
        Refresh(session, programme, application.employee_id, now);
    }
}

}  // namespace upward::service
