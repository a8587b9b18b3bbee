// Email through a real SMTP server on loopback (tests/support/smtp-sink.py, Debian's python3-aiosmtpd), on
// both databases: what arrives (envelope, headers, both MIME parts, footer, non-ASCII text), an outage that
// loses and duplicates nothing, and the rare duplicate after a crash carrying the same Message-ID.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "mail/smtp_transport.hpp"
#include "service/mail/mail_composer.hpp"
#include "service/mail/mail_delivery.hpp"
#include "smtp_sink.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

using service::MailOutcome;
using storage::Backend;
using Result = MailOutcome::Result;

constexpr long long kNow = 1748736000;  // 2025-06-01T00:00:00Z, a Sunday
const service::Mailbox kSender{"mentoring@upward.example.com", "Upward Mentoring"};

domain::OutgoingMail Invitation(const std::string& key, const std::string& to, const std::string& name) {
    service::MailDraft draft;
    draft.subject = "Einladung: Reverse Mentoring für Zoë – 🚀 los geht's";
    draft.greeting_name = name;
    draft.paragraphs = {"Dana möchte, dass du als Mentorin mitmachst: KI-Werkzeuge & soziale Medien.",
                        "Réponds quand tu veux — 日本語も大丈夫です。"};
    draft.action_label = "Einladung annehmen";
    draft.action_url = "https://mentoring.example.com/#/invitations/accept?token=TOKEN-" + key;
    draft.programme_name = "Digital Reverse Mentoring";
    draft.contact = "hr-mentoring@example.com";
    return service::ComposeMail(key, to, name, draft);
}

class SmtpDeliveryTest : public ::testing::TestWithParam<Backend> {
protected:
    SmtpDeliveryTest() : database_(GetParam()), clock_(kNow) {}

    void Enqueue(const domain::OutgoingMail& mail) {
        auto session = database_.Get().Acquire();
        ASSERT_TRUE(storage::EnqueueMail(*session, mail, clock_.NowSeconds()));
    }
    domain::OutboxMail Row(const std::string& key) {
        auto session = database_.Get().Acquire();
        return storage::FindMailByDedupeKey(*session, key).value();
    }
    std::string SinkFolder(const std::string& name) { return dir_.File(name); }

    TempDir dir_;
    TestDatabase database_;
    ManualClock clock_;
};

