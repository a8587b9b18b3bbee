#pragma once

#include <nlohmann/json.hpp>

#include "domain/records/training_records.hpp"
#include "domain/training.hpp"
#include "service/training/training_service.hpp"

// The training API's representations. Only admin representations carry a quiz's right answers; what a
// participant receives is built without them, so no code path can leak them by forgetting a flag.
namespace upward::http {

/// A module for admins: Markdown, rendered HTML and the quiz with its answers.
nlohmann::json AdminModuleJson(const domain::TrainingModule& module);
/// A module for the participant taking it: rendered HTML, the quiz without answers, their status.
nlohmann::json ParticipantModuleJson(const service::ParticipantModule& entry);
/// An attempt's outcome: score, pass, and which questions (0-based) were wrong.
nlohmann::json ToJson(const service::AttemptOutcome& outcome);
/// One of the caller's past attempts (their own answers, score and pass).
nlohmann::json ToJson(const domain::TrainingAttempt& attempt);
nlohmann::json ToJson(const service::TrainingProgress& progress);

/// The quiz as the API shows it; without answers it is safe to show the people taking it.
nlohmann::json QuizToJson(const std::vector<domain::QuizQuestion>& quiz, bool with_answers);

/// Reads a module's writable fields (title, body_markdown, quiz, pass_mark, role) from a request body. Throws
/// InvalidInput naming the field ("quiz[2].options[1]") on a wrong type or an unknown field; the rules across
/// fields are domain::Validate's.
domain::TrainingModulePatch TrainingModulePatchFromJson(const nlohmann::json& body);

/// Reads an attempt's answers: an array of option indices, one per question; InvalidInput naming "answers" or
/// "answers[i]" otherwise.
std::vector<int> QuizAnswersFromJson(const nlohmann::json& value);

}  // namespace upward::http
