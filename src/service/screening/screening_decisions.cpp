// Deciding in ScreeningService: status, eligibility, the applicant's email and the audit entry, in one transaction.
#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/screening/screening_conflicts.hpp"
#include "service/screening/screening_mail.hpp"
#include "service/screening/screening_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/screening/application_row_lock.hpp"

namespace upward::service {

DecisionResult ScreeningService::Decide(const domain::Caller& caller, long long programme_id, long long application_id,
                                        domain::ScreeningOutcome outcome, const std::string& reason) {
    RequireAdmin(caller);
    const auto checked_reason = domain::NormaliseDecisionReason(reason);
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    storage::LockApplicationRow(*session, application_id);
    auto application = MentorApplicationOf(*session, programme_id, application_id);
    if (const auto conflict = ConflictOfInterest(*session, caller, application); !conflict.empty())
        throw Forbidden(conflict);
    RequireNotArchived(programme);
    domain::CheckDecisionAllowed(application.status, outcome);

    application.status = domain::StatusAfter(outcome);
    application.decision_reason = checked_reason;
    application.decided_by = caller.user_id;
    application.decided_at = now;
    application.updated_at = now;
    storage::RecordApplicationDecision(*session, application_id, application.status, checked_reason, caller.user_id,
                                       now);
    RefreshEligibility(*session, programme_id, application.employee_id, now);

    DecisionResult result;
    if (const auto applicant = storage::FindUserById(*session, application.user_id)) {
        std::string name = applicant->display_name;
        if (const auto person = storage::FindPerson(*session, application.employee_id);
            person && !person->name.empty()) {
            name = person->name;
        }
        result.mail_queued = storage::EnqueueMail(
            *session, ScreeningDecisionMail(application, applicant->email, name, programme.name, public_url_), now);
    }
    Audit(*session, clock_, caller, "screening.decide", "application:" + std::to_string(application_id),
          std::string(domain::ToString(application.status)));
    transaction.Commit();
    result.application = std::move(application);
    return result;
}

}  // namespace upward::service
