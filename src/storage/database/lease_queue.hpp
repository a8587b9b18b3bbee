#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "storage/database/database.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

/// A table worked as a queue of leased rows: the mail outbox and the scheduled jobs. A row waits until its due
/// time, is claimed for `lease_seconds` (its attempt counted), and is claimed again by anyone once the lease
/// lapses, until `max_attempts` attempts have been made.
struct LeaseQueue {
    std::string_view table;
    std::string_view waiting;          // the status of a row waiting for its due time ("queued", "pending")
    std::string_view claimed;          // the status of a claimed row ("sending", "running")
    std::string_view due_column;       // when a waiting row is due ("next_attempt_at", "due_at")
    std::string_view columns;          // what a claim returns
    std::string_view gave_up_error;    // last_error of a row whose last attempt's claimant stopped
    std::string_view finished_column;  // set to now when giving up, or empty
    std::string_view claimant_column;  // who holds the claim, or empty
};

/// Gives up on rows whose last attempt's lease lapsed (failed, with `gave_up_error`), then claims up to `limit`
/// due rows, oldest due first, and calls `each` with every claimed row. No row is claimed twice, also by
/// concurrent claimants on PostgreSQL.
void ClaimDue(Connection& session, Backend backend, const LeaseQueue& queue, long long now, long long lease_seconds,
              int max_attempts, int limit, const std::string& claimant,
              const std::function<void(const soci::row&)>& each);

}  // namespace upward::storage