TEST_P(SmtpDeliveryTest, AMessageArrivesWithBothPartsEncodedHeadersAndTheFooter) {
    SmtpSink sink(SinkFolder("sink"));
    mail::SmtpTransport transport({sink.Url()});
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender);
    Enqueue(Invitation("invitation:1", "zoe@example.com", "Zoë Ångström"));

    const auto report = dispatcher.RunPass();
    ASSERT_EQ(report.Count(Result::kSent), 1) << (report.Empty() ? "" : report.outcomes[0].error);
    EXPECT_EQ(Row("invitation:1").status, "sent");

    const auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 1u);
    const auto& mail = messages[0];
    EXPECT_EQ(mail.mail_from, "mentoring@upward.example.com");
    EXPECT_EQ(mail.rcpt_tos, std::vector<std::string>{"zoe@example.com"});
    EXPECT_EQ(mail.Header("from"), "Upward Mentoring <mentoring@upward.example.com>");
    EXPECT_EQ(mail.Header("to"), "Zoë Ångström <zoe@example.com>");
    EXPECT_EQ(mail.Header("subject"), "Einladung: Reverse Mentoring für Zoë – 🚀 los geht's");
    EXPECT_EQ(mail.Header("message-id"), service::MessageIdFor(Row("invitation:1"), kSender.address));
    EXPECT_EQ(mail.Header("date"), "Sun, 01 Jun 2025 00:00:00 +0000");
    EXPECT_EQ(mail.Header("auto-submitted"), "auto-generated");
    EXPECT_EQ(mail.parsed.at("content_type"), "multipart/alternative");
    EXPECT_TRUE(mail.parsed.at("defects").empty()) << mail.parsed.dump(2);

    // Plain text first, then HTML, each UTF-8 and decoded to exactly what was queued.
    const auto& parts = mail.parsed.at("parts");
    ASSERT_EQ(parts.size(), 2u) << mail.parsed.dump(2);
    EXPECT_EQ(parts[0].at("content_type"), "text/plain");
    EXPECT_EQ(parts[1].at("content_type"), "text/html");
    for (const auto& part : parts) {
        EXPECT_EQ(part.at("charset"), "utf-8");
        EXPECT_EQ(part.at("transfer_encoding"), "quoted-printable");
        EXPECT_TRUE(part.at("disposition").is_null()) << "shown inline, not as an attachment";
    }
    const auto queued = Row("invitation:1");
    const auto crlf = [](std::string text) {
        std::string out;
        for (const char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
        return out;
    };
    // Python's parser keeps the wire's CRLF line ends inside the decoded text.
    const auto text = mail.Part("text/plain");
    const auto html = mail.Part("text/html");
    EXPECT_TRUE(text == queued.text_body || text == crlf(queued.text_body)) << text;
    EXPECT_TRUE(html == queued.html_body || html == crlf(queued.html_body));
    EXPECT_NE(text.find("Hello Zoë Ångström,"), std::string::npos) << text;
    EXPECT_NE(text.find("日本語も大丈夫です"), std::string::npos) << text;
    const auto footer = text.substr(std::min(text.find("\r\n-- \r\n"), text.find("\n-- \n")));
    EXPECT_NE(footer.find("You receive this email because you take part in the reverse mentoring"), std::string::npos)
        << text;
    EXPECT_NE(footer.find("programme \u201cDigital Reverse Mentoring\u201d"), std::string::npos) << text;
    EXPECT_NE(text.find("Contact hr-mentoring@example.com"), std::string::npos) << text;
    EXPECT_NE(html.find("KI-Werkzeuge &amp; soziale Medien"), std::string::npos) << html;
    EXPECT_NE(html.find("href=\"https://mentoring.example.com/#/invitations/accept?token=TOKEN-invitation:1\""),
              std::string::npos)
        << html;

    // On the wire: 7-bit ASCII only, no line over SMTP's limit, RFC 2047 words within 76 characters.
    for (const char c : mail.raw) ASSERT_LT(static_cast<unsigned char>(c), 0x80) << "8-bit byte on the wire";
    std::size_t line_start = 0;
    while (line_start < mail.raw.size()) {
        auto line_end = mail.raw.find("\r\n", line_start);
        if (line_end == std::string::npos) line_end = mail.raw.size();
        const auto line = mail.raw.substr(line_start, line_end - line_start);
        EXPECT_LE(line.size(), 998u);
        if (line.find("=?UTF-8?B?") != std::string::npos) EXPECT_LE(line.size(), 76u) << line;
        line_start = line_end + 2;
    }
}

TEST_P(SmtpDeliveryTest, AnOutageLosesNothingAndDuplicatesNothing) {
    // Learn a free port, then leave nothing listening on it.
    int port = 0;
    {
        SmtpSink probe(SinkFolder("probe"));
        port = probe.Port();
    }
    mail::SmtpTransport transport({"smtp://127.0.0.1:" + std::to_string(port)});
    service::MailDeliveryPolicy policy;  // first retry after 60 s
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender, policy);
    const std::vector<std::string> keys = {"invitation:1", "invitation:2", "decision:5"};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        Enqueue(Invitation(keys[i], "person" + std::to_string(i) + "@example.com", "Person " + std::to_string(i)));
    }

    // Down: every attempt fails, every message stays queued with its next attempt pushed out.
    const auto down = dispatcher.RunPass();
    EXPECT_EQ(down.Count(Result::kRetry), 3);
    for (const auto& key : keys) {
        const auto row = Row(key);
        EXPECT_EQ(row.status, "queued") << key;
        EXPECT_EQ(row.attempts, 1) << key;
        EXPECT_EQ(row.next_attempt_at, kNow + 60) << key;
        EXPECT_NE(row.last_error.find("SMTP"), std::string::npos) << row.last_error;
    }
    EXPECT_TRUE(dispatcher.RunPass().Empty()) << "nothing is due before the backoff ends";

    // The server comes back on the same port.
    SmtpSink sink(SinkFolder("sink"), port);
    EXPECT_TRUE(dispatcher.RunPass().Empty()) << "still waiting for the backoff";
    EXPECT_TRUE(sink.Messages().empty());
    clock_.Advance(60);
    const auto up = dispatcher.RunPass();
    EXPECT_EQ(up.Count(Result::kSent), 3);
    for (const auto& key : keys) {
        EXPECT_EQ(Row(key).status, "sent") << key;
        EXPECT_EQ(Row(key).attempts, 2) << key;
    }

    // Every message arrived exactly once.
    auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 3u);
    std::set<std::string> recipients;
    std::set<std::string> message_ids;
    for (const auto& mail : messages) {
        recipients.insert(mail.rcpt_tos.at(0));
        message_ids.insert(mail.Header("message-id"));
    }
    EXPECT_EQ(recipients, (std::set<std::string>{"person0@example.com", "person1@example.com", "person2@example.com"}));
    EXPECT_EQ(message_ids.size(), 3u);

    // A second pass, even much later, sends nothing more.
    clock_.Advance(86400);
    EXPECT_TRUE(dispatcher.RunPass().Empty());
    EXPECT_EQ(sink.Messages().size(), 3u);
}

