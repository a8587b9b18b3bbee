#pragma once

#include "service/mail_delivery.hpp"
#include "service/polling_worker.hpp"

namespace upward::service {

/// Sends the outbox in a background thread; whatever is still queued at Stop() stays queued for the next start.
using MailWorker = PollingWorker<MailDispatcher, MailPassReport>;

}  // namespace upward::service
