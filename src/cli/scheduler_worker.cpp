#include "cli/scheduler_worker.hpp"

#include "service/sessions/session_reminders.hpp"
#include "telemetry/logging.hpp"

namespace upward::cli {

namespace {

// One log line per finished attempt: the job id, kind and key (which name an occurrence, never a person).
void LogPass(const service::SchedulerPassReport& report, telemetry::Metrics& metrics) {
    using Result = service::JobOutcome::Result;
    if (report.planned > 0)
        telemetry::LogEvent(telemetry::LogLevel::kInfo, "jobs_planned", {{"created", report.planned}});
    for (const auto& outcome : report.outcomes) {
        const auto result = service::ToString(outcome.result);
        metrics.RecordJob(outcome.kind, result);
        nlohmann::json fields = {{"id", outcome.id}, {"kind", outcome.kind},         {"key", outcome.dedupe_key},
                                 {"result", result}, {"attempts", outcome.attempts}, {"note", outcome.note}};
        auto level = telemetry::LogLevel::kInfo;
        if (outcome.result == Result::kRetry || outcome.result == Result::kLostClaim)
            level = telemetry::LogLevel::kWarning;
        if (outcome.result == Result::kFailed) level = telemetry::LogLevel::kError;
        telemetry::LogEvent(level, "job_" + result, fields);
    }
}

service::JobWorker::Callbacks WorkerCallbacks(telemetry::Metrics& metrics) {
    service::JobWorker::Callbacks callbacks;
    callbacks.on_pass = [&metrics](const service::SchedulerPassReport& report) { LogPass(report, metrics); };
    callbacks.on_error = [](const std::string& error) {
        telemetry::LogEvent(telemetry::LogLevel::kError, "scheduler_error", {{"error", error}});
    };
    return callbacks;
}

}  // namespace

void AddSchedulerOptions(CLI::App* command, SchedulerOptions& options) {
    command
        ->add_option("--scheduler-poll-seconds", options.poll_seconds,
                     "how often the job scheduler (reminders, post-session prompts) looks for due jobs")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    command
        ->add_option("--instance-id", options.instance_id,
                     "this server instance's name in job claims (default: host:pid); unique per instance")
        ->envname("UPWARD_INSTANCE_ID");
}

SchedulerRunner::SchedulerRunner(const SchedulerOptions& options, storage::Database& database, const Clock& clock,
                                 const std::string& public_url, telemetry::Metrics& metrics)
    : scheduler_(database, clock, options.instance_id.empty() ? service::DefaultInstanceId() : options.instance_id),
      worker_(scheduler_, std::chrono::seconds(options.poll_seconds), WorkerCallbacks(metrics)) {
    service::SessionJobOptions jobs;
    jobs.public_url = public_url;
    service::AddSessionJobs(scheduler_, jobs);
    worker_.Start();
    telemetry::LogEvent(telemetry::LogLevel::kInfo, "scheduler_started",
                        {{"instance", scheduler_.InstanceId()}, {"poll_seconds", options.poll_seconds}});
}

SchedulerRunner::~SchedulerRunner() { Stop(); }

void SchedulerRunner::Stop() { worker_.Stop(); }

}  // namespace upward::cli
