#include "service/screening/screening_conflicts.hpp"

#include "core/errors.hpp"
#include "storage/database/connection.hpp"
#include "storage/directory/reporting_line_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/screening/programme_reviewer_repository.hpp"

namespace upward::service {

domain::Application MentorApplicationOf(storage::Connection& session, long long programme_id,
                                        long long application_id) {
    auto application = storage::FindApplicationById(session, application_id);
    if (!application || application->programme_id != programme_id || application->side != domain::Side::kMentor) {
        throw NotFound("no mentor application " + std::to_string(application_id) + " in programme " +
                       std::to_string(programme_id));
    }
    return *application;
}

std::string ConflictOfInterest(storage::Connection& session, const domain::Caller& caller,
                               const domain::Application& application) {
    const bool own = application.user_id == caller.user_id ||
                     (!caller.person_id.empty() && application.employee_id == caller.person_id);
    if (own) return "this is your own application; somebody else reviews it";
    if (caller.person_id.empty()) return {};
    if (storage::ManagerChain(session, application.employee_id).count(caller.person_id)) {
        return "the applicant is in your reporting line (they report to you); somebody outside it reviews them";
    }
    if (storage::ManagerChain(session, caller.person_id).count(application.employee_id)) {
        return "you are in the applicant's reporting line (you report to them); somebody outside it reviews them";
    }
    return {};
}

ConflictFilter::ConflictFilter(storage::Connection& session, const domain::Caller& caller, long long programme_id)
    : user_id_(caller.user_id), person_id_(caller.person_id) {
    if (person_id_.empty()) return;
    managers_ = storage::ManagerChain(session, person_id_);
    reports_ = storage::MentorApplicantsReportingTo(session, programme_id, person_id_);
}

bool ConflictFilter::Conflicted(const domain::Application& application) const {
    if (application.user_id == user_id_) return true;
    if (person_id_.empty()) return false;
    return application.employee_id == person_id_ || managers_.count(application.employee_id) > 0 ||
           reports_.count(application.employee_id) > 0;
}

void RequireNotArchived(const domain::Programme& programme) {
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme.id) + " is archived; its screening no longer changes");
    }
}

}  // namespace upward::service
