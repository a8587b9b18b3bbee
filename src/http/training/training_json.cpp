#include "http/training/training_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"
#include "service/training/markdown_renderer.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json ModuleCommon(const domain::TrainingModule& module) {
    return json{{"id", module.id},
                {"programme_id", module.programme_id},
                {"role", domain::ToString(module.role)},
                {"position", module.position},
                {"title", module.title},
                {"pass_mark", module.pass_mark},
                {"question_count", module.quiz.size()},
                {"updated_at", FormatTimestamp(module.updated_at)}};
}

domain::QuizQuestion QuestionFromJson(const json& value, const std::string& field) {
    if (!value.is_object()) throw InvalidInput(field, field + " must be an object with question, options and answer");
    domain::QuizQuestion question;
    bool has_answer = false;
    for (const auto& [key, item] : value.items()) {
        const auto item_field = field + "." + key;
        if (key == "question") {
            question.question = TextField(item, item_field, domain::kMaxQuestionLength);
        } else if (key == "options") {
            if (!item.is_array()) throw InvalidInput(item_field, item_field + " must be an array of strings");
            if (item.size() > domain::kMaxOptions) {
                throw InvalidInput(
                    item_field, item_field + " may hold at most " + std::to_string(domain::kMaxOptions) + " options");
            }
            for (std::size_t i = 0; i < item.size(); ++i) {
                question.options.push_back(TextField(item[i], Indexed(item_field, i), domain::kMaxOptionLength));
            }
        } else if (key == "answer") {
            if (!item.is_number_integer())
                throw InvalidInput(item_field, item_field + " must be the index of the right option");
            const auto answer = item.get<long long>();
            if (answer < 0 || answer >= static_cast<long long>(domain::kMaxOptions)) {
                throw InvalidInput(item_field, item_field + " must be the index of one of the options");
            }
            question.answer = static_cast<int>(answer);
            has_answer = true;
        } else {
            throw InvalidInput(item_field, "unknown field " + item_field);
        }
    }
    if (!has_answer) throw InvalidInput(field + ".answer", field + ".answer is required");
    return question;
}

std::vector<domain::QuizQuestion> QuizFromJson(const json& value, const std::string& field) {
    if (!value.is_array()) throw InvalidInput(field, field + " must be an array of questions");
    if (value.size() > domain::kMaxQuestions) {
        throw InvalidInput(field, field + " may hold at most " + std::to_string(domain::kMaxQuestions) + " questions");
    }
    std::vector<domain::QuizQuestion> quiz;
    for (std::size_t i = 0; i < value.size(); ++i) quiz.push_back(QuestionFromJson(value[i], Indexed(field, i)));
    return quiz;
}

}  // namespace

json QuizToJson(const std::vector<domain::QuizQuestion>& quiz, bool with_answers) {
    json items = json::array();
    for (const auto& question : quiz) {
        json item = {{"question", question.question}, {"options", question.options}};
        if (with_answers) item["answer"] = question.answer;
        items.push_back(std::move(item));
    }
    return items;
}

