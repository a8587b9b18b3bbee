#pragma once

// One durable scheduled job. Plain data: storage returns it, services pass it up, http renders it.

#include <optional>
#include <string>

namespace upward::domain {

/// One row of scheduled_jobs.
struct ScheduledJob {
    long long id = 0;
    std::string kind;
    std::string dedupe_key;
    std::string payload;
    long long due_at = 0;
    std::string status;
    int attempts = 0;
    /// While running: the end of the claim. It grows from claim to claim, so together with claimed_by it tells
    /// an instance whether the row is still its own (a fencing token).
    long long lease_until = 0;
    std::string claimed_by;
    /// For failed attempts the error; for skipped jobs why they were skipped.
    std::string last_error;
    long long created_at = 0;
    std::optional<long long> finished_at;
};

}  // namespace upward::domain
