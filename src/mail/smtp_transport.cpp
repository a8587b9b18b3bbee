#include "mail/smtp_transport.hpp"

#include <curl/curl.h>

#include <cstdlib>
#include <mutex>

#include "core/errors.hpp"
#include "mail/mime_headers.hpp"

namespace upward::mail {

namespace {

void EnsureCurlInitialised() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw Unavailable("libcurl failed to initialise");
    });
}

// Owners for libcurl's C handles, so every exit path frees them.
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;
struct MimeDeleter {
    void operator()(curl_mime* mime) const { curl_mime_free(mime); }
};
using Mime = std::unique_ptr<curl_mime, MimeDeleter>;
struct UrlDeleter {
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};

void Append(Slist& list, const std::string& line) {
    curl_slist* appended = curl_slist_append(list.get(), line.c_str());
    if (appended == nullptr) throw service::MailTransportError("out of memory building the message");
    (void)list.release();
    list.reset(appended);
}

std::string UrlPart(CURLU* url, CURLUPart part) {
    char* value = nullptr;
    if (curl_url_get(url, part, &value, 0) != CURLUE_OK || value == nullptr) return {};
    std::string copy(value);
    curl_free(value);
    return copy;
}

void AddTextPart(curl_mime* mime, const std::string& body, const char* type) {
    curl_mimepart* part = curl_mime_addpart(mime);
    const auto crlf = ToCrlf(body);
    if (part == nullptr || curl_mime_data(part, crlf.data(), crlf.size()) != CURLE_OK ||
        curl_mime_type(part, type) != CURLE_OK || curl_mime_encoder(part, "quoted-printable") != CURLE_OK) {
        throw service::MailTransportError("could not build the message's MIME body");
    }
}

// The calendar document goes as base64, byte for byte: quoted-printable would re-wrap its folded lines, and
// some clients then read a different UID or RRULE.
void AddCalendarPart(curl_mime* mime, const std::string& body, const std::string& type, const char* filename) {
    curl_mimepart* part = curl_mime_addpart(mime);
    if (part == nullptr || curl_mime_data(part, body.data(), body.size()) != CURLE_OK ||
        curl_mime_type(part, type.c_str()) != CURLE_OK || curl_mime_encoder(part, "base64") != CURLE_OK ||
        (filename != nullptr && curl_mime_filename(part, filename) != CURLE_OK)) {
        throw service::MailTransportError("could not build the message's calendar part");
    }
}

// Only the methods this product sends reach the Content-Type parameter.
std::string CalendarMethod(const std::string& method) {
    if (method == "REQUEST" || method == "CANCEL" || method == "PUBLISH") return method;
    throw service::MailTransportError("unsupported calendar method '" + method + "'");
}

}  // namespace

struct SmtpTransport::Handle {
    CURL* curl = nullptr;
    ~Handle() {
        if (curl != nullptr) curl_easy_cleanup(curl);
    }
};

void CheckSmtpUrl(const std::string& url, const std::string& field) {
    EnsureCurlInitialised();
    std::unique_ptr<CURLU, UrlDeleter> parsed(curl_url());
    if (!parsed || curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) {
        throw InvalidInput(field,
                           "expected an SMTP URL such as smtp://mail.example.com:587 or smtps://mail.example.com");
    }
    const auto scheme = UrlPart(parsed.get(), CURLUPART_SCHEME);
    if (scheme != "smtp" && scheme != "smtps") {
        throw InvalidInput(field, "the SMTP URL must start with smtp:// or smtps://");
    }
    if (UrlPart(parsed.get(), CURLUPART_HOST).empty()) throw InvalidInput(field, "the SMTP URL names no host");
    if (!UrlPart(parsed.get(), CURLUPART_USER).empty() || !UrlPart(parsed.get(), CURLUPART_PASSWORD).empty()) {
        // Command lines and URLs end up in process lists, shell histories and logs.
        throw InvalidInput(field, "put SMTP credentials in UPWARD_SMTP_USER and UPWARD_SMTP_PASSWORD, not in the URL");
    }
}

SmtpSettings SmtpSettingsFromEnvironment(const std::string& url, const std::string& field) {
    CheckSmtpUrl(url, field);
    SmtpSettings settings;
    settings.url = url;
    if (const char* user = std::getenv("UPWARD_SMTP_USER")) settings.username = user;
    if (const char* password = std::getenv("UPWARD_SMTP_PASSWORD")) settings.password = password;
    return settings;
}

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : settings_(std::move(settings)), handle_(std::make_unique<Handle>()) {
    EnsureCurlInitialised();
}

