#include "storage/audit/audit_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

void AppendAudit(Connection& session, const AuditEntry& entry) {
    soci::indicator actor = entry.actor_user_id == 0 ? soci::i_null : soci::i_ok;
    session << "INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES (:at, :actor, :a, :s, :d)",
        soci::use(entry.at), soci::use(entry.actor_user_id, actor), soci::use(entry.action), soci::use(entry.subject),
        soci::use(entry.detail);
}

std::vector<AuditEntry> ListAudit(Connection& session, long long before_id, int limit) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, at, actor_user_id, action, subject, detail FROM audit_log WHERE id < :b "
                            "ORDER BY id DESC LIMIT :l",
         soci::use(before_id), soci::use(limit));
    std::vector<AuditEntry> entries;
    for (const auto& row : rows) {
        entries.push_back({IntColumn(row, "id"), IntColumn(row, "at"), IntColumn(row, "actor_user_id"),
                           TextColumn(row, "action"), TextColumn(row, "subject"), TextColumn(row, "detail")});
    }
    return entries;
}

}  // namespace upward::storage
