#pragma once

// Reminders before each session and the prompt after it, as jobs of the durable scheduler (job_scheduler.hpp).
//
// Planning: a planner sweep (run by every instance's scheduler every minute or so) looks at the scheduled
// occurrences of active pairs starting in the next few days and creates, idempotently,
// - one "reminder" job per offset of the programme's session_policies.reminder_minutes (default "1440;60"),
//   due at starts_at - offset, keyed "reminder:<occurrence>:<offset minutes>:<starts_at>";
// - one "attendance_prompt" job due at ends_at, keyed "attendance-prompt:<occurrence>:<ends_at>".
// The key holds the time, so a moved occurrence gets new jobs; the sessions service needs to call nothing.
//
// Running: each handler re-reads the occurrence and skips the job when it was cancelled or moved (its time is
// no longer the one in the key) or its pair is no longer active. A reminder is also skipped when the session
// already started, and, of several overdue reminders of one session (after downtime), all but the latest-due
// one are skipped as stale. A prompt is not sent to a person who already confirmed attendance.

#include <string>
#include <vector>

#include "domain/records/job_records.hpp"
#include "service/jobs/job_scheduler.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

namespace session_job_kind {
inline constexpr const char* kReminder = "reminder";
inline constexpr const char* kAttendancePrompt = "attendance_prompt";
}  // namespace session_job_kind

struct SessionJobOptions {
    /// Where people open Upward, without a trailing slash; links are <public_url>/#/pairs/<pair>/sessions/<id>.
    std::string public_url;
    /// Occurrences starting within this time from now are planned.
    long long planning_horizon_seconds = 7LL * 24 * 3600;
    /// After downtime, occurrences that ended at most this long ago still get their attendance prompt.
    long long prompt_catch_up_seconds = 3LL * 24 * 3600;
};

/// The planner sweep: creates the missing reminder and prompt jobs. Call inside a write transaction.
/// Returns how many jobs it created.
int PlanSessionJobs(storage::Connection& session, long long now, const SessionJobOptions& options);

/// The two handlers (JobHandler): they queue the emails on `session`, inside the scheduler's transaction.
JobResult RunSessionReminder(storage::Connection& session, const domain::ScheduledJob& job, long long now,
                             const SessionJobOptions& options);
JobResult RunAttendancePrompt(storage::Connection& session, const domain::ScheduledJob& job, long long now,
                              const SessionJobOptions& options);

/// Registers both handlers and the planner on `scheduler`.
void AddSessionJobs(JobScheduler& scheduler, const SessionJobOptions& options);

}  // namespace upward::service
