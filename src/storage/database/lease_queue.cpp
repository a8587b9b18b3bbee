#include "storage/database/lease_queue.hpp"

#include "storage/database/sql.hpp"

namespace upward::storage {

void ClaimDue(Connection& session, Backend backend, const LeaseQueue& queue, long long now, long long lease_seconds,
              int max_attempts, int limit, const std::string& claimant,
              const std::function<void(const soci::row&)>& each) {
    const std::string table(queue.table);
    const std::string waiting(queue.waiting);
    const std::string claimed(queue.claimed);
    const std::string due(queue.due_column);
    const std::string gave_up(queue.gave_up_error);
    // A claimant that died during a row's last attempt leaves it claimed with nothing left to try: give up on it
    // here, or it would stay claimed for ever.
    {
        const long long finished = now;
        const std::string stale = "UPDATE " + table + " SET status = 'failed', lease_until = 0, last_error = :error";
        const std::string where = " WHERE status = '" + claimed + "' AND lease_until <= :now AND attempts >= :max";
        if (queue.finished_column.empty()) {
            session << stale + where, soci::use(gave_up), soci::use(now), soci::use(max_attempts);
        } else {
            session << stale + ", " + std::string(queue.finished_column) + " = :finished" + where, soci::use(gave_up),
                soci::use(finished), soci::use(now), soci::use(max_attempts);
        }
    }

    const long long lease_until = now + lease_seconds;
    // One placeholder and one bound value per place, as in the repositories.
    const long long now1 = now, now2 = now, now3 = now, now4 = now;
    // Waiting and due, or claimed with its lease lapsed; asked twice, so with two placeholders of its own each time.
    const auto due_condition = [&](const std::string& due_now, const std::string& lapsed_now) {
        return "((status = '" + waiting + "' AND " + due + " <= :" + due_now + ") OR (status = '" + claimed +
               "' AND lease_until <= :" + lapsed_now + "))";
    };
    const std::string is_due = due_condition("now1", "now2");
    const std::string is_still_due = due_condition("now3", "now4");
    // The due rows are chosen once, in a materialised CTE: as a plain IN (SELECT ... LIMIT) subquery PostgreSQL
    // may run the subquery again for each row it updates and claim more than `limit` rows. On PostgreSQL, SKIP
    // LOCKED lets concurrent claimants take different rows instead of queueing on one. The UPDATE's WHERE repeats
    // the due condition: under READ COMMITTED PostgreSQL re-checks it against a row another claimant has just
    // claimed (or finished), and drops the row, so no row is ever claimed twice.
    const std::string skip_locked = backend == Backend::kPostgres ? " FOR UPDATE SKIP LOCKED" : "";
    const std::string claim_by =
        queue.claimant_column.empty() ? "" : ", " + std::string(queue.claimant_column) + " = :claimant";
    const std::string sql = "WITH due AS MATERIALIZED (SELECT id FROM " + table + " WHERE " + is_due +
                            " AND attempts < :max ORDER BY " + due + ", id LIMIT :limit" + skip_locked + ") UPDATE " +
                            table + " SET status = '" + claimed + "', attempts = attempts + 1, lease_until = :lease" +
                            claim_by + " WHERE id IN (SELECT id FROM due) AND " + is_still_due + " RETURNING " +
                            std::string(queue.columns);
    const auto read = [&each](soci::rowset<soci::row>& rows) {
        for (const auto& row : rows) each(row);
    };
    if (queue.claimant_column.empty()) {
        soci::rowset<soci::row> rows =
            (session.prepare << sql, soci::use(now1), soci::use(now2), soci::use(max_attempts), soci::use(limit),
             soci::use(lease_until), soci::use(now3), soci::use(now4));
        read(rows);
    } else {
        soci::rowset<soci::row> rows =
            (session.prepare << sql, soci::use(now1), soci::use(now2), soci::use(max_attempts), soci::use(limit),
             soci::use(lease_until), soci::use(claimant), soci::use(now3), soci::use(now4));
        read(rows);
    }
}

}  // namespace upward::storage
