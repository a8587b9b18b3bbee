#pragma once

#include <nlohmann/json.hpp>

#include "service/enrolment/enrolment_service.hpp"

namespace upward::http {

// The API shapes of invitations, applications, ground rules and enrolment status (see openapi.json).

nlohmann::json ToJson(const service::InviteOutcome& outcome);
nlohmann::json ToJson(const service::InvitationView& view);
nlohmann::json ToJson(const service::InvitationPreview& preview);
nlohmann::json ToJson(const service::ApplicationView& view);
nlohmann::json ToJson(const service::GroundRulesView& view);
nlohmann::json ToJson(const service::EnrolmentStatus& status);

/// Reads an invite request: {"side", "employee_ids": [...]} or {"side", "filter": {"grade_min", "grade_max",
/// "department", "location"}}, optional "expires_in_days". InvalidInput names the field.
service::InviteRequest InviteRequestFromJson(const nlohmann::json& body);

}  // namespace upward::http
