#pragma once

#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// Who read or changed personal data, and when. Details never hold secrets or personal field values.
struct AuditEntry {
    long long id = 0;
    long long at = 0;
    long long actor_user_id = 0;  // 0 for the system (CLI without an account)
    std::string action;
    std::string subject;
    std::string detail;
};

void AppendAudit(Connection& session, const AuditEntry& entry);
std::vector<AuditEntry> ListAudit(Connection& session, long long before_id, int limit);

}  // namespace upward::storage
