#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace upward::storage {

/// A mentee/mentor pair an admin pinned or forbade (employee ids).
struct AdminPair {
    std::string mentee;
    std::string mentor;
};

std::vector<AdminPair> LoadPins(soci::session& session, long long programme_id);
std::vector<AdminPair> LoadForbids(soci::session& session, long long programme_id);
std::optional<std::string> PinnedMentor(soci::session& session, long long programme_id, const std::string& mentee);
long long CountPinsOfMentor(soci::session& session, long long programme_id, const std::string& mentor);
bool IsForbidden(soci::session& session, long long programme_id, const std::string& mentee, const std::string& mentor);

/// Replaces the mentee's pin, if any.
void SavePin(soci::session& session, long long programme_id, const AdminPair& pin, long long user_id, long long now);
/// True when there was a pin to remove.
bool DeletePin(soci::session& session, long long programme_id, const std::string& mentee);
/// Does nothing when the pair is forbidden already.
void SaveForbid(soci::session& session, long long programme_id, const AdminPair& forbid, long long user_id,
                long long now);
bool DeleteForbid(soci::session& session, long long programme_id, const AdminPair& forbid);

}  // namespace upward::storage
