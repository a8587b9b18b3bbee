#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/match_profile.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

/// Every profile of a programme, in employee id (byte) order, in one query.
std::vector<domain::MatchProfile> LoadProfiles(Connection& session, long long programme_id);
std::optional<domain::MatchProfile> FindProfile(Connection& session, long long programme_id,
                                                const std::string& employee_id);

/// Inside the caller's transaction: inserts the profiles, replacing any the same people had in the
/// programme but keeping their rankings (only SetRanking changes those). Bulk on both backends (a staging
/// table filled by BulkInsert), so a 60,000-row import is a few statements. Each employee id at most once.
void SaveProfiles(Connection& session, Backend backend, long long programme_id,
                  const std::vector<domain::MatchProfile>& profiles, long long now);

void SetRanking(Connection& session, long long programme_id, const std::string& employee_id,
                const std::vector<std::string>& ranking, long long now);

}  // namespace upward::storage
