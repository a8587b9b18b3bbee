#include "service/feedback/survey_admin_service.hpp"

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/feedback/survey_lookup.hpp"
#include "service/feedback/survey_mail.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/feedback/feedback_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

SurveyAdminView ViewOf(storage::Connection& session, domain::Survey survey) {
    const auto responses = storage::CountResponses(session, survey.id);
    return {std::move(survey), responses};
}

void CreateMissingDefaults(storage::Connection& session, const domain::Programme& programme, long long now) {
    const auto existing = storage::ListSurveys(session, programme.id);
    for (const auto* kind : {"midpoint", "closing"}) {
        const bool present = std::any_of(existing.begin(), existing.end(),
                                         [kind](const domain::Survey& survey) { return survey.kind == kind; });
        if (present) continue;
        domain::Survey survey;
        survey.programme_id = programme.id;
        survey.kind = kind;
        survey.title = domain::DefaultSurveyTitle(kind);
        survey.status = "draft";
        std::tie(survey.opens_on, survey.closes_on) =
            domain::DefaultSurveyDates(kind, programme.starts_on, programme.ends_on, FormatDate(now));
        survey.created_at = survey.updated_at = now;
        survey.id = storage::InsertSurvey(session, survey);
        for (auto question : domain::DefaultSurveyQuestions(programme.topics)) {
            question.survey_id = survey.id;
            storage::InsertQuestion(session, question);
        }
    }
}

void RequireNoResponses(storage::Connection& session, const domain::Survey& survey) {
    if (storage::CountResponses(session, survey.id) > 0) {
        throw Conflict("survey " + std::to_string(survey.id) +
                       " has responses: its questions can be archived or reordered, not changed");
    }
}

domain::SurveyQuestion& QuestionIn(domain::Survey& survey, long long question_id) {
    for (auto& question : survey.questions) {
        if (question.id == question_id) return question;
    }
    throw NotFound("no question " + std::to_string(question_id) + " in survey " + std::to_string(survey.id));
}

void ValidateDates(const domain::Survey& survey) {
    if (!IsIsoDate(survey.opens_on)) throw InvalidInput("opens_on", "opens_on is a date written YYYY-MM-DD");
    if (!IsIsoDate(survey.closes_on)) throw InvalidInput("closes_on", "closes_on is a date written YYYY-MM-DD");
    if (survey.closes_on < survey.opens_on)
        throw InvalidInput("closes_on", "a survey closes on or after the day it opens");
}

}  // namespace

std::vector<SurveyAdminView> SurveyAdminService::List(const domain::Caller& caller, long long programme_id) {
    // A read never writes: the standard surveys are set up by EnsureDefaults (POST .../surveys/defaults).
    auto session = database_.Acquire();
    OverseenProgramme(*session, caller, programme_id, "surveys");
    std::vector<SurveyAdminView> views;
    for (auto& survey : storage::ListSurveys(*session, programme_id))
        views.push_back(ViewOf(*session, std::move(survey)));
    return views;
}

std::vector<SurveyAdminView> SurveyAdminService::EnsureDefaults(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    {
        storage::Transaction transaction(*session, database_.GetBackend());
        const auto programme = ProgrammeOrNotFound(*session, programme_id);
        CreateMissingDefaults(*session, programme, clock_.NowSeconds());
        transaction.Commit();
    }
    std::vector<SurveyAdminView> views;
    for (auto& survey : storage::ListSurveys(*session, programme_id))
        views.push_back(ViewOf(*session, std::move(survey)));
    return views;
}

SurveyAdminView SurveyAdminService::Get(const domain::Caller& caller, long long programme_id, long long survey_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    return ViewOf(*session, SurveyOf(*session, programme_id, survey_id));
}

SurveyAdminView SurveyAdminService::Update(const domain::Caller& caller, long long programme_id, long long survey_id,
                                           const SurveyPatch& patch) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto survey = SurveyOf(*session, programme_id, survey_id);
    if (patch.title) {
        const auto title = std::string(Trim(*patch.title));
        if (title.empty() || title.size() > 200) throw InvalidInput("title", "a title has 1 to 200 characters");
        survey.title = title;
    }
    if (patch.opens_on) survey.opens_on = *patch.opens_on;
    if (patch.closes_on) survey.closes_on = *patch.closes_on;
    ValidateDates(survey);
    survey.updated_at = clock_.NowSeconds();
    storage::UpdateSurvey(*session, survey);
    transaction.Commit();
    return ViewOf(*session, std::move(survey));
}

