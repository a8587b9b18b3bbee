#include "http/screening/screening_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/enrolment/enrolment_json.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json TimeOrNull(const std::optional<long long>& seconds) {
    return seconds ? json(FormatTimestamp(*seconds)) : json(nullptr);
}

json OptionalNumber(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

const json& ListField(const json& body, const std::string& name, const std::string& what) {
    if (!body.is_object() || !body.contains(name) || !body[name].is_array()) {
        throw InvalidInput(name, name + " must be a list of " + what);
    }
    return body[name];
}

std::string TextMember(const json& item, const std::string& name, const std::string& field) {
    if (!item.contains(name) || !item[name].is_string()) throw InvalidInput(field, field + " must be text");
    return item[name].get<std::string>();
}

json PersonJson(const std::optional<domain::Person>& person) {
    if (!person) return nullptr;
    return json{{"employee_id", person->employee_id}, {"name", person->name},    {"title", person->title},
                {"department", person->department},   {"grade", person->grade},  {"location", person->location},
                {"time_zone", person->time_zone},     {"active", person->active}};
}

json SummaryJson(const domain::ScoreSummary& summary) {
    json averages = json::object();
    for (const auto& [quality, average] : summary.average_by_quality) averages[quality] = average;
    json recommendations = {{"approve", 0}, {"wait_list", 0}, {"decline", 0}};
    for (const auto& [recommendation, count] : summary.recommendations) recommendations[recommendation] = count;
    return json{{"reviews", summary.reviews},
                {"average_by_quality", averages},
                {"overall", OptionalNumber(summary.overall)},
                {"recommendations", recommendations}};
}

}  // namespace

json ToJson(const domain::ScreeningQuestion& question) {
    return json{{"id", question.id},
                {"position", question.position},
                {"quality", question.quality},
                {"prompt", question.prompt}};
}

json QuestionsJson(const std::vector<domain::ScreeningQuestion>& questions) {
    json items = json::array();
    for (const auto& question : questions) items.push_back(ToJson(question));
    return json{{"items", items}, {"qualities", domain::ScoredQualities(questions)}};
}

json ToJson(const service::MyScreening& mine) {
    json answers = json::array();
    for (const auto& answer : mine.answers)
        answers.push_back({{"question_id", answer.question_id}, {"answer", answer.answer}});
    json application = nullptr;
    if (mine.application) {
        const auto& a = *mine.application;
        application = {{"id", a.id},
                       {"side", domain::ToString(a.side)},
                       {"status", domain::ToString(a.status)},
                       {"decision_reason", a.decision_reason.empty() ? json(nullptr) : json(a.decision_reason)},
                       {"decided_at", TimeOrNull(a.decided_at)},
                       {"submitted_at", FormatTimestamp(a.submitted_at)}};
    }
    json questions = json::array();
    for (const auto& question : mine.questions) questions.push_back(ToJson(question));
    return json{
        {"questions", questions}, {"application", application}, {"answers", answers}, {"editable", mine.editable}};
}

json ToJson(const domain::ProgrammeReviewer& reviewer) {
    return json{{"user_id", reviewer.user_id},
                {"email", reviewer.email},
                {"display_name", reviewer.display_name},
                {"employee_id", reviewer.person_id.empty() ? json(nullptr) : json(reviewer.person_id)}};
}

json ToJson(const domain::ReviewedProgramme& programme) {
    return json{{"programme_id", programme.programme_id},
                {"name", programme.name},
                {"status", programme.status},
                {"awaiting_decision", programme.awaiting_decision}};
}

json ToJson(const service::ReviewQueue& queue) {
    json items = json::array();
    for (const auto& entry : queue.items) {
        const auto& a = entry.application;
        items.push_back({{"application_id", a.id},
                         {"employee_id", a.employee_id},
                         {"person", PersonJson(entry.person)},
                         {"status", domain::ToString(a.status)},
                         {"submitted_at", FormatTimestamp(a.submitted_at)},
                         {"updated_at", FormatTimestamp(a.updated_at)},
                         {"decided_at", TimeOrNull(a.decided_at)},
                         {"answered", entry.answered},
                         {"reviewed_by_me", entry.reviewed_by_me},
                         {"scores", SummaryJson(entry.scores)}});
    }
    return json{{"qualities", queue.qualities}, {"items", items}, {"withheld", queue.withheld}};
}

json ReviewJson(const domain::ScreeningReview& review, bool mine) {
    json scores = json::object();
    for (const auto& [quality, score] : review.scorecard.scores) scores[quality] = score;
    return json{{"application_id", review.application_id},
                {"reviewer_user_id", review.reviewer_user_id},
                {"reviewer_name", review.reviewer_name},
                {"mine", mine},
                {"scores", scores},
                {"recommendation", domain::ToString(review.scorecard.recommendation)},
                {"comment", review.scorecard.comment},
                {"created_at", FormatTimestamp(review.created_at)},
                {"updated_at", FormatTimestamp(review.updated_at)}};
}

