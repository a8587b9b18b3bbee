#pragma once

#include "service/job_scheduler.hpp"
#include "service/polling_worker.hpp"

namespace upward::service {

/// Runs the job scheduler in a background thread of `upward serve`; jobs claimed but not started when it stops
/// are taken again by any instance once their lease expires.
using JobWorker = PollingWorker<JobScheduler, SchedulerPassReport>;

}  // namespace upward::service
