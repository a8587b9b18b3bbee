// EnrolmentService's applications: a member's own application (submit, edit, withdraw) and the admins'
// audited reads of everyone's.
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/enrolment/invitee_query.hpp"
#include "storage/identity/account_link.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

namespace {

domain::ApplicationStatus InitialStatus(domain::Side side) {
    // Screening is for mentors; a mentee's application stands once it passed the submit checks.
    return side == domain::Side::kMentor ? domain::ApplicationStatus::kSubmitted : domain::ApplicationStatus::kApproved;
}

void CheckSideRequested(const std::optional<domain::Side>& requested, domain::Side side) {
    if (!requested || *requested == side) return;
    throw Conflict(
        side == domain::Side::kMentor
            ? "you joined this programme as a mentor; a mentor must not apply as mentee in the same programme"
            : "you joined this programme as a mentee; a mentee cannot also apply as mentor in the same "
              "programme");
}

// The applicant's standing in the directory, checked on every submit and edit.
void CheckApplicant(storage::Connection& session, const domain::Programme& programme, const std::string& employee_id,
                    domain::Side side) {
    const auto person = storage::FindPerson(session, employee_id);
    if (!person) throw Conflict("employee " + employee_id + " is not in the people directory; ask an admin");
    const auto refusal = domain::ApplicantIneligibility(*person, side, programme, storage::LowestActiveGrade(session));
    if (!refusal.empty()) throw Conflict("you cannot apply as " + std::string(domain::ToString(side)) + ": " + refusal);
}

ApplicationView ViewOf(domain::Application application, const std::unordered_map<std::string, domain::Person>& people) {
    ApplicationView view;
    if (const auto person = people.find(application.employee_id); person != people.end()) {
        view.name = person->second.name;
        view.grade = person->second.grade;
        view.department = person->second.department;
    }
    view.application = std::move(application);
    return view;
}

}  // namespace

std::optional<domain::Application> EnrolmentService::MyApplication(const domain::Caller& caller,
                                                                   long long programme_id) {
    const auto participant = RequireParticipant(caller, programme_id, std::nullopt, "read their application");
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    return storage::FindApplication(*session, programme_id, participant.employee_id);
}

domain::Application EnrolmentService::SubmitApplication(const domain::Caller& caller, long long programme_id,
                                                        const domain::ApplicationAnswersInput& input) {
    const auto participant = RequireParticipant(caller, programme_id, std::nullopt, "apply");
    CheckSideRequested(input.side, participant.side);
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme_id) + " is archived");
    }
    if (!domain::ApplicationsOpen(programme, FormatDate(now))) {
        throw Conflict("applications closed after " + programme.application_deadline +
                       " (the programme's application_deadline)");
    }
    auto answers = domain::CheckApplicationAnswers(input, participant.side, programme);
    CheckApplicant(*session, programme, participant.employee_id, participant.side);

    auto application = storage::FindApplication(*session, programme_id, participant.employee_id);
    if (application && application->side != participant.side) {
        throw Conflict("your application in this programme is as " + std::string(domain::ToString(application->side)) +
                       "; a mentor must not apply as mentee in the same programme");
    }
    if (application) {
        application->answers = std::move(answers);
        application->user_id = caller.user_id;
        application->updated_at = now;
        // Edits keep a decision; only a withdrawn application starts again (a mentor's goes back to screening).
        if (application->status == domain::ApplicationStatus::kWithdrawn) {
            application->status = InitialStatus(participant.side);
            application->submitted_at = now;
        }
        storage::UpdateApplicationAnswers(*session, *application);
    } else {
        application.emplace();
        application->programme_id = programme_id;
        application->employee_id = participant.employee_id;
        application->user_id = caller.user_id;
        application->side = participant.side;
        application->status = InitialStatus(participant.side);
        application->answers = std::move(answers);
        application->submitted_at = application->updated_at = now;
        application->id = storage::InsertApplication(*session, *application);
    }
    RefreshEligibility(*session, programme_id, participant.employee_id, now);
    Audit(*session, clock_, caller, "application.submit", "application:" + std::to_string(application->id));
    transaction.Commit();
    return *storage::FindApplicationById(*session, application->id);
}

domain::Application EnrolmentService::WithdrawApplication(const domain::Caller& caller, long long programme_id) {
    const auto participant = RequireParticipant(caller, programme_id, std::nullopt, "withdraw their application");
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto application = storage::FindApplication(*session, programme_id, participant.employee_id);
    if (!application) throw NotFound("you have not applied to programme " + std::to_string(programme_id));
    if (application->status == domain::ApplicationStatus::kDeclined) {
        throw Conflict("your application was declined; there is nothing to withdraw");
    }
    if (application->status != domain::ApplicationStatus::kWithdrawn) {
        application->status = domain::ApplicationStatus::kWithdrawn;
        application->updated_at = now;
        storage::UpdateApplicationAnswers(*session, *application);
        RefreshEligibility(*session, programme_id, participant.employee_id, now);
        Audit(*session, clock_, caller, "application.withdraw", "application:" + std::to_string(application->id));
    }
    transaction.Commit();
    return *application;
}

std::vector<ApplicationView> EnrolmentService::ListApplications(const domain::Caller& caller, long long programme_id,
                                                                const domain::ApplicationFilter& filter) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    const auto people = storage::DirectoryEntriesIn(*session, "applications", programme_id);
    std::vector<ApplicationView> views;
    for (auto& application : storage::ListApplications(*session, programme_id, filter)) {
        views.push_back(ViewOf(std::move(application), people));
    }
    Audit(*session, clock_, caller, "application.list", "programme:" + std::to_string(programme_id),
          std::to_string(views.size()) + " applications");
    return views;
}

ApplicationView EnrolmentService::GetApplication(const domain::Caller& caller, long long programme_id,
                                                 long long application_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    auto application = storage::FindApplicationById(*session, application_id);
    if (!application || application->programme_id != programme_id) {
        throw NotFound("no application " + std::to_string(application_id) + " in programme " +
                       std::to_string(programme_id));
    }
    std::unordered_map<std::string, domain::Person> people;
    if (auto person = storage::FindPerson(*session, application->employee_id)) {
        people.emplace(person->employee_id, std::move(*person));
    }
    Audit(*session, clock_, caller, "application.read", "application:" + std::to_string(application_id));
    return ViewOf(std::move(*application), people);
}

}  // namespace upward::service
