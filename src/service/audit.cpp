#include "service/audit.hpp"

#include "core/errors.hpp"
#include "storage/audit_repository.hpp"

namespace upward::service {

void Audit(soci::session& session, const Clock& clock, const domain::Caller& caller, const std::string& action,
           const std::string& subject, const std::string& detail) {
    storage::AppendAudit(session, {0, clock.NowSeconds(), caller.user_id, action, subject, detail});
}

void RequireAdmin(const domain::Caller& caller) {
    if (!caller.IsAdmin()) throw Forbidden("only a programme admin may do this");
}

}  // namespace upward::service
