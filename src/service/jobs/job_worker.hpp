#pragma once

#include "service/jobs/job_scheduler.hpp"
#include "service/jobs/polling_worker.hpp"

namespace upward::service {

/// Runs the job scheduler in a background thread of `upward serve`; jobs claimed but not started when it stops
/// are taken again by any instance once their lease expires.
using JobWorker = PollingWorker<JobScheduler, SchedulerPassReport>;

}  // namespace upward::service
