#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/records/feedback_records.hpp"
#include "domain/survey.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"

// The feedback API's representations. What a participant receives about their partner is built from
// service::ReleasedFeedback alone (ratings per quality), so no code path can hand them a comment or a time.
namespace upward::http {

nlohmann::json PulseJson(long long occurrence_id, const std::optional<domain::Pulse>& pulse);
nlohmann::json ToJson(const domain::SurveyQuestion& question);
nlohmann::json ToJson(const service::SurveyAdminView& view);
nlohmann::json ToJson(const service::SurveyForm& form);
nlohmann::json ToJson(const service::MySurvey& survey);
nlohmann::json ToJson(const service::ReleasedFeedback& feedback);
nlohmann::json ToJson(const service::SurveyResultsView& results);

/// Request bodies; InvalidInput naming the field on a wrong type.
domain::SurveyQuestion QuestionFromJson(const nlohmann::json& body);
service::QuestionPatch QuestionPatchFromJson(const nlohmann::json& body);
service::SurveyPatch SurveyPatchFromJson(const nlohmann::json& body);
std::vector<domain::SurveyAnswer> SurveyAnswersFromJson(const nlohmann::json& body);

}  // namespace upward::http