domain::TrainingModulePatch TrainingModulePatchFromJson(const json& body) {
    RequireObject(body);
    domain::TrainingModulePatch patch;
    for (const auto& [key, value] : body.items()) {
        if (key == "title") {
            patch.title = TextField(value, key, domain::kMaxTitleLength);
        } else if (key == "body_markdown") {
            // Markdown is whitespace-sensitive (indented code, hard breaks): keep it as written.
            patch.body_markdown = TextField(value, key, domain::kMaxBodyLength, Whitespace::kKeep);
        } else if (key == "quiz") {
            patch.quiz = QuizFromJson(value, key);
        } else if (key == "pass_mark") {
            if (!value.is_number_integer()) throw InvalidInput(key, "pass_mark must be an integer percentage");
            patch.pass_mark = IntegerField(value, key, 1, 100);
        } else if (key == "role") {
            const auto role = value.is_string() ? domain::ParseProgrammeRole(value.get<std::string>()) : std::nullopt;
            if (!role) throw InvalidInput(key, "role must be mentor or mentee");
            patch.role = *role;
        } else {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    return patch;
}

std::vector<int> QuizAnswersFromJson(const json& value) {
    if (!value.is_array())
        throw InvalidInput("answers", "answers must be an array of option indices, one per question");
    if (value.size() > domain::kMaxQuestions)
        throw InvalidInput("answers", "answers holds more answers than any quiz has questions");
    std::vector<int> answers;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto field = Indexed("answers", i);
        if (!value[i].is_number_integer()) throw InvalidInput(field, field + " must be the index of an option");
        const auto answer = value[i].get<long long>();
        if (answer < 0 || answer >= static_cast<long long>(domain::kMaxOptions)) {
            throw InvalidInput(field, field + " must be the index of an option");
        }
        answers.push_back(static_cast<int>(answer));
    }
    return answers;
}

json AdminModuleJson(const domain::TrainingModule& module) {
    auto body = ModuleCommon(module);
    body["body_markdown"] = module.body_markdown;
    body["html"] = service::RenderMarkdown(module.body_markdown);
    body["quiz"] = QuizToJson(module.quiz, true);
    body["created_at"] = FormatTimestamp(module.created_at);
    body["archived_at"] = module.archived_at ? json(FormatTimestamp(*module.archived_at)) : json(nullptr);
    return body;
}

json ParticipantModuleJson(const service::ParticipantModule& entry) {
    auto body = ModuleCommon(entry.module);
    body["html"] = entry.html;
    body["quiz"] = QuizToJson(entry.module.quiz, false);
    body["status"] = domain::ToString(entry.status);
    body["attempts"] = entry.attempts;
    body["best_score"] = entry.attempts > 0 ? json(entry.best_score) : json(nullptr);
    return body;
}

json ToJson(const service::AttemptOutcome& outcome) {
    return json{{"id", outcome.attempt_id},
                {"module_id", outcome.module_id},
                {"score", outcome.grade.score},
                {"passed", outcome.grade.passed},
                {"pass_mark", outcome.pass_mark},
                {"correct", outcome.grade.correct},
                {"total", outcome.grade.total},
                {"wrong_questions", outcome.grade.wrong},
                {"role_complete", outcome.role_complete},
                {"attempted_at", FormatTimestamp(outcome.attempted_at)}};
}

json ToJson(const domain::TrainingAttempt& attempt) {
    return json{{"id", attempt.id},           {"module_id", attempt.module_id},
                {"answers", attempt.answers}, {"score", attempt.score},
                {"passed", attempt.passed},   {"attempted_at", FormatTimestamp(attempt.attempted_at)}};
}

json ToJson(const service::TrainingProgress& progress) {
    json modules = json::array();
    for (const auto& module : progress.modules) modules.push_back(ModuleCommon(module));
    json participants = json::array();
    for (const auto& row : progress.participants) {
        json cells = json::array();
        for (const auto& cell : row.modules) {
            cells.push_back({{"module_id", cell.module_id},
                             {"status", domain::ToString(cell.status)},
                             {"attempts", cell.attempts},
                             {"best_score", cell.attempts > 0 ? json(cell.best_score) : json(nullptr)}});
        }
        participants.push_back(
            {{"user_id", row.participant.user_id},
             {"display_name", row.participant.display_name},
             {"email", row.participant.email},
             {"employee_id", row.participant.person_id.empty() ? json(nullptr) : json(row.participant.person_id)},
             {"role", domain::ToString(row.participant.role)},
             {"modules", cells},
             {"passed", row.passed},
             {"total", row.modules.size()},
             {"complete", row.complete}});
    }
    return json{{"modules", modules}, {"participants", participants}};
}

}  // namespace upward::http
