#pragma once

// The durable job scheduler. Jobs are rows of scheduled_jobs, so they survive restarts; any number of server
// instances may run a scheduler over one database:
// - Claim: an instance takes due jobs with a lease (storage::ClaimDueJobs), never a job another instance holds.
// - Execute: in ONE write transaction the instance re-takes its claim (HoldJobClaim: still ours? on
//   PostgreSQL this also row-locks the job), runs the job's handler, whose effects (queued email) are written
//   on the same session, and marks the job done or skipped. Either all of it commits or none of it does, so a
//   job takes effect exactly once.
// - An instance that dies or hangs mid-way loses its claim when the lease expires; the next instance to look
//   claims the job again and runs it. If the first one wakes up later, its claim no longer matches and its
//   transaction is rolled back with everything its handler wrote.
// - A handler that throws fails the attempt: the job is retried with exponential backoff, up to max_attempts.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/records/job_records.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// What a handler decided about its job.
struct JobResult {
    bool skipped = false;
    /// Why it was skipped, or a short note about what was done (kept in scheduled_jobs.last_error for skips).
    std::string note;

    static JobResult Done(std::string note = {}) { return {false, std::move(note)}; }
    static JobResult Skipped(std::string why) { return {true, std::move(why)}; }
};

/// Runs one job inside the transaction that finishes it: write every effect on `session`, nothing outside it
/// (no network, no other connection). Throw to fail the attempt.
using JobHandler =
    std::function<JobResult(storage::Connection& session, const domain::ScheduledJob& job, long long now)>;

/// Creates jobs (storage::ScheduleJob, idempotent by dedupe key) inside a write transaction. Returns how
/// many it created.
using JobPlanner = std::function<int(storage::Connection& session, long long now)>;

struct SchedulerPolicy {
    /// How long a claim lasts. A handler runs in milliseconds; the lease only has to outlive a slow database.
    long long lease_seconds = 300;
    int max_attempts = 5;
    /// Jobs claimed at a time.
    int batch_size = 25;
    /// After a failed attempt n, the job is due again after first_retry_seconds * 2^(n-1), at most max_retry_seconds.
    long long first_retry_seconds = 60;
    long long max_retry_seconds = 3600;
    /// How often RunPass runs the planners.
    long long plan_interval_seconds = 60;
};

struct JobOutcome {
    enum class Result {
        kDone,
        kSkipped,
        kRetry,      // the handler failed; due again at next_due_at
        kFailed,     // the handler failed on the last attempt
        kLostClaim,  // another instance took the job over (our lease expired); nothing of ours was committed
    };
    long long id = 0;
    std::string kind;
    std::string dedupe_key;
    Result result = Result::kDone;
    int attempts = 0;
    std::string note;
    long long next_due_at = 0;
};

std::string ToString(JobOutcome::Result result);

struct SchedulerPassReport {
    int planned = 0;
    std::vector<JobOutcome> outcomes;
    bool Empty() const { return planned == 0 && outcomes.empty(); }
};

class JobScheduler {
public:
    /// `instance_id` names this server instance in claims (scheduled_jobs.claimed_by); unique per process.
    JobScheduler(storage::Database& database, const Clock& clock, std::string instance_id, SchedulerPolicy policy = {});

    void RegisterHandler(const std::string& kind, JobHandler handler);
    void AddPlanner(JobPlanner planner);

    const std::string& InstanceId() const { return instance_id_; }
    const SchedulerPolicy& Policy() const { return policy_; }

    /// Creates a job inside the caller's transaction unless its dedupe key exists. Returns true when created.
    bool Schedule(storage::Connection& session, const std::string& kind, const std::string& dedupe_key,
                  const std::string& payload, long long due_at) const;

    /// Runs every planner now, each in its own transaction. Returns how many jobs they created.
    int Plan();
    /// Claims up to batch_size due jobs for this instance.
    std::vector<domain::ScheduledJob> Claim();
    /// Runs one claimed job and records how it ended (see the top of this file).
    JobOutcome Execute(const domain::ScheduledJob& job);
    /// Plans when plan_interval_seconds passed since this instance last planned, claims a batch and runs it,
    /// stopping between jobs when `keep_going` says so (claimed jobs left unrun are taken again after their lease).
    SchedulerPassReport RunPass(const std::function<bool()>& keep_going = {});

private:
    JobOutcome RecordFailure(storage::Connection& session, const domain::ScheduledJob& job, const std::string& error,
                             long long now);

    storage::Database& database_;
    const Clock& clock_;
    std::string instance_id_;
    SchedulerPolicy policy_;
    std::map<std::string, JobHandler> handlers_;
    std::vector<JobPlanner> planners_;
    std::optional<long long> last_planned_at_;
};

/// "host:pid": what names this process in claims by default.
std::string DefaultInstanceId();

}  // namespace upward::service
