#include "cli/mail_options.hpp"

#include "core/errors.hpp"

namespace upward::cli {

void AddMailOptions(CLI::App* command, MailOptions& options) {
    command
        ->add_option("--smtp-url", options.smtp_url,
                     "SMTP server for outgoing email: smtp://host:port (STARTTLS) or smtps://host:port; "
                     "credentials from UPWARD_SMTP_USER / UPWARD_SMTP_PASSWORD")
        ->envname("UPWARD_SMTP_URL");
    command
        ->add_option("--mail-from", options.mail_from,
                     "sender of every email: mentoring@example.com or \"Name <mentoring@example.com>\"")
        ->envname("UPWARD_MAIL_FROM");
}

MailSending::MailSending(const MailOptions& options, storage::Database& database, const Clock& clock) {
    if (!options.Configured()) {
        throw InvalidInput("smtp-url", "no SMTP server: give --smtp-url or set UPWARD_SMTP_URL");
    }
    auto settings = mail::SmtpSettingsFromEnvironment(options.smtp_url, "smtp-url");
    if (options.mail_from.empty()) {
        throw InvalidInput("mail-from", "no sender address: give --mail-from or set UPWARD_MAIL_FROM");
    }
    sender_ = service::ParseMailbox(options.mail_from, "mail-from");
    transport_ = std::make_unique<mail::SmtpTransport>(std::move(settings));
    dispatcher_ = std::make_unique<service::MailDispatcher>(database, clock, *transport_, sender_);
}

}  // namespace upward::cli
