#include "service/mail/outbox_service.hpp"

#include <string>

#include "core/errors.hpp"
#include "storage/database/database.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

domain::OutboxSummary OutboxService::Summary(int failure_limit) {
    auto session = database_.Acquire();
    return storage::SummariseOutbox(*session, failure_limit);
}

void OutboxService::Requeue(long long id) {
    auto session = database_.Acquire();
    if (!storage::FindMail(*session, id)) throw NotFound("no message #" + std::to_string(id) + " in the outbox");
    if (!storage::RequeueFailedMail(*session, id, clock_.NowSeconds())) {
        throw Conflict("message #" + std::to_string(id) + " has not failed; only failed messages are queued again");
    }
}

}  // namespace upward::service
