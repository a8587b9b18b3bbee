#pragma once

#include "service/jobs/polling_worker.hpp"
#include "service/mail/mail_delivery.hpp"

namespace upward::service {

/// Sends the outbox in a background thread; whatever is still queued at Stop() stays queued for the next start.
using MailWorker = PollingWorker<MailDispatcher, MailPassReport>;

}  // namespace upward::service