std::pair<SurveyAdminView, int> SurveyAdminService::Open(const domain::Caller& caller, long long programme_id,
                                                         long long survey_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    auto survey = SurveyOf(*session, programme_id, survey_id);
    const auto now = clock_.NowSeconds();
    survey.status = "open";
    survey.updated_at = now;
    storage::UpdateSurvey(*session, survey);
    int queued = 0;
    for (const auto& pair : storage::ListPairsWithStatus(*session, programme_id, {"active"})) {
        for (const auto& [side, person] :
             {std::pair{std::string("mentee"), pair.mentee}, std::pair{std::string("mentor"), pair.mentor}}) {
            const auto contact = storage::FindPersonContact(*session, person);
            if (!contact) continue;  // no address anywhere: the web UI lists the survey for them all the same
            if (storage::EnqueueMail(
                    *session, SurveyInvitationMail(survey, programme.name, pair.id, person, *contact, public_url_),
                    now)) {
                ++queued;
            }
        }
    }
    Audit(*session, clock_, caller, "survey.open", "survey:" + std::to_string(survey_id));
    transaction.Commit();
    return {ViewOf(*session, std::move(survey)), queued};
}

SurveyAdminView SurveyAdminService::Close(const domain::Caller& caller, long long programme_id, long long survey_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto survey = SurveyOf(*session, programme_id, survey_id);
    if (survey.status != "open")
        throw Conflict("survey " + std::to_string(survey_id) + " is " + survey.status + ", not open");
    survey.status = "closed";
    survey.updated_at = clock_.NowSeconds();
    storage::UpdateSurvey(*session, survey);
    Audit(*session, clock_, caller, "survey.close", "survey:" + std::to_string(survey_id));
    transaction.Commit();
    return ViewOf(*session, std::move(survey));
}

SurveyAdminView SurveyAdminService::AddQuestion(const domain::Caller& caller, long long programme_id,
                                                long long survey_id, domain::SurveyQuestion question) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto survey = SurveyOf(*session, programme_id, survey_id);
    RequireNoResponses(*session, survey);
    domain::ValidateQuestion(question);
    question.survey_id = survey.id;
    question.archived = false;
    int last = 0;
    for (const auto& existing : survey.questions) last = std::max(last, existing.position);
    question.position = last + 1;
    storage::InsertQuestion(*session, question);
    transaction.Commit();
    return ViewOf(*session, SurveyOf(*session, programme_id, survey_id));
}

SurveyAdminView SurveyAdminService::EditQuestion(const domain::Caller& caller, long long programme_id,
                                                 long long survey_id, long long question_id,
                                                 const QuestionPatch& patch) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto survey = SurveyOf(*session, programme_id, survey_id);
    auto& question = QuestionIn(survey, question_id);
    const bool changes_meaning = patch.prompt || patch.answer_type || patch.audience || patch.choices || patch.required;
    if (changes_meaning) RequireNoResponses(*session, survey);
    if (patch.prompt) question.prompt = *patch.prompt;
    if (patch.answer_type) question.answer_type = *patch.answer_type;
    if (patch.audience) question.audience = *patch.audience;
    if (patch.choices) question.choices = *patch.choices;
    if (patch.required) question.required = *patch.required;
    if (patch.archived) question.archived = *patch.archived;
    domain::ValidateQuestion(question);
    storage::UpdateQuestion(*session, question);
    transaction.Commit();
    return ViewOf(*session, SurveyOf(*session, programme_id, survey_id));
}

SurveyAdminView SurveyAdminService::Reorder(const domain::Caller& caller, long long programme_id, long long survey_id,
                                            const std::vector<long long>& question_ids) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto survey = SurveyOf(*session, programme_id, survey_id);
    const std::set<long long> given(question_ids.begin(), question_ids.end());
    if (given.size() != question_ids.size() || given.size() != survey.questions.size()) {
        throw InvalidInput("question_ids", "list every question of the survey exactly once");
    }
    int position = 0;
    for (const auto id : question_ids) {
        auto& question = QuestionIn(survey, id);
        question.position = ++position;
        storage::UpdateQuestion(*session, question);
    }
    transaction.Commit();
    return ViewOf(*session, SurveyOf(*session, programme_id, survey_id));
}

}  // namespace upward::service
