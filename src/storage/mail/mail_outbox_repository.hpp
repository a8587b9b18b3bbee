#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/mail_records.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

using domain::OutgoingMail;

/// Queues `mail` on `session`, inside the caller's transaction, so the message exists exactly when the change
/// it reports was committed. Returns false when a message with the same dedupe key was queued before.
bool EnqueueMail(Connection& session, const OutgoingMail& mail, long long now);

/// The life of an outbox row: queued (waiting for next_attempt_at) -> sending (claimed by a worker until
/// lease_until) -> sent, or back to queued with a later next_attempt_at, or failed once the attempts ran out.
namespace mail_status {
inline constexpr const char* kQueued = "queued";
inline constexpr const char* kSending = "sending";
inline constexpr const char* kSent = "sent";
inline constexpr const char* kFailed = "failed";
}  // namespace mail_status

using domain::OutboxMail;

/// Claims up to `limit` rows that are due (queued with next_attempt_at <= now, or sending with an expired
/// lease because a worker died mid-send) and have attempts left, marking each sending until now +
/// lease_seconds and counting the attempt. One UPDATE ... RETURNING whose WHERE repeats the due condition,
/// so two workers (threads, processes or server instances) never claim the same row: on PostgreSQL the
/// second waits for, or skips (SKIP LOCKED), the first's row lock and then sees it no longer due; on
/// SQLite writers are serialised. Rows whose lease expired on their last attempt are marked failed first.
std::vector<OutboxMail> ClaimDueMail(Connection& session, Backend backend, long long now, long long lease_seconds,
                                     int max_attempts, int limit);

/// Records that the row's message was handed to the SMTP server. Whoever sent it marks it, even if its
/// lease was taken over meanwhile: the message went out. Returns false when it was already marked sent.
bool MarkMailSent(Connection& session, long long id, long long now);

/// Gives the row back to the queue for another attempt at `next_attempt_at`, keeping the error. Only the
/// holder of the current lease (`lease_until` as claimed) may; returns false when the lease was lost.
bool RescheduleMail(Connection& session, long long id, long long lease_until, long long next_attempt_at,
                    const std::string& error);

/// Gives up on the row (no attempts left): status failed with `error`. Same lease rule as RescheduleMail.
bool MarkMailFailed(Connection& session, long long id, long long lease_until, const std::string& error);

/// Puts a failed row back in the queue with a fresh set of attempts (an operator fixed the cause).
bool RequeueFailedMail(Connection& session, long long id, long long now);

std::optional<OutboxMail> FindMail(Connection& session, long long id);
std::optional<OutboxMail> FindMailByDedupeKey(Connection& session, const std::string& dedupe_key);

using domain::OutboxSummary;

OutboxSummary SummariseOutbox(Connection& session, int failure_limit);

}  // namespace upward::storage
