#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/clock.hpp"
#include "service/jobs/job_scheduler.hpp"
#include "service/jobs/job_worker.hpp"
#include "service/storage_handles.hpp"
#include "telemetry/metrics.hpp"

namespace upward::cli {

/// How `serve` runs the durable job scheduler (session reminders and post-session prompts).
struct SchedulerOptions {
    int poll_seconds = 5;     // --scheduler-poll-seconds
    std::string instance_id;  // --instance-id, UPWARD_INSTANCE_ID; default host:pid
};

/// Adds --scheduler-poll-seconds and --instance-id to `command`.
void AddSchedulerOptions(CLI::App* command, SchedulerOptions& options);

/// The scheduler of one `upward serve` process and its worker thread, started on construction. Every instance
/// on one database runs one: claims and leases keep each job to one instance (service/job_scheduler.hpp).
class SchedulerRunner {
public:
    /// `public_url`: where email links point, without a trailing slash.
    SchedulerRunner(const SchedulerOptions& options, storage::Database& database, const Clock& clock,
                    const std::string& public_url, telemetry::Metrics& metrics);
    /// Stops the worker (after the job in hand).
    ~SchedulerRunner();
    SchedulerRunner(const SchedulerRunner&) = delete;
    SchedulerRunner& operator=(const SchedulerRunner&) = delete;
    void Stop();

private:
    service::JobScheduler scheduler_;
    service::JobWorker worker_;
};

}  // namespace upward::cli
