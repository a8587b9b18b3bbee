#include "http/feedback/feedback_json.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json Guarded(const domain::GuardedFigure& figure) {
    return {{"value", figure.value ? json(*figure.value) : json(nullptr)},
            {"count", figure.count},
            {"withheld", figure.Withheld()},
            {"withheld_reason", figure.Withheld() ? json(figure.withheld_reason) : json(nullptr)}};
}

json NullIfEmpty(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

void RequireObject(const json& body) {
    if (!body.is_object()) throw InvalidInput("body", "the body is a JSON object");
}

std::optional<std::string> OptionalString(const json& body, const char* field) {
    if (!body.contains(field) || body[field].is_null()) return std::nullopt;
    if (!body[field].is_string()) throw InvalidInput(field, std::string(field) + " is text");
    return body[field].get<std::string>();
}

std::optional<bool> OptionalBool(const json& body, const char* field) {
    if (!body.contains(field) || body[field].is_null()) return std::nullopt;
    if (!body[field].is_boolean()) throw InvalidInput(field, std::string(field) + " is true or false");
    return body[field].get<bool>();
}

std::optional<std::vector<std::string>> OptionalStrings(const json& body, const char* field) {
    if (!body.contains(field) || body[field].is_null()) return std::nullopt;
    if (!body[field].is_array()) throw InvalidInput(field, std::string(field) + " is a list of text");
    std::vector<std::string> items;
    for (const auto& item : body[field]) {
        if (!item.is_string()) throw InvalidInput(field, std::string(field) + " is a list of text");
        items.push_back(item.get<std::string>());
    }
    return items;
}

json AnswerJson(const domain::SurveyAnswer& answer) {
    return {{"question_id", answer.question_id},
            {"number", answer.number ? json(*answer.number) : json(nullptr)},
            {"choice", NullIfEmpty(answer.choice)},
            {"text", NullIfEmpty(answer.text)}};
}

}  // namespace

json PulseJson(long long occurrence_id, const std::optional<domain::Pulse>& pulse) {
    if (!pulse) return {{"occurrence_id", occurrence_id}, {"submitted", false}};
    return {{"occurrence_id", occurrence_id},
            {"pair_id", pulse->pair_id},
            {"submitted", true},
            {"usefulness", pulse->usefulness},
            {"comment", pulse->comment},
            {"submitted_at", FormatTimestamp(pulse->submitted_at)}};
}

json ToJson(const domain::SurveyQuestion& question) {
    json out = {
        {"id", question.id},
        {"position", question.position},
        {"audience", question.audience},
        {"answer_type", question.answer_type},
        {"subject", question.subject},
        {"quality", NullIfEmpty(question.quality)},
        {"quality_label", question.quality.empty() ? json(nullptr) : json(domain::QualityLabel(question.quality))},
        {"topic", NullIfEmpty(question.topic)},
        {"phase", NullIfEmpty(question.phase)},
        {"prompt", question.prompt},
        {"choices", question.choices},
        {"required", question.required},
        {"archived", question.archived}};
    return out;
}

namespace {

json SurveyJson(const domain::Survey& survey) {
    json questions = json::array();
    for (const auto& question : survey.questions) questions.push_back(ToJson(question));
    return {{"id", survey.id},
            {"programme_id", survey.programme_id},
            {"kind", survey.kind},
            {"title", survey.title},
            {"status", survey.status},
            {"opens_on", survey.opens_on},
            {"closes_on", survey.closes_on},
            {"questions", questions}};
}

}  // namespace

json ToJson(const service::SurveyAdminView& view) {
    auto out = SurveyJson(view.survey);
    out["responses"] = view.responses;
    return out;
}

json ToJson(const service::SurveyForm& form) {
    json answers = json::array();
    for (const auto& answer : form.own_answers) answers.push_back(AnswerJson(answer));
    return {{"survey", SurveyJson(form.survey)},
            {"pair_id", form.pair_id},
            {"side", form.side},
            {"programme_name", form.programme_name},
            {"answered", form.answered},
            {"own_answers", answers},
            {"released", form.released}};
}

json ToJson(const service::MySurvey& survey) {
    return {{"survey_id", survey.survey_id}, {"title", survey.title},         {"kind", survey.kind},
            {"status", survey.status},       {"closes_on", survey.closes_on}, {"programme_id", survey.programme_id},
            {"pair_id", survey.pair_id},     {"side", survey.side},           {"answered", survey.answered}};
}

