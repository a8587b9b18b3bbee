#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace upward::storage {

/// A message waiting to be sent. `dedupe_key` names the event it reports ("invitation:12"): queueing the
/// same key twice keeps the first message, so retried requests never mail anybody twice.
struct OutgoingMail {
    std::string dedupe_key;
    std::string recipient;
    std::string recipient_name;
    std::string subject;
    std::string text_body;
    std::string html_body;
    /// An optional iCalendar attachment: its METHOD (REQUEST, CANCEL) and the text/calendar document. Both
    /// empty for a message without one.
    std::string calendar_method;
    std::string calendar_body;
};

/// Queues `mail` on `session`, inside the caller's transaction, so the message exists exactly when the change
/// it reports was committed. Returns false when a message with the same dedupe key was queued before.
bool EnqueueMail(soci::session& session, const OutgoingMail& mail, long long now);

/// The life of an outbox row: queued (waiting for next_attempt_at) -> sending (claimed by a worker until
/// lease_until) -> sent, or back to queued with a later next_attempt_at, or failed once the attempts ran out.
namespace mail_status {
inline constexpr const char* kQueued = "queued";
inline constexpr const char* kSending = "sending";
inline constexpr const char* kSent = "sent";
inline constexpr const char* kFailed = "failed";
}  // namespace mail_status

/// One row of mail_outbox.
struct OutboxMail {
    long long id = 0;
    std::string dedupe_key;
    std::string recipient;
    std::string recipient_name;
    std::string subject;
    std::string text_body;
    std::string html_body;
    std::string calendar_method;  // empty: no calendar attachment
    std::string calendar_body;
    std::string status;
    int attempts = 0;
    long long next_attempt_at = 0;
    /// While sending: the end of the claim. It only grows from claim to claim, so it also tells a worker
    /// whether the row is still its own (a fencing token).
    long long lease_until = 0;
    std::string last_error;
    long long created_at = 0;
    std::optional<long long> sent_at;
};

/// Claims up to `limit` rows that are due (queued with next_attempt_at <= now, or sending with an expired
/// lease because a worker died mid-send) and have attempts left, marking each sending until now +
/// lease_seconds and counting the attempt. One UPDATE ... RETURNING whose WHERE repeats the due condition,
/// so two workers (threads, processes or server instances) never claim the same row: on PostgreSQL the
/// second waits for, or skips (SKIP LOCKED), the first's row lock and then sees it no longer due; on
/// SQLite writers are serialised. Rows whose lease expired on their last attempt are marked failed first.
std::vector<OutboxMail> ClaimDueMail(soci::session& session, Backend backend, long long now, long long lease_seconds,
                                     int max_attempts, int limit);

/// Records that the row's message was handed to the SMTP server. Whoever sent it marks it, even if its
/// lease was taken over meanwhile: the message went out. Returns false when it was already marked sent.
bool MarkMailSent(soci::session& session, long long id, long long now);

/// Gives the row back to the queue for another attempt at `next_attempt_at`, keeping the error. Only the
/// holder of the current lease (`lease_until` as claimed) may; returns false when the lease was lost.
bool RescheduleMail(soci::session& session, long long id, long long lease_until, long long next_attempt_at,
                    const std::string& error);

/// Gives up on the row (no attempts left): status failed with `error`. Same lease rule as RescheduleMail.
bool MarkMailFailed(soci::session& session, long long id, long long lease_until, const std::string& error);

/// Puts a failed row back in the queue with a fresh set of attempts (an operator fixed the cause).
bool RequeueFailedMail(soci::session& session, long long id, long long now);

std::optional<OutboxMail> FindMail(soci::session& session, long long id);
std::optional<OutboxMail> FindMailByDedupeKey(soci::session& session, const std::string& dedupe_key);

/// What `upward mail status` shows: rows per status, the oldest message still waiting, the latest failures.
struct OutboxSummary {
    long long queued = 0;
    long long sending = 0;
    long long sent = 0;
    long long failed = 0;
    std::optional<long long> oldest_queued_at;  // created_at of the oldest queued or sending row
    std::optional<long long> next_attempt_at;   // the earliest next_attempt_at among queued rows
    std::vector<OutboxMail> failures;           // the latest `failure_limit` failed rows, newest first
};

OutboxSummary SummariseOutbox(soci::session& session, int failure_limit);

}  // namespace upward::storage