json ToJson(const service::ApplicationScreening& screening) {
    json answers = json::array();
    for (const auto& answer : screening.answers) {
        answers.push_back({{"question_id", answer.question_id},
                           {"quality", answer.prompt.empty() ? json(nullptr) : json(answer.quality)},
                           {"prompt", answer.prompt.empty() ? json(nullptr) : json(answer.prompt)},
                           {"answer", answer.answer}});
    }
    json reviews = json::array();
    for (const auto& review : screening.reviews) {
        reviews.push_back(ReviewJson(review, review.reviewer_user_id == screening.viewer_user_id));
    }
    return json{
        {"application", ToJson(screening.application)},
        {"person", PersonJson(screening.person)},
        {"qualities", screening.qualities},
        {"answers", answers},
        {"reviews", reviews},
        {"scores", SummaryJson(screening.scores)},
        {"can_review", screening.can_review},
        {"can_decide", screening.can_decide},
        {"decided_by_name", screening.decided_by_name.empty() ? json(nullptr) : json(screening.decided_by_name)}};
}

json ToJson(const service::DecisionResult& result) {
    const auto& a = result.application;
    return json{{"application",
                 {{"id", a.id},
                  {"status", domain::ToString(a.status)},
                  {"decision_reason", a.decision_reason},
                  {"decided_at", TimeOrNull(a.decided_at)}}},
                {"mail_queued", result.mail_queued}};
}

std::vector<domain::ScreeningQuestion> QuestionsFromJson(const json& body) {
    const auto& list = ListField(body, "questions", "questions");
    std::vector<domain::ScreeningQuestion> questions;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = "questions[" + std::to_string(i) + "]";
        const auto& item = list[i];
        if (!item.is_object()) throw InvalidInput(at, at + " must be an object with quality and prompt");
        domain::ScreeningQuestion question;
        if (item.contains("id") && !item["id"].is_null()) {
            if (!item["id"].is_number_integer() || item["id"].get<long long>() <= 0) {
                throw InvalidInput(at + ".id", at + ".id must be the id of one of the programme's questions");
            }
            question.id = item["id"].get<long long>();
        }
        question.quality = TextMember(item, "quality", at + ".quality");
        question.prompt = TextMember(item, "prompt", at + ".prompt");
        questions.push_back(std::move(question));
    }
    return questions;
}

std::vector<domain::ScreeningAnswer> AnswersFromJson(const json& body) {
    const auto& list = ListField(body, "answers", "answers");
    std::vector<domain::ScreeningAnswer> answers;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = "answers[" + std::to_string(i) + "]";
        const auto& item = list[i];
        if (!item.is_object()) throw InvalidInput(at, at + " must be an object with question_id and answer");
        if (!item.contains("question_id") || !item["question_id"].is_number_integer()) {
            throw InvalidInput(at + ".question_id", at + ".question_id must be a question's id");
        }
        answers.push_back({item["question_id"].get<long long>(), TextMember(item, "answer", at + ".answer")});
    }
    return answers;
}

domain::Scorecard ScorecardFromJson(const json& body) {
    if (!body.is_object())
        throw InvalidInput("body", "the scorecard must be an object with scores, recommendation and comment");
    domain::Scorecard scorecard;
    if (!body.contains("scores") || !body["scores"].is_object()) {
        throw InvalidInput("scores", "scores must map each quality to a whole number from 1 to 5");
    }
    for (const auto& [quality, score] : body["scores"].items()) {
        if (!score.is_number_integer())
            throw InvalidInput("scores." + quality, "a score is a whole number from 1 to 5");
        const auto value = score.get<long long>();
        if (value < 1 || value > 5) throw InvalidInput("scores." + quality, "a score is a whole number from 1 to 5");
        scorecard.scores[ToLower(Trim(quality))] = static_cast<int>(value);
    }
    scorecard.recommendation = OutcomeFromJson(body, "recommendation");
    if (body.contains("comment") && !body["comment"].is_null()) {
        if (!body["comment"].is_string()) throw InvalidInput("comment", "comment must be text");
        scorecard.comment = body["comment"].get<std::string>();
    }
    return scorecard;
}

domain::ScreeningOutcome OutcomeFromJson(const json& body, const std::string& field) {
    if (body.is_object() && body.contains(field) && body[field].is_string()) {
        if (const auto outcome = domain::ParseScreeningOutcome(body[field].get<std::string>())) return *outcome;
    }
    throw InvalidInput(field, field + " must be approve, wait_list or decline");
}

}  // namespace upward::http
