#include "service/audit/audit.hpp"

#include "storage/audit/audit_repository.hpp"
#include "storage/database/database.hpp"

namespace upward::service {

void Audit(storage::Connection& session, const Clock& clock, const domain::Caller& caller, const std::string& action,
           const std::string& subject, const std::string& detail) {
    storage::AppendAudit(session, {0, clock.NowSeconds(), caller.user_id, action, subject, detail});
}

}  // namespace upward::service
