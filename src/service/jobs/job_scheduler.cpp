#include "service/jobs/job_scheduler.hpp"

#include <unistd.h>

#include <algorithm>

#include "storage/database/database.hpp"
#include "storage/jobs/scheduled_job_repository.hpp"

namespace upward::service {

std::string ToString(JobOutcome::Result result) {
    switch (result) {
        case JobOutcome::Result::kDone:
            return "done";
        case JobOutcome::Result::kSkipped:
            return "skipped";
        case JobOutcome::Result::kRetry:
            return "retry";
        case JobOutcome::Result::kFailed:
            return "failed";
        case JobOutcome::Result::kLostClaim:
            return "lost_claim";
    }
    return "unknown";
}

std::string DefaultInstanceId() {
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    return std::string(host[0] != '\0' ? host : "localhost") + ":" + std::to_string(getpid());
}

JobScheduler::JobScheduler(storage::Database& database, const Clock& clock, std::string instance_id,
                           SchedulerPolicy policy)
    : database_(database), clock_(clock), instance_id_(std::move(instance_id)), policy_(policy) {}

void JobScheduler::RegisterHandler(const std::string& kind, JobHandler handler) {
    handlers_[kind] = std::move(handler);
}

void JobScheduler::AddPlanner(JobPlanner planner) { planners_.push_back(std::move(planner)); }

bool JobScheduler::Schedule(storage::Connection& session, const std::string& kind, const std::string& dedupe_key,
                            const std::string& payload, long long due_at) const {
    return storage::ScheduleJob(session, kind, dedupe_key, payload, due_at, clock_.NowSeconds());
}

int JobScheduler::Plan() {
    auto session = database_.Acquire();
    const long long now = clock_.NowSeconds();
    int created = 0;
    for (const auto& planner : planners_) {
        storage::Transaction transaction(*session, database_.GetBackend());
        created += planner(*session, now);
        transaction.Commit();
    }
    last_planned_at_ = now;
    return created;
}

std::vector<domain::ScheduledJob> JobScheduler::Claim() {
    auto session = database_.Acquire();
    return storage::ClaimDueJobs(*session, database_.GetBackend(), clock_.NowSeconds(), policy_.lease_seconds,
                                 policy_.max_attempts, policy_.batch_size, instance_id_);
}

JobOutcome JobScheduler::Execute(const domain::ScheduledJob& job) {
    JobOutcome outcome;
    outcome.id = job.id;
    outcome.kind = job.kind;
    outcome.dedupe_key = job.dedupe_key;
    outcome.attempts = job.attempts;
    auto session = database_.Acquire();
    const long long now = clock_.NowSeconds();
    std::string failure;
    try {
        storage::Transaction transaction(*session, database_.GetBackend());
        if (!storage::HoldJobClaim(*session, job.id, instance_id_, job.lease_until)) {
            outcome.result = JobOutcome::Result::kLostClaim;
            outcome.note = "another instance took the job over after this instance's lease expired";
            return outcome;  // rolls back: nothing of this attempt is written
        }
        const auto handler = handlers_.find(job.kind);
        if (handler == handlers_.end()) {
            // Another instance (a newer version during a rolling upgrade) may know it: fail the attempt, not the job.
            throw std::runtime_error("this instance has no handler for jobs of kind \"" + job.kind + "\"");
        }
        const JobResult result = handler->second(*session, job, now);
        const char* status = result.skipped ? storage::job_status::kSkipped : storage::job_status::kDone;
        if (!storage::FinishJob(*session, job.id, instance_id_, job.lease_until, status, result.note, now)) {
            outcome.result = JobOutcome::Result::kLostClaim;
            outcome.note = "the claim was lost while the job ran";
            return outcome;
        }
        transaction.Commit();
        outcome.result = result.skipped ? JobOutcome::Result::kSkipped : JobOutcome::Result::kDone;
        outcome.note = result.note;
        return outcome;
    } catch (const std::exception& error) {
        failure = error.what();
    }
    // The transaction above was rolled back with everything the handler wrote; record the failed attempt.
    return RecordFailure(*session, job, failure, now);
}

JobOutcome JobScheduler::RecordFailure(storage::Connection& session, const domain::ScheduledJob& job,
                                       const std::string& error, long long now) {
    JobOutcome outcome;
    outcome.id = job.id;
    outcome.kind = job.kind;
    outcome.dedupe_key = job.dedupe_key;
    outcome.attempts = job.attempts;
    outcome.note = error;
    try {
        storage::Transaction transaction(session, database_.GetBackend());
        bool recorded = false;
        if (job.attempts >= policy_.max_attempts) {
            recorded = storage::FailJob(session, job.id, instance_id_, job.lease_until, error, now);
            outcome.result = JobOutcome::Result::kFailed;
        } else {
            const int doublings = std::min(job.attempts - 1, 20);
            const long long backoff =
                std::min(policy_.max_retry_seconds, policy_.first_retry_seconds * (1LL << std::max(doublings, 0)));
            outcome.next_due_at = now + backoff;
            recorded = storage::RetryJob(session, job.id, instance_id_, job.lease_until, outcome.next_due_at, error);
            outcome.result = JobOutcome::Result::kRetry;
        }
        if (!recorded) {
            outcome.result = JobOutcome::Result::kLostClaim;
            return outcome;
        }
        transaction.Commit();
    } catch (const std::exception& record_error) {
        // The job stays running until its lease expires, and is then claimed and tried again.
        outcome.result = JobOutcome::Result::kRetry;
        outcome.next_due_at = job.lease_until;
        outcome.note = error + " (and recording the failure failed: " + record_error.what() + ")";
    }
    return outcome;
}

SchedulerPassReport JobScheduler::RunPass(const std::function<bool()>& keep_going) {
    SchedulerPassReport report;
    const long long now = clock_.NowSeconds();
    if (!planners_.empty() &&
        (!last_planned_at_ || now - *last_planned_at_ >= policy_.plan_interval_seconds || now < *last_planned_at_)) {
        report.planned = Plan();
    }
    for (const auto& job : Claim()) {
        if (keep_going && !keep_going()) break;
        report.outcomes.push_back(Execute(job));
    }
    return report;
}

}  // namespace upward::service