json ToJson(const service::ReleasedFeedback& feedback) {
    json ratings = json::array();
    for (const auto& rating : feedback.ratings) {
        ratings.push_back({{"quality", rating.quality}, {"label", rating.label}, {"rating", rating.rating}});
    }
    return {{"pair_id", feedback.pair_id},
            {"programme_id", feedback.programme_id},
            {"survey_id", feedback.survey_id},
            {"survey_title", feedback.survey_title},
            {"kind", feedback.kind},
            {"from", "your partner"},
            {"released", feedback.released},
            {"withheld_reason",
             feedback.released ? json(nullptr) : json("shown once both of you have answered this survey")},
            {"ratings", ratings}};
}

json ToJson(const service::SurveyResultsView& results) {
    json questions = json::array();
    for (const auto& result : results.questions) {
        json distribution = json::array();
        for (const auto& [value, count] : result.distribution)
            distribution.push_back({{"value", value}, {"count", count}});
        auto question = ToJson(result.question);
        question["responses"] = result.responses;
        question["withheld"] = result.Withheld();
        question["withheld_reason"] = NullIfEmpty(result.withheld_reason);
        const bool numeric = result.question.answer_type == "likert" || result.question.answer_type == "recommend";
        question["mean"] = numeric ? Guarded(result.mean) : json(nullptr);
        question["distribution"] = distribution;
        question["texts"] = result.texts;
        questions.push_back(std::move(question));
    }
    json filter = {{"side", NullIfEmpty(results.filter.side)}, {"department", NullIfEmpty(results.filter.department)}};
    filter["grade_band"] = results.filter.grade_band ? json(std::to_string(results.filter.grade_band->first) + "-" +
                                                            std::to_string(results.filter.grade_band->second))
                                                     : json(nullptr);
    auto survey = SurveyJson(results.survey);
    survey.erase("questions");
    return {{"survey", survey},
            {"k", results.k},
            {"filter", filter},
            {"departments", results.departments},
            {"questions", questions}};
}

domain::SurveyQuestion QuestionFromJson(const json& body) {
    RequireObject(body);
    domain::SurveyQuestion question;
    question.audience = OptionalString(body, "audience").value_or("");
    question.answer_type = OptionalString(body, "answer_type").value_or("");
    question.subject = OptionalString(body, "subject").value_or("programme");
    question.quality = OptionalString(body, "quality").value_or("");
    question.topic = OptionalString(body, "topic").value_or("");
    question.phase = OptionalString(body, "phase").value_or("");
    question.prompt = OptionalString(body, "prompt").value_or("");
    question.choices = OptionalStrings(body, "choices").value_or(std::vector<std::string>{});
    question.required = OptionalBool(body, "required").value_or(false);
    return question;
}

service::QuestionPatch QuestionPatchFromJson(const json& body) {
    RequireObject(body);
    service::QuestionPatch patch;
    patch.prompt = OptionalString(body, "prompt");
    patch.answer_type = OptionalString(body, "answer_type");
    patch.audience = OptionalString(body, "audience");
    patch.choices = OptionalStrings(body, "choices");
    patch.required = OptionalBool(body, "required");
    patch.archived = OptionalBool(body, "archived");
    return patch;
}

service::SurveyPatch SurveyPatchFromJson(const json& body) {
    RequireObject(body);
    return {OptionalString(body, "title"), OptionalString(body, "opens_on"), OptionalString(body, "closes_on")};
}

std::vector<domain::SurveyAnswer> SurveyAnswersFromJson(const json& body) {
    if (!body.contains("answers") || !body["answers"].is_array()) throw InvalidInput("answers", "answers is a list");
    std::vector<domain::SurveyAnswer> answers;
    for (const auto& item : body["answers"]) {
        if (!item.is_object() || !item.contains("question_id") || !item["question_id"].is_number_integer()) {
            throw InvalidInput("question_id", "each answer names its question_id");
        }
        domain::SurveyAnswer answer;
        answer.question_id = item["question_id"].get<long long>();
        if (item.contains("number") && !item["number"].is_null()) {
            if (!item["number"].is_number_integer()) throw InvalidInput("number", "number is a whole number");
            const auto number = item["number"].get<long long>();
            // Far out of range stays out of range instead of wrapping around.
            answer.number = static_cast<int>(std::max<long long>(std::min<long long>(number, 1000), -1000));
        }
        answer.choice = OptionalString(item, "choice").value_or("");
        answer.text = OptionalString(item, "text").value_or("");
        answers.push_back(std::move(answer));
    }
    return answers;
}

}  // namespace upward::http
