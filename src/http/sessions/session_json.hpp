#pragma once

#include <nlohmann/json.hpp>

#include "domain/session.hpp"
#include "service/sessions/session_service.hpp"

namespace upward::http {

/// A pair's sessions for the API: instants as ISO-8601 UTC text ("2027-03-03T15:00:00Z").
nlohmann::json ToJson(const service::PairSessions& sessions);
nlohmann::json ToJson(const domain::SessionPolicy& policy);

/// {"from_occurrence_id", "weekday", "start_time", "time_zone"?, "reason"}; InvalidInput names the field.
service::SeriesMove SeriesMoveFromJson(const nlohmann::json& body);
/// {"took_place": bool, "absent_side": "mentee"|"mentor"|"both"|null}.
service::AttendanceInput AttendanceFromJson(const nlohmann::json& body);
/// {"reminder_minutes": [int], "max_consecutive_misses", "max_total_misses", "at_risk_weeks"}; fields left out
/// keep the values of `current`.
domain::SessionPolicy SessionPolicyFromJson(const nlohmann::json& body, domain::SessionPolicy current);
/// The text field `name` of an object body ("" when absent); InvalidInput when it is there but not text.
std::string TextFieldOf(const nlohmann::json& body, const std::string& name);

}  // namespace upward::http