SmtpTransport::~SmtpTransport() = default;

void SmtpTransport::Send(const service::MailEnvelope& envelope) {
    if (handle_->curl == nullptr) {
        handle_->curl = curl_easy_init();
        if (handle_->curl == nullptr) throw service::MailTransportError("libcurl could not create a handle");
    }
    CURL* curl = handle_->curl;
    // Reset forgets the previous message's options but keeps the open connection for this one.
    curl_easy_reset(curl);

    Slist recipients;
    Append(recipients, "<" + envelope.to_address + ">");
    Slist headers;
    Append(headers, "Date: " + FormatRfc5322Date(envelope.date));
    Append(headers, "From: " + FormatMailbox(envelope.from_name, envelope.from_address));
    Append(headers, "To: " + FormatMailbox(envelope.to_name, envelope.to_address));
    Append(headers, "Subject: " + EncodeHeaderText(envelope.subject));
    Append(headers, "Message-ID: " + envelope.message_id);
    // RFC 3834: tells auto-responders (out of office) not to answer.
    Append(headers, "Auto-Submitted: auto-generated");
    const bool with_calendar = !envelope.calendar_body.empty();
    // libcurl keeps its own boundary parameter and puts this type on the top-level part.
    Append(headers, with_calendar ? "Content-Type: multipart/mixed" : "Content-Type: multipart/alternative");

    // Simplest first, as RFC 2046 asks: readers show the last part they understand.
    Mime mime(curl_mime_init(curl));
    if (!mime) throw service::MailTransportError("could not build the message's MIME body");
    if (!with_calendar) {
        AddTextPart(mime.get(), envelope.text_body, "text/plain; charset=UTF-8");
        AddTextPart(mime.get(), envelope.html_body, "text/html; charset=UTF-8");
    } else {
        // What Outlook and Gmail send and recognise as an invitation: multipart/mixed holding a
        // multipart/alternative of text, HTML and text/calendar with the same method as the document's METHOD
        // (Outlook shows Accept/Decline from this part), then the same document as an invite.ics attachment
        // for clients that only import attachments (Apple Mail, webmail readers).
        const auto method = CalendarMethod(envelope.calendar_method);
        Mime alternative(curl_mime_init(curl));
        if (!alternative) throw service::MailTransportError("could not build the message's MIME body");
        AddTextPart(alternative.get(), envelope.text_body, "text/plain; charset=UTF-8");
        AddTextPart(alternative.get(), envelope.html_body, "text/html; charset=UTF-8");
        AddCalendarPart(alternative.get(), envelope.calendar_body, "text/calendar; charset=UTF-8; method=" + method,
                        nullptr);
        curl_mimepart* holder = curl_mime_addpart(mime.get());
        if (holder == nullptr || curl_mime_subparts(holder, alternative.get()) != CURLE_OK) {
            throw service::MailTransportError("could not build the message's MIME body");
        }
        (void)alternative.release();  // owned by `holder` now
        if (curl_mime_type(holder, "multipart/alternative") != CURLE_OK) {
            throw service::MailTransportError("could not build the message's MIME body");
        }
        AddCalendarPart(mime.get(), envelope.calendar_body, "application/ics; name=\"invite.ics\"", "invite.ics");
    }

    const std::string from = "<" + envelope.from_address + ">";
    const bool implicit_tls = settings_.url.rfind("smtps://", 0) == 0;
    const bool has_credentials = !settings_.username.empty();
    char error_buffer[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime.get());
    if (has_credentials) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    // Credentials never cross the network in the clear: with them, smtp:// must upgrade with STARTTLS.
    if (!implicit_tls) curl_easy_setopt(curl, CURLOPT_USE_SSL, has_credentials ? CURLUSESSL_ALL : CURLUSESSL_TRY);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, settings_.connect_timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // a worker thread must not take signals
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);

    const CURLcode result = curl_easy_perform(curl);
    long response_code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response_code);
    // The handle must not point at this call's buffers once they are gone.
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, nullptr);
    if (result != CURLE_OK) {
        std::string message = std::string("SMTP: ") + curl_easy_strerror(result);
        if (error_buffer[0] != '\0') message += " (" + std::string(error_buffer) + ")";
        if (response_code != 0) message += ", server replied " + std::to_string(response_code);
        throw service::MailTransportError(message);
    }
}

}  // namespace upward::mail
