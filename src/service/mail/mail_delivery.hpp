#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/records/mail_records.hpp"
#include "service/mail/mail_transport.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// How hard the outbox tries. A failed attempt waits first_retry_seconds, doubling each time up to
/// max_retry_seconds; after max_attempts attempts the message is marked failed with its last error.
/// With the defaults a message is tried 10 times over about four hours.
struct MailDeliveryPolicy {
    long long first_retry_seconds = 60;
    long long max_retry_seconds = 3600;
    int max_attempts = 10;
    /// How long a claimed message belongs to its worker. Longer than one SMTP exchange can take (the SMTP
    /// client gives up after 60 s), so a live worker never loses a message it is sending; a worker that
    /// died leaves it to be claimed again once this passed.
    long long lease_seconds = 300;
    /// Messages one pass tries at most, so a pass ends and the worker can notice a stop.
    int batch_size = 50;
};

/// The wait after the `attempts`-th failed attempt (1-based): exponential, capped.
long long RetryDelaySeconds(const MailDeliveryPolicy& policy, int attempts);

/// The sender of every message: an address and a display name.
struct Mailbox {
    std::string address;
    std::string name;
};

/// Parses "mentoring@example.com" or "Upward Mentoring <mentoring@example.com>". Throws InvalidInput naming
/// `field` when it is not one address (no line breaks, one @, a dot in the domain).
Mailbox ParseMailbox(const std::string& text, const std::string& field);

/// True for one plain address (local@domain.tld), with nothing that could break a header or an SMTP command.
bool IsDeliverableAddress(const std::string& address);

/// The Message-ID of an outbox row: the same on every attempt (row id, creation time and a digest of its
/// dedupe key, at the sender's domain), so a receiver drops the copy a crash between send and mark repeats.
std::string MessageIdFor(const domain::OutboxMail& mail, const std::string& from_address);

/// What happened to one message in a pass.
struct MailOutcome {
    enum class Result { kSent, kRetry, kFailed };
    long long id = 0;
    std::string dedupe_key;
    Result result = Result::kSent;
    int attempts = 0;
    std::string error;              // empty when sent
    long long next_attempt_at = 0;  // for kRetry
};

struct MailPassReport {
    std::vector<MailOutcome> outcomes;
    int Count(MailOutcome::Result result) const;
    bool Empty() const { return outcomes.empty(); }
};

/// Sends what the outbox holds: claims due messages one at a time (each with its own lease), hands them to
/// the transport, and records the result. Safe to run in several threads, processes and server instances
/// over one database: a message is claimed by one of them at a time.
class MailDispatcher {
public:
    MailDispatcher(storage::Database& database, const Clock& clock, MailTransport& transport, Mailbox sender,
                   MailDeliveryPolicy policy = {});

    /// Tries up to policy.batch_size due messages once each. `keep_going`, when given, is asked before each
    /// message, so a stopping worker leaves after the message in hand rather than after the whole batch.
    MailPassReport RunPass(const std::function<bool()>& keep_going = {});
    /// Passes until no message is due any more (messages that failed now wait for their next attempt):
    /// what `upward mail send` does.
    MailPassReport SendDue();

    const MailDeliveryPolicy& Policy() const { return policy_; }

private:
    MailOutcome Deliver(storage::Connection& session, const domain::OutboxMail& mail);

    storage::Database& database_;
    const Clock& clock_;
    MailTransport& transport_;
    Mailbox sender_;
    MailDeliveryPolicy policy_;
};

}  // namespace upward::service
