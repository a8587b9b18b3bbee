#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// A mentee/mentor pair an admin pinned or forbade (employee ids).
struct AdminPair {
    std::string mentee;
    std::string mentor;
};

std::vector<AdminPair> LoadPins(Connection& session, long long programme_id);
std::vector<AdminPair> LoadForbids(Connection& session, long long programme_id);
std::optional<std::string> PinnedMentor(Connection& session, long long programme_id, const std::string& mentee);
long long CountPinsOfMentor(Connection& session, long long programme_id, const std::string& mentor);
bool IsForbidden(Connection& session, long long programme_id, const std::string& mentee, const std::string& mentor);

/// Replaces the mentee's pin, if any.
void SavePin(Connection& session, long long programme_id, const AdminPair& pin, long long user_id, long long now);
/// True when there was a pin to remove.
bool DeletePin(Connection& session, long long programme_id, const std::string& mentee);
/// Does nothing when the pair is forbidden already.
void SaveForbid(Connection& session, long long programme_id, const AdminPair& forbid, long long user_id, long long now);
bool DeleteForbid(Connection& session, long long programme_id, const AdminPair& forbid);

}  // namespace upward::storage
