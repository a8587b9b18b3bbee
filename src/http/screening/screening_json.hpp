#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/screening.hpp"
#include "service/screening/screening_service.hpp"

// The API representation of screening, and the readers of its request bodies (InvalidInput names the field).
namespace upward::http {

nlohmann::json ToJson(const domain::ScreeningQuestion& question);
nlohmann::json QuestionsJson(const std::vector<domain::ScreeningQuestion>& questions);
/// The applicant's view: questions, their answers, and their application's status and outcome only.
nlohmann::json ToJson(const service::MyScreening& mine);
nlohmann::json ToJson(const domain::ProgrammeReviewer& reviewer);
nlohmann::json ToJson(const domain::ReviewedProgramme& programme);
nlohmann::json ToJson(const service::ReviewQueue& queue);
nlohmann::json ToJson(const service::ApplicationScreening& screening);
/// A scorecard as its reviewer, or an admin, reads it; `mine` says whether the caller wrote it.
nlohmann::json ReviewJson(const domain::ScreeningReview& review, bool mine);
nlohmann::json ToJson(const service::DecisionResult& result);

/// {"questions": [{"id"?, "quality", "prompt"}, ...]}
std::vector<domain::ScreeningQuestion> QuestionsFromJson(const nlohmann::json& body);
/// {"answers": [{"question_id", "answer"}, ...]}
std::vector<domain::ScreeningAnswer> AnswersFromJson(const nlohmann::json& body);
/// {"scores": {"patience": 4, ...}, "recommendation": "approve", "comment": "..."}
domain::Scorecard ScorecardFromJson(const nlohmann::json& body);
/// "approve", "wait_list" or "decline" from `body[field]`; InvalidInput naming the field otherwise.
domain::ScreeningOutcome OutcomeFromJson(const nlohmann::json& body, const std::string& field);

}  // namespace upward::http
