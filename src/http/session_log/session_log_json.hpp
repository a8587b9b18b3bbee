#pragma once

#include <nlohmann/json.hpp>

#include "service/reporting/at_risk_service.hpp"
#include "service/session_log/pair_journal_service.hpp"
#include "service/session_log/session_notes_service.hpp"

namespace upward::http {

nlohmann::json ToJson(const service::MyNote& note);
nlohmann::json ToJson(const domain::ActionItem& item);
nlohmann::json ToJson(const domain::GoalProgressEntry& entry);
nlohmann::json ToJson(const std::vector<service::GoalSideProgress>& sides);
nlohmann::json ToJson(const domain::Insight& insight);
nlohmann::json ToJson(const service::ProgrammeAtRisk& at_risk);

/// The note's text: {"text": "..."}; InvalidInput naming "text" otherwise.
std::string NoteTextFromJson(const nlohmann::json& body);
// Each names the field at fault; unknown fields are refused so a typo is not silently ignored.
service::ActionItemInput ActionItemInputFromJson(const nlohmann::json& body);
service::GoalProgressInput GoalProgressInputFromJson(const nlohmann::json& body);
service::InsightInput InsightInputFromJson(const nlohmann::json& body);

}  // namespace upward::http
