#include "storage/enrolment/ground_rules_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::optional<RulesAcknowledgement> FindRulesAcknowledgement(Connection& session, long long programme_id,
                                                             long long user_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT rules_digest, acknowledged_at FROM ground_rule_acknowledgements "
                            "WHERE programme_id = :p AND user_id = :u",
         soci::use(programme_id), soci::use(user_id));
    for (const auto& row : rows)
        return RulesAcknowledgement{TextColumn(row, "rules_digest"), IntColumn(row, "acknowledged_at")};
    return std::nullopt;
}

std::optional<std::string> AcknowledgedRulesDigest(Connection& session, long long programme_id, long long user_id) {
    auto acknowledgement = FindRulesAcknowledgement(session, programme_id, user_id);
    if (!acknowledgement) return std::nullopt;
    return std::move(acknowledgement->rules_digest);
}

void SaveRulesAcknowledgement(Connection& session, long long programme_id, long long user_id,
                              const std::string& rules_digest, long long now) {
    // Delete then insert: one SQL for both databases, inside the caller's transaction.
    session << "DELETE FROM ground_rule_acknowledgements WHERE programme_id = :p AND user_id = :u",
        soci::use(programme_id), soci::use(user_id);
    session << "INSERT INTO ground_rule_acknowledgements (programme_id, user_id, rules_digest, acknowledged_at) "
               "VALUES (:p, :u, :d, :now)",
        soci::use(programme_id), soci::use(user_id), soci::use(rules_digest), soci::use(now);
}

}  // namespace upward::storage
