#pragma once

// Mail in the outbox: a message to queue, a queued row, and the outbox at a glance. Plain data: storage returns it,
// services pass it up, http renders it.

#include <optional>
#include <string>
#include <vector>

namespace upward::domain {

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

}  // namespace upward::domain
