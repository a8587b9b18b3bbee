#include "storage/mail/mail_outbox_repository.hpp"

#include "storage/database/lease_queue.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kMailColumns =
    "id, dedupe_key, recipient, recipient_name, subject, text_body, html_body, calendar_method, calendar_body, status, "
    "attempts, next_attempt_at, lease_until, last_error, created_at, sent_at";

OutboxMail ReadMail(const soci::row& row) {
    OutboxMail mail;
    mail.id = IntColumn(row, "id");
    mail.dedupe_key = TextColumn(row, "dedupe_key");
    mail.recipient = TextColumn(row, "recipient");
    mail.recipient_name = TextColumn(row, "recipient_name");
    mail.subject = TextColumn(row, "subject");
    mail.text_body = TextColumn(row, "text_body");
    mail.html_body = TextColumn(row, "html_body");
    mail.calendar_method = TextColumn(row, "calendar_method");
    mail.calendar_body = TextColumn(row, "calendar_body");
    mail.status = TextColumn(row, "status");
    mail.attempts = static_cast<int>(IntColumn(row, "attempts"));
    mail.next_attempt_at = IntColumn(row, "next_attempt_at");
    mail.lease_until = IntColumn(row, "lease_until");
    mail.last_error = TextColumn(row, "last_error");
    mail.created_at = IntColumn(row, "created_at");
    mail.sent_at = OptionalIntColumn(row, "sent_at");
    return mail;
}

// Errors come from SMTP servers and can be long; the column keeps what an operator needs to read.
std::string Shorten(const std::string& error) {
    constexpr std::size_t kLimit = 1000;
    return error.size() <= kLimit ? error : error.substr(0, kLimit) + "...";
}

}  // namespace

bool EnqueueMail(Connection& session, const OutgoingMail& mail, long long now) {
    // One placeholder and one bound value per place, as in the other repositories.
    const long long created_at = now;
    // A message without a calendar part stores NULLs there, as before the columns existed.
    soci::indicator method_indicator = NullIfEmpty(mail.calendar_method);
    soci::indicator calendar_indicator = NullIfEmpty(mail.calendar_body);
    soci::statement insert =
        (session.prepare << "INSERT INTO mail_outbox (dedupe_key, recipient, recipient_name, subject, text_body, "
                            "html_body, calendar_method, calendar_body, status, attempts, next_attempt_at, "
                            "lease_until, created_at) "
                            "VALUES (:key, :to, :name, :subject, :text, :html, :method, :calendar, 'queued', 0, :now, "
                            "0, :created) "
                            "ON CONFLICT (dedupe_key) DO NOTHING",
         soci::use(mail.dedupe_key, "key"), soci::use(mail.recipient, "to"), soci::use(mail.recipient_name, "name"),
         soci::use(mail.subject, "subject"), soci::use(mail.text_body, "text"), soci::use(mail.html_body, "html"),
         soci::use(mail.calendar_method, method_indicator, "method"),
         soci::use(mail.calendar_body, calendar_indicator, "calendar"), soci::use(now, "now"),
         soci::use(created_at, "created"));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

std::vector<OutboxMail> ClaimDueMail(Connection& session, Backend backend, long long now, long long lease_seconds,
                                     int max_attempts, int limit) {
    static constexpr LeaseQueue kOutbox{
        .table = "mail_outbox",
        .waiting = "queued",
        .claimed = "sending",
        .due_column = "next_attempt_at",
        .columns = kMailColumns,
        .gave_up_error = "gave up: the worker sending the last attempt stopped before it finished",
    };
    std::vector<OutboxMail> claimed;
    ClaimDue(session, backend, kOutbox, now, lease_seconds, max_attempts, limit, "",
             [&claimed](const soci::row& row) { claimed.push_back(ReadMail(row)); });
    return claimed;
}

bool MarkMailSent(Connection& session, long long id, long long now) {
    soci::statement update =
        (session.prepare << "UPDATE mail_outbox SET status = 'sent', sent_at = :now, lease_until = 0 "
                            "WHERE id = :id AND status <> 'sent'",
         soci::use(now), soci::use(id));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool RescheduleMail(Connection& session, long long id, long long lease_until, long long next_attempt_at,
                    const std::string& error) {
    const auto shortened = Shorten(error);
    soci::statement update =
        (session.prepare << "UPDATE mail_outbox SET status = 'queued', next_attempt_at = :next, lease_until = 0, "
                            "last_error = :error WHERE id = :id AND status = 'sending' AND lease_until = :lease",
         soci::use(next_attempt_at), soci::use(shortened), soci::use(id), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool MarkMailFailed(Connection& session, long long id, long long lease_until, const std::string& error) {
    const auto shortened = Shorten(error);
    soci::statement update =
        (session.prepare << "UPDATE mail_outbox SET status = 'failed', lease_until = 0, last_error = :error "
                            "WHERE id = :id AND status = 'sending' AND lease_until = :lease",
         soci::use(shortened), soci::use(id), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool RequeueFailedMail(Connection& session, long long id, long long now) {
    soci::statement update =
        (session.prepare << "UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = :now "
                            "WHERE id = :id AND status = 'failed'",
         soci::use(now), soci::use(id));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

std::optional<OutboxMail> FindMail(Connection& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kMailColumns + " FROM mail_outbox WHERE id = :id", soci::use(id));
    for (const auto& row : rows) return ReadMail(row);
    return std::nullopt;
}

std::optional<OutboxMail> FindMailByDedupeKey(Connection& session, const std::string& dedupe_key) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kMailColumns + " FROM mail_outbox WHERE dedupe_key = :k",
         soci::use(dedupe_key));
    for (const auto& row : rows) return ReadMail(row);
    return std::nullopt;
}

OutboxSummary SummariseOutbox(Connection& session, int failure_limit) {
    OutboxSummary summary;
    soci::rowset<soci::row> counts =
        (session.prepare << "SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest, MIN(next_attempt_at) AS next_at "
                            "FROM mail_outbox GROUP BY status");
    for (const auto& row : counts) {
        const auto status = TextColumn(row, "status");
        const auto count = IntColumn(row, "n");
        if (status == mail_status::kQueued) {
            summary.queued = count;
            summary.next_attempt_at = OptionalIntColumn(row, "next_at");
        } else if (status == mail_status::kSending) {
            summary.sending = count;
        } else if (status == mail_status::kSent) {
            summary.sent = count;
        } else if (status == mail_status::kFailed) {
            summary.failed = count;
        }
        if (status == mail_status::kQueued || status == mail_status::kSending) {
            if (const auto oldest = OptionalIntColumn(row, "oldest")) {
                if (!summary.oldest_queued_at || *oldest < *summary.oldest_queued_at) summary.oldest_queued_at = oldest;
            }
        }
    }
    soci::rowset<soci::row> failures =
        (session.prepare << std::string("SELECT ") + kMailColumns +
                                " FROM mail_outbox WHERE status = 'failed' ORDER BY id DESC LIMIT :l",
         soci::use(failure_limit));
    for (const auto& row : failures) summary.failures.push_back(ReadMail(row));
    return summary;
}

}  // namespace upward::storage
