#include "service/feedback/survey_response_service.hpp"

#include "core/errors.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/feedback/survey_lookup.hpp"
#include "storage/database/database.hpp"
#include "storage/feedback/feedback_repository.hpp"

namespace upward::service {

namespace {

std::string OtherSide(const std::string& side) { return side == "mentee" ? "mentor" : "mentee"; }

// The survey and the caller's side of the pair, or NotFound when either is not theirs to see.
std::pair<domain::Survey, std::pair<domain::Pair, std::string>> SurveyForPair(storage::Connection& session,
                                                                              const domain::Caller& caller,
                                                                              long long survey_id, long long pair_id) {
    auto own = PairFor(session, caller, pair_id, PairUse::kOwn, kPairFeedbackRefusal);
    auto survey = storage::FindSurvey(session, survey_id);
    if (!survey || survey->programme_id != own.pair.programme_id || survey->status == "draft") {
        throw NotFound("no survey with id " + std::to_string(survey_id) + " for pair " + std::to_string(pair_id));
    }
    return {*survey, {domain::WithoutPrivateFields(std::move(own.pair)), own.side}};
}

SurveyForm BuildForm(storage::Connection& session, domain::Survey survey, const domain::Pair& pair,
                     const std::string& side) {
    SurveyForm form;
    form.pair_id = pair.id;
    form.side = side;
    form.programme_name = ProgrammeOrNotFound(session, pair.programme_id).name;
    std::vector<domain::SurveyQuestion> asked;
    for (auto& question : survey.questions) {
        if (!question.archived && question.audience == side) asked.push_back(std::move(question));
    }
    survey.questions = std::move(asked);
    form.answered = storage::HasResponse(session, survey.id, pair.id, side);
    if (form.answered) form.own_answers = storage::AnswersOf(session, survey.id, pair.id, side);
    form.released = form.answered && storage::HasResponse(session, survey.id, pair.id, OtherSide(side));
    form.survey = std::move(survey);
    return form;
}

}  // namespace

SurveyForm SurveyResponseService::Form(const domain::Caller& caller, long long survey_id, long long pair_id) {
    auto session = database_.Acquire();
    auto [survey, own] = SurveyForPair(*session, caller, survey_id, pair_id);
    return BuildForm(*session, std::move(survey), own.first, own.second);
}

// One response per person and pair: checked first, and again by the insert for answers sent at the same moment.
constexpr const char* kAnsweredAlready =
    "you answered this survey for this pair already; it is one response per person";

SurveyForm SurveyResponseService::Respond(const domain::Caller& caller, long long survey_id, long long pair_id,
                                          const std::vector<domain::SurveyAnswer>& answers) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto [survey, own] = SurveyForPair(*session, caller, survey_id, pair_id);
    const auto& [pair, side] = own;
    if (survey.status != "open")
        throw Conflict("survey " + std::to_string(survey_id) + " is " + survey.status + ", not open");
    if (pair.status != domain::PairStatus::kActive && pair.status != domain::PairStatus::kEnded) {
        throw Conflict("pair " + std::to_string(pair_id) + " is not active: surveys are for pairs that meet");
    }
    if (storage::HasResponse(*session, survey_id, pair_id, side)) {
        throw Conflict(kAnsweredAlready);
    }
    const auto kept = domain::ValidAnswers(survey.questions, side, answers);
    if (storage::InsertResponse(*session, survey_id, pair_id, side, caller.user_id, kept, clock_.NowSeconds()) == 0) {
        throw Conflict(kAnsweredAlready);
    }
    // No audit line and no log detail here: who answered what about their partner stays in the response alone.
    transaction.Commit();
    return BuildForm(*session, std::move(survey), pair, side);
}

std::vector<MySurvey> SurveyResponseService::Mine(const domain::Caller& caller) {
    std::vector<MySurvey> mine;
    if (caller.person_id.empty()) return mine;
    auto session = database_.Acquire();
    for (const auto& pair : storage::ListPairsOfPerson(*session, caller.person_id, {"active", "ended"})) {
        const auto side = pair.mentee == caller.person_id ? std::string("mentee") : std::string("mentor");
        for (const auto& survey : storage::ListSurveys(*session, pair.programme_id)) {
            if (survey.status == "draft") continue;
            mine.push_back({survey.id, survey.title, survey.kind, survey.status, survey.closes_on, pair.programme_id,
                            pair.id, side, storage::HasResponse(*session, survey.id, pair.id, side)});
        }
    }
    return mine;
}

}  // namespace upward::service
