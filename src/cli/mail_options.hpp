#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "mail/smtp_transport.hpp"
#include "service/mail/mail_delivery.hpp"
#include "service/storage_handles.hpp"

namespace upward::cli {

/// How `serve` and `mail send` reach the SMTP server. Credentials are not options: they come from
/// UPWARD_SMTP_USER and UPWARD_SMTP_PASSWORD only, so they never show in a process list.
struct MailOptions {
    std::string smtp_url;   // --smtp-url, UPWARD_SMTP_URL
    std::string mail_from;  // --mail-from, UPWARD_MAIL_FROM
    bool Configured() const { return !smtp_url.empty(); }
};

/// Adds --smtp-url and --mail-from (with their environment variables) to `command`.
void AddMailOptions(CLI::App* command, MailOptions& options);

/// The SMTP transport and the outbox dispatcher over it, built from checked options.
class MailSending {
public:
    /// Throws InvalidInput naming smtp-url or mail-from when one is missing or malformed.
    MailSending(const MailOptions& options, storage::Database& database, const Clock& clock);
    service::MailDispatcher& Dispatcher() { return *dispatcher_; }
    const service::Mailbox& Sender() const { return sender_; }

private:
    service::Mailbox sender_;
    std::unique_ptr<mail::SmtpTransport> transport_;
    std::unique_ptr<service::MailDispatcher> dispatcher_;
};

}  // namespace upward::cli