TEST_P(SmtpDeliveryTest, ACrashBetweenSendAndMarkRepeatsTheMessageUnderTheSameMessageId) {
    SmtpSink sink(SinkFolder("sink"));
    mail::SmtpTransport transport({sink.Url()});
    Enqueue(Invitation("invitation:8", "zoe@example.com", "Zoë"));
    // A worker claims the message and sends it, then dies before it can record that.
    {
        auto session = database_.Get().Acquire();
        const auto claimed = storage::ClaimDueMail(*session, database_.Get().GetBackend(), kNow, 300, 10, 1);
        ASSERT_EQ(claimed.size(), 1u);
        service::MailEnvelope envelope;
        envelope.from_address = kSender.address;
        envelope.from_name = kSender.name;
        envelope.to_address = claimed[0].recipient;
        envelope.to_name = claimed[0].recipient_name;
        envelope.subject = claimed[0].subject;
        envelope.text_body = claimed[0].text_body;
        envelope.html_body = claimed[0].html_body;
        envelope.message_id = service::MessageIdFor(claimed[0], kSender.address);
        envelope.date = claimed[0].created_at;
        transport.Send(envelope);
    }
    // Another worker takes it over once the lease ran out and sends it again; the receiver can tell.
    clock_.Advance(300);
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender);
    EXPECT_EQ(dispatcher.RunPass().Count(Result::kSent), 1);
    const auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[0].Header("message-id"), messages[1].Header("message-id"));
    EXPECT_EQ(messages[0].Header("date"), messages[1].Header("date"));
    EXPECT_EQ(Row("invitation:8").status, "sent");
}

INSTANTIATE_TEST_SUITE_P(Backends, SmtpDeliveryTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

TEST(SmtpUrlTest, OnlySmtpUrlsWithoutCredentialsAreAccepted) {
    EXPECT_NO_THROW(mail::CheckSmtpUrl("smtp://mail.example.com:587", "smtp-url"));
    EXPECT_NO_THROW(mail::CheckSmtpUrl("smtps://mail.example.com", "smtp-url"));
    for (const char* bad : {"", "mail.example.com", "http://mail.example.com", "smtp://",
                            "smtp://user:secret@mail.example.com", "smtp://user@mail.example.com"}) {
        try {
            mail::CheckSmtpUrl(bad, "smtp-url");
            ADD_FAILURE() << "accepted " << bad;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), "smtp-url");
            EXPECT_EQ(std::string(error.what()).find("secret"), std::string::npos)
                << "the message repeats the password";
        }
    }
}

TEST(SmtpUrlTest, ASendToAClosedPortFailsWithAReadableErrorAndNoCredentials) {
    int port = 0;
    {
        TempDir dir;
        SmtpSink probe(dir.File("probe"));
        port = probe.Port();
    }
    mail::SmtpSettings settings{"smtp://127.0.0.1:" + std::to_string(port), "mailer", "hunter2-secret"};
    mail::SmtpTransport transport(settings);
    service::MailEnvelope envelope{"a@example.com",   "A", "b@example.com", "B", "s", "t", "<p>h</p>",
                                   "<x@example.com>", kNow};
    try {
        transport.Send(envelope);
        FAIL() << "sent to a closed port";
    } catch (const service::MailTransportError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("SMTP"), std::string::npos) << message;
        EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
        EXPECT_EQ(message.find("mailer"), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace upward::testing
