#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/match_run.hpp"
#include "service/matching/matching_service.hpp"

// The matching API's representations. Scores are points out of 100 with three decimals (the engine's
// milli-points), times ISO-8601 text.
namespace upward::http {

nlohmann::json ToJson(const domain::MatchProfile& profile);
nlohmann::json ToJson(const domain::ScoreBreakdown& parts);
nlohmann::json ToJson(const domain::Proposal& proposal);
nlohmann::json ToJson(const service::RunSummary& summary);
nlohmann::json ToJson(const service::RunDetail& detail);
nlohmann::json ToJson(const domain::Pair& pair);
nlohmann::json ToJson(const domain::MatchRequest& request);
nlohmann::json ToJson(const service::MentorRecommendation& recommendation);
nlohmann::json ToJson(const service::RankingCandidate& candidate);

/// A profile as the API sends it; InvalidInput names `<field>.<key>` for a missing or mistyped value.
domain::MatchProfile ProfileFromJson(const nlohmann::json& body, const std::string& field);

/// A required string member of a JSON object; InvalidInput naming it otherwise.
std::string StringField(const nlohmann::json& body, const std::string& name);

}  // namespace upward::http
