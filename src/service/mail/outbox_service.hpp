#pragma once

#include <vector>

#include "core/clock.hpp"
#include "domain/records/mail_records.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The outbox as an operator sees it: what waits, what failed, and queueing a failed message again.
class OutboxService {
public:
    OutboxService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    /// Rows per status, the oldest waiting message and the latest `failure_limit` failures.
    domain::OutboxSummary Summary(int failure_limit);
    /// Queues the failed message `id` again. NotFound when there is no such message; Conflict when it has not
    /// failed.
    void Requeue(long long id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
