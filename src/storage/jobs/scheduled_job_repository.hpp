#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/job_records.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

/// The life of a scheduled_jobs row: pending (waiting for due_at) -> running (claimed by one server instance
/// until lease_until) -> done, skipped (nothing to do any more: stale, cancelled, moved), or back to pending
/// with a later due_at after a failed attempt, or failed once the attempts ran out.
namespace job_status {
inline constexpr const char* kPending = "pending";
inline constexpr const char* kRunning = "running";
inline constexpr const char* kDone = "done";
inline constexpr const char* kSkipped = "skipped";
inline constexpr const char* kFailed = "failed";
}  // namespace job_status

using domain::ScheduledJob;

/// Creates a pending job unless one with the same dedupe key exists (whatever its status): scheduling is
/// idempotent, so planners may run again and again, on several instances at once. Returns true when created.
bool ScheduleJob(Connection& session, const std::string& kind, const std::string& dedupe_key,
                 const std::string& payload, long long due_at, long long now);

/// Claims up to `limit` due jobs for `instance`: pending with due_at <= now, or running with an expired lease
/// (the instance running it died or hung), with attempts left; marks each running until now + lease_seconds
/// and counts the attempt. One UPDATE ... WHERE id IN (due ids, FOR UPDATE SKIP LOCKED on PostgreSQL) whose
/// WHERE repeats the due condition, so two instances never claim one row; SQLite serialises writers. Jobs
/// whose lease expired on their last attempt are marked failed first.
std::vector<ScheduledJob> ClaimDueJobs(Connection& session, Backend backend, long long now, long long lease_seconds,
                                       int max_attempts, int limit, const std::string& instance);

/// Takes the row for finishing it, inside the caller's write transaction and before the job's effects are
/// written: true only while `instance` still holds the claim it made (`lease_until`). On PostgreSQL this also
/// locks the row until the transaction ends, so another instance cannot re-claim it meanwhile.
bool HoldJobClaim(Connection& session, long long id, const std::string& instance, long long lease_until);

/// Finishes a held job: status done or skipped (with why). Same claim rule as HoldJobClaim.
bool FinishJob(Connection& session, long long id, const std::string& instance, long long lease_until,
               const std::string& status, const std::string& note, long long now);

/// Gives a job back to the queue for another attempt at `next_due_at`, keeping the error. Only the holder of
/// the current claim may; returns false when the claim was lost.
bool RetryJob(Connection& session, long long id, const std::string& instance, long long lease_until,
              long long next_due_at, const std::string& error);

/// Gives up on a job (no attempts left). Same claim rule.
bool FailJob(Connection& session, long long id, const std::string& instance, long long lease_until,
             const std::string& error, long long now);

std::optional<ScheduledJob> FindJob(Connection& session, long long id);
std::optional<ScheduledJob> FindJobByDedupeKey(Connection& session, const std::string& dedupe_key);
/// Jobs of `kind` (all kinds when empty), oldest due first; for tests and operators.
std::vector<ScheduledJob> ListJobs(Connection& session, const std::string& kind = "");

}  // namespace upward::storage
