#pragma once

#include <nlohmann/json.hpp>

#include "service/enrolment/enrolment_service.hpp"

namespace upward::http {

// The API shapes of invitations, applications, ground rules and enrolment status (see openapi.json).

nlohmann::json ToJson(const service::InviteOutcome& outcome);
nlohmann::json ToJson(const service::InvitationView& view);
nlohmann::json ToJson(const service::InvitationPreview& preview);
/// An application as its applicant and admins see it (screening answers and decision included).
nlohmann::json ToJson(const domain::Application& application);
nlohmann::json ToJson(const service::ApplicationView& view);
nlohmann::json ToJson(const service::GroundRulesView& view);
nlohmann::json ToJson(const service::EnrolmentStatus& status);

/// Reads an invite request: {"side", "employee_ids": [...]} or {"side", "filter": {"grade_min", "grade_max",
/// "department", "location"}}, optional "expires_in_days". InvalidInput names the field.
service::InviteRequest InviteRequestFromJson(const nlohmann::json& body);

/// Reads an application body {"side"?, "topics", "languages", "availability", "motivation", "goals"?}: types,
/// lengths and slots; the rules that need the programme and the applicant's side are
/// domain::CheckApplicationAnswers'. InvalidInput names the field: "topics[1].level", "availability[0]", ...
domain::ApplicationAnswersInput ApplicationAnswersFromJson(const nlohmann::json& body);

}  // namespace upward::http
