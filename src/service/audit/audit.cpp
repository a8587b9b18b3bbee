#include "service/audit/audit.hpp"

#include "storage/audit_repository.hpp"

namespace upward::service {

void Audit(soci::session& session, const Clock& clock, const domain::Caller& caller, const std::string& action,
           const std::string& subject, const std::string& detail) {
    storage::AppendAudit(session, {0, clock.NowSeconds(), caller.user_id, action, subject, detail});
}

}  // namespace upward::service
