#pragma once

#include <optional>
#include <string>

#include "storage/database/connection.hpp"

namespace upward::storage {

struct RulesAcknowledgement {
    std::string rules_digest;
    long long acknowledged_at = 0;
};

/// The participant's latest acknowledgement in the programme, if they ever acknowledged.
std::optional<RulesAcknowledgement> FindRulesAcknowledgement(Connection& session, long long programme_id,
                                                             long long user_id);

/// The digest of the ground rules `user_id` last acknowledged in the programme, if they ever did.
std::optional<std::string> AcknowledgedRulesDigest(Connection& session, long long programme_id, long long user_id);

/// Records (or replaces) the acknowledgement of the rules whose digest is `rules_digest`.
void SaveRulesAcknowledgement(Connection& session, long long programme_id, long long user_id,
                              const std::string& rules_digest, long long now);

}  // namespace upward::storage
