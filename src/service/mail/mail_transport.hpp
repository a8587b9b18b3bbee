#pragma once

#include <stdexcept>
#include <string>

namespace upward::service {

/// One message ready for the wire: addresses, the two bodies and the headers that must stay stable across
/// retries (Message-ID, Date), so a receiver can drop a second copy after a crash between send and mark.
struct MailEnvelope {
    std::string from_address;  // "upward@example.com"
    std::string from_name;     // display name, any Unicode
    std::string to_address;
    std::string to_name;
    std::string subject;
    std::string text_body;
    std::string html_body;
    std::string message_id;  // "<...@domain>", angle brackets included
    long long date = 0;      // Unix seconds, for the Date header
    /// An iCalendar invitation or cancellation: METHOD (REQUEST, CANCEL) and the document; empty for none.
    /// Last, so positional initialisers of the fields above keep working.
    std::string calendar_method;
    std::string calendar_body;
};

/// Hands messages to a mail server. The service layer sees only this; the SMTP client (libcurl) lives in
/// src/mail/ and is plugged in by the command that runs the worker.
class MailTransport {
public:
    virtual ~MailTransport() = default;
    /// Returns once the server accepted the message; throws MailTransportError otherwise.
    virtual void Send(const MailEnvelope& envelope) = 0;
};

/// Sending failed. The message never contains credentials: it is stored in mail_outbox.last_error and logged.
class MailTransportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace upward::service
