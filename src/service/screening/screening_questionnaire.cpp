// The questionnaire of ScreeningService: reading it (and installing the default), replacing it, and the mentor
// applicant's own answers and outcome.
#include "service/screening/screening_questionnaire.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/screening/screening_conflicts.hpp"
#include "service/screening/screening_service.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/screening/application_row_lock.hpp"
#include "storage/screening/programme_reviewer_repository.hpp"
#include "storage/screening/screening_question_repository.hpp"

namespace upward::service {

std::vector<domain::ScreeningQuestion> EnsureQuestionnaire(storage::Connection& session, storage::Backend backend,
                                                           long long programme_id) {
    auto questions = storage::ListScreeningQuestions(session, programme_id);
    if (!questions.empty()) return questions;
    storage::Transaction transaction(session, backend);
    storage::LockProgrammeRow(session, programme_id);
    questions = storage::ListScreeningQuestions(session, programme_id);  // another reader may have been first
    if (questions.empty()) {
        questions = storage::ReplaceScreeningQuestions(session, programme_id, domain::DefaultScreeningQuestions());
    }
    transaction.Commit();
    return questions;
}

std::vector<domain::ScreeningQuestion> ScreeningService::Questions(const domain::Caller& caller,
                                                                   long long programme_id) {
    if (caller.IsSponsor()) throw Forbidden("sponsors see aggregate figures only");
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    const bool may_read = caller.IsAdmin() || caller.IsMemberOf(programme_id) ||
                          storage::IsProgrammeReviewer(*session, programme_id, caller.user_id);
    if (!may_read) throw NoProgramme(programme_id);
    return EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);
}

std::vector<domain::ScreeningQuestion> ScreeningService::ReplaceQuestions(
    const domain::Caller& caller, long long programme_id, std::vector<domain::ScreeningQuestion> questions) {
    RequireAdmin(caller);
    domain::NormaliseQuestionnaire(questions);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    RequireNotArchived(ProgrammeOrNotFound(*session, programme_id));
    auto stored = storage::ReplaceScreeningQuestions(*session, programme_id, questions);
    Audit(*session, clock_, caller, "screening.questions.replace", "programme:" + std::to_string(programme_id),
          std::to_string(stored.size()) + " questions");
    transaction.Commit();
    return stored;
}

namespace {

// Answers change only while the application waits for its first decision and applications are open.
bool AnswersEditable(const domain::Programme& programme, const domain::Application& application, long long now) {
    return application.side == domain::Side::kMentor && application.status == domain::ApplicationStatus::kSubmitted &&
           programme.status != domain::ProgrammeStatus::kArchived &&
           domain::ApplicationsOpen(programme, FormatDate(now));
}

}  // namespace

MyScreening ScreeningService::Mine(const domain::Caller& caller, long long programme_id) {
    const auto person =
        RequireParticipant(caller, programme_id, domain::ProgrammeRole::kMentor, "read their screening").employee_id;
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    MyScreening mine;
    mine.questions = EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);
    mine.application = storage::FindApplication(*session, programme_id, person);
    if (mine.application) {
        mine.answers = mine.application->screening_answers;
        mine.editable = AnswersEditable(programme, *mine.application, clock_.NowSeconds());
    }
    return mine;
}

MyScreening ScreeningService::SaveMyAnswers(const domain::Caller& caller, long long programme_id,
                                            std::vector<domain::ScreeningAnswer> answers) {
    const auto person =
        RequireParticipant(caller, programme_id, domain::ProgrammeRole::kMentor, "answer the screening questionnaire")
            .employee_id;
    auto session = database_.Acquire();
    const auto questions = EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);
    domain::NormaliseAnswers(questions, answers);
    const auto now = clock_.NowSeconds();

    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    auto application = storage::FindApplication(*session, programme_id, person);
    if (!application)
        throw Conflict("apply to mentor in the programme first; the questionnaire is part of the application");
    storage::LockApplicationRow(*session, application->id);
    application = storage::FindApplicationById(*session, application->id);  // as it is now that it is held
    if (application->side != domain::Side::kMentor) throw Conflict("screening is for mentor applications only");
    if (application->status != domain::ApplicationStatus::kSubmitted) {
        throw Conflict("the application is " + std::string(domain::ToString(application->status)) +
                       "; its answers no longer change");
    }
    RequireNotArchived(programme);
    if (!domain::ApplicationsOpen(programme, FormatDate(now))) {
        throw Conflict("the application_deadline (" + programme.application_deadline +
                       ") has passed; answers no longer change");
    }
    application->screening_answers = answers;
    storage::SaveScreeningAnswers(*session, application->id, answers, now);
    transaction.Commit();

    MyScreening mine;
    mine.questions = questions;
    mine.answers = std::move(answers);
    application->updated_at = now;
    mine.application = std::move(application);
    mine.editable = true;
    return mine;
}

}  // namespace upward::service
