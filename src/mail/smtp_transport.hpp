#pragma once

#include <memory>
#include <string>

#include "service/mail/mail_transport.hpp"

namespace upward::mail {

/// Where and how to reach the SMTP server. The credentials come from the environment (UPWARD_SMTP_USER,
/// UPWARD_SMTP_PASSWORD), never from the command line or the URL, and are never logged.
struct SmtpSettings {
    /// smtp://host[:port] (STARTTLS when the server offers it, and required when credentials are set) or
    /// smtps://host[:port] (TLS from the first byte).
    std::string url;
    std::string username;
    std::string password;
    long connect_timeout_seconds = 10;
    /// The whole exchange of one message; the outbox's lease is longer.
    long timeout_seconds = 60;
};

/// Checks an SMTP URL: smtp or smtps, a host, and no user or password in it. Throws InvalidInput naming
/// `field` otherwise.
void CheckSmtpUrl(const std::string& url, const std::string& field);

/// The URL with the credentials of UPWARD_SMTP_USER / UPWARD_SMTP_PASSWORD, after CheckSmtpUrl.
SmtpSettings SmtpSettingsFromEnvironment(const std::string& url, const std::string& field);

/// Sends each message over SMTP with libcurl: a multipart/alternative MIME body (text and HTML parts,
/// UTF-8, quoted-printable) or, with a calendar document, multipart/mixed of that alternative plus a
/// text/calendar; method=... part and an invite.ics attachment (both base64), encoded headers, and the
/// envelope's stable Message-ID and Date. One instance
/// keeps its connection open between messages; use it from one thread at a time.
class SmtpTransport final : public service::MailTransport {
public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport() override;
    SmtpTransport(const SmtpTransport&) = delete;
    SmtpTransport& operator=(const SmtpTransport&) = delete;

    void Send(const service::MailEnvelope& envelope) override;

private:
    struct Handle;
    SmtpSettings settings_;
    std::unique_ptr<Handle> handle_;
};

}  // namespace upward::mail
