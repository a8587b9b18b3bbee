#include "http/training/training_json.hpp"

#include "core/text.hpp"
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

}  // namespace

json AdminModuleJson(const domain::TrainingModule& module) {
    auto body = ModuleCommon(module);
    body["body_markdown"] = module.body_markdown;
    body["html"] = service::RenderMarkdown(module.body_markdown);
    body["quiz"] = domain::QuizToJson(module.quiz, true);
    body["created_at"] = FormatTimestamp(module.created_at);
    body["archived_at"] = module.archived_at ? json(FormatTimestamp(*module.archived_at)) : json(nullptr);
    return body;
}

json ParticipantModuleJson(const service::ParticipantModule& entry) {
    auto body = ModuleCommon(entry.module);
    body["html"] = entry.html;
    body["quiz"] = domain::QuizToJson(entry.module.quiz, false);
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
