#include "service/mail/mail_delivery.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

using Result = MailOutcome::Result;

bool IsAddressCharacter(unsigned char c) {
    // Printable ASCII without what would end an address, a header or an SMTP command, or start a comment.
    if (c <= 0x20 || c >= 0x7f) return false;
    return std::string_view("<>()[]\\,;:\"").find(static_cast<char>(c)) == std::string_view::npos;
}

}  // namespace

long long RetryDelaySeconds(const MailDeliveryPolicy& policy, int attempts) {
    long long delay = std::max<long long>(policy.first_retry_seconds, 1);
    for (int i = 1; i < attempts && delay < policy.max_retry_seconds; ++i) delay *= 2;
    return std::min(delay, policy.max_retry_seconds);
}

bool IsDeliverableAddress(const std::string& address) {
    const auto at = address.find('@');
    if (at == std::string::npos || at == 0 || at + 1 >= address.size()) return false;
    if (address.find('@', at + 1) != std::string::npos || address.size() > 254) return false;
    if (address.front() == '.' || address.back() == '.' || address[at + 1] == '.') return false;
    return std::all_of(address.begin(), address.end(), [](char c) { return c == '@' || IsAddressCharacter(c); });
}

Mailbox ParseMailbox(const std::string& text, const std::string& field) {
    const std::string trimmed(Trim(text));
    Mailbox mailbox;
    const auto open = trimmed.rfind('<');
    if (open != std::string::npos && !trimmed.empty() && trimmed.back() == '>') {
        mailbox.address = std::string(Trim(std::string_view(trimmed).substr(open + 1, trimmed.size() - open - 2)));
        std::string name(Trim(std::string_view(trimmed).substr(0, open)));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
        mailbox.name = name;
    } else {
        mailbox.address = trimmed;
    }
    if (mailbox.name.find_first_of("\r\n") != std::string::npos || !IsDeliverableAddress(mailbox.address)) {
        throw InvalidInput(field,
                           "expected an email address such as mentoring@example.com or "
                           "\"Upward <mentoring@example.com>\"");
    }
    if (mailbox.name.empty()) mailbox.name = "Upward";
    return mailbox;
}

std::string MessageIdFor(const domain::OutboxMail& mail, const std::string& from_address) {
    const auto at = from_address.rfind('@');
    const std::string domain = at == std::string::npos ? "upward.invalid" : from_address.substr(at + 1);
    return "<upward." + std::to_string(mail.id) + "." + std::to_string(mail.created_at) + "." +
           DigestSecret(mail.dedupe_key).substr(0, 16) + "@" + domain + ">";
}

int MailPassReport::Count(Result result) const {
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                          [result](const MailOutcome& outcome) { return outcome.result == result; }));
}

MailDispatcher::MailDispatcher(storage::Database& database, const Clock& clock, MailTransport& transport,
                               Mailbox sender, MailDeliveryPolicy policy)
    : database_(database), clock_(clock), transport_(transport), sender_(std::move(sender)), policy_(policy) {}

MailPassReport MailDispatcher::RunPass(const std::function<bool()>& keep_going) {
    MailPassReport report;
    auto session = database_.Acquire();
    // One message per claim: each lease then covers a single SMTP exchange, however long the batch takes.
    for (int i = 0; i < policy_.batch_size; ++i) {
        if (keep_going && !keep_going()) break;
        const auto claimed = storage::ClaimDueMail(*session, database_.GetBackend(), clock_.NowSeconds(),
                                                   policy_.lease_seconds, policy_.max_attempts, 1);
        if (claimed.empty()) break;
        report.outcomes.push_back(Deliver(*session, claimed.front()));
    }
    return report;
}

MailPassReport MailDispatcher::SendDue() {
    MailPassReport report;
    for (;;) {
        auto pass = RunPass();
        if (pass.Empty()) return report;
        report.outcomes.insert(report.outcomes.end(), pass.outcomes.begin(), pass.outcomes.end());
    }
}

MailOutcome MailDispatcher::Deliver(storage::Connection& session, const domain::OutboxMail& mail) {
    MailOutcome outcome;
    outcome.id = mail.id;
    outcome.dedupe_key = mail.dedupe_key;
    outcome.attempts = mail.attempts;
    // An address that can never work is not worth the retries.
    const bool undeliverable = !IsDeliverableAddress(mail.recipient);
    try {
        if (undeliverable) throw MailTransportError("the recipient address is not a plain email address");
        MailEnvelope envelope;
        envelope.from_address = sender_.address;
        envelope.from_name = sender_.name;
        envelope.to_address = mail.recipient;
        envelope.to_name = mail.recipient_name;
        envelope.subject = mail.subject;
        envelope.text_body = mail.text_body;
        envelope.html_body = mail.html_body;
        envelope.calendar_method = mail.calendar_method;
        envelope.calendar_body = mail.calendar_body;
        envelope.message_id = MessageIdFor(mail, sender_.address);
        envelope.date = mail.created_at;
        transport_.Send(envelope);
    } catch (const MailTransportError& error) {
        outcome.error = error.what();
    } catch (const std::exception& error) {
        outcome.error = std::string("could not send: ") + error.what();
    }
    if (outcome.error.empty()) {
        // A crash right here (sent, not yet marked) re-sends the message after the lease: the same Message-ID
        // lets the receiving side drop the copy.
        storage::MarkMailSent(session, mail.id, clock_.NowSeconds());
        outcome.result = Result::kSent;
    } else if (undeliverable || mail.attempts >= policy_.max_attempts) {
        storage::MarkMailFailed(session, mail.id, mail.lease_until,
                                undeliverable
                                    ? outcome.error
                                    : "gave up after " + std::to_string(mail.attempts) + " attempts: " + outcome.error);
        outcome.result = Result::kFailed;
    } else {
        outcome.next_attempt_at = clock_.NowSeconds() + RetryDelaySeconds(policy_, mail.attempts);
        storage::RescheduleMail(session, mail.id, mail.lease_until, outcome.next_attempt_at, outcome.error);
        outcome.result = Result::kRetry;
    }
    return outcome;
}

}  // namespace upward::service
