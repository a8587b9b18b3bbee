// An invitation email with its iCalendar parts, through a real SMTP server on loopback (smtp-sink.py, Python's
// email parser) on both databases: the outbox keeps the METHOD and the document, and the message arrives as
// multipart/mixed holding text, HTML and text/calendar; method=... alternatives plus an invite.ics attachment,
// each decoding to exactly the document queued (read back again by python3-icalendar).
#include <gtest/gtest.h>

#include "calendar/ical_render.hpp"
#include "calendar_fixture.hpp"
#include "core/clock.hpp"
#include "mail/smtp_transport.hpp"
#include "service/mail/mail_composer.hpp"
#include "service/mail/mail_delivery.hpp"
#include "smtp_sink.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

using storage::Backend;
using Result = service::MailOutcome::Result;

constexpr long long kNow = 1772000000;  // 2026-02-25
const service::Mailbox kSender{"mentoring@upward.example.com", "Upward Mentoring"};

calendar::SeriesEvent Series() {
    calendar::SeriesEvent series;
    series.uid = "series-7@upward.example.com";
    series.sequence = 1;
    series.time_zone = "Europe/London";
    series.first_local_start = "2026-03-02T09:00";
    series.minutes = 45;
    series.interval_days = 14;
    series.until_date = "2026-06-29";
    series.summary = "Reverse mentoring with Zoë Ångström";
    series.description = "Topics: AI tools, social media; a long line that libical folds at seventy-five octets.";
    series.organizer = calendar::CalendarPerson{"dana@example.com", "Dana", calendar::kAccepted};
    series.attendees = {calendar::CalendarPerson{"dana@example.com", "Dana", calendar::kAccepted},
                        calendar::CalendarPerson{"zoe@example.com", "Zoë Ångström", calendar::kNeedsAction}};
    return series;
}

class CalendarMailTest : public ::testing::TestWithParam<Backend> {
protected:
    CalendarMailTest() : database_(GetParam()), clock_(kNow) {}

    domain::OutboxMail Queue(const std::string& key, const std::string& method, const std::string& document) {
        service::MailDraft draft;
        draft.subject = "Invitation: Reverse mentoring with Zoë Ångström";
        draft.greeting_name = "Dana";
        draft.paragraphs = {"Your sessions are in the attached invitation."};
        auto mail = service::ComposeMail(key, "dana@example.com", "Dana", draft);
        mail.calendar_method = method;
        mail.calendar_body = document;
        auto session = database_.Get().Acquire();
        EXPECT_TRUE(storage::EnqueueMail(*session, mail, clock_.NowSeconds()));
        return storage::FindMailByDedupeKey(*session, key).value();
    }

    TempDir dir_;
    TestDatabase database_;
    ManualClock clock_;
};

TEST_P(CalendarMailTest, AnInvitationArrivesWithACalendarPartAndAnIcsAttachment) {
    const auto document = calendar::RenderSeriesRequest(Series(), kNow);
    const auto row = Queue("calendar:7:0:proposed:1:1", "REQUEST", document);
    EXPECT_EQ(row.calendar_method, "REQUEST");
    EXPECT_EQ(row.calendar_body, document) << "the outbox keeps the document byte for byte";

    SmtpSink sink(dir_.File("sink"));
    mail::SmtpTransport transport({sink.Url()});
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender);
    const auto report = dispatcher.RunPass();
    ASSERT_EQ(report.Count(Result::kSent), 1) << (report.Empty() ? "" : report.outcomes[0].error);

    const auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 1u);
    const auto& mail = messages[0];
    EXPECT_EQ(mail.parsed.at("content_type"), "multipart/mixed");
    EXPECT_TRUE(mail.parsed.at("defects").empty()) << mail.parsed.dump(2);
    const auto& parts = mail.parsed.at("parts");
    ASSERT_EQ(parts.size(), 4u) << mail.parsed.dump(2);
    EXPECT_EQ(parts[0].at("content_type"), "text/plain");
    EXPECT_EQ(parts[1].at("content_type"), "text/html");
    EXPECT_EQ(parts[2].at("content_type"), "text/calendar");
    EXPECT_EQ(parts[2].at("charset"), "utf-8");
    EXPECT_TRUE(parts[2].at("disposition").is_null()) << "the invitation itself is shown inline";
    EXPECT_EQ(parts[3].at("content_type"), "application/ics");
    EXPECT_EQ(parts[3].at("disposition"), "attachment");
    EXPECT_EQ(parts[2].at("text"), document);
    EXPECT_NE(mail.Part("text/plain").find("Your sessions are in the attached invitation."), std::string::npos);

    // The part's method parameter matches the document's METHOD, as Outlook requires; the attachment is named.
    EXPECT_NE(mail.raw.find("text/calendar; charset=UTF-8; method=REQUEST"), std::string::npos) << mail.raw;
    EXPECT_NE(mail.raw.find("invite.ics"), std::string::npos);
    EXPECT_NE(mail.raw.find("multipart/alternative"), std::string::npos);
    const auto ics = ReadIcs(parts[2].at("text").get<std::string>(), dir_.Path());
    EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
    EXPECT_EQ(ics["method"], "REQUEST");
    EXPECT_EQ(ics["events"][0]["uid"], "series-7@upward.example.com");
    EXPECT_EQ(ics["events"][0]["summary"], "Reverse mentoring with Zoë Ångström");
}

TEST_P(CalendarMailTest, ACancellationCarriesMethodCancel) {
    auto series = Series();
    series.sequence = 2;
    Queue("calendar:7:0:cancelled:2:1", "CANCEL", calendar::RenderSeriesCancel(series, kNow));
    SmtpSink sink(dir_.File("sink"));
    mail::SmtpTransport transport({sink.Url()});
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender);
    ASSERT_EQ(dispatcher.RunPass().Count(Result::kSent), 1);
    const auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_NE(messages[0].raw.find("method=CANCEL"), std::string::npos);
    const auto ics = ReadIcs(messages[0].Part("text/calendar"), dir_.Path());
    EXPECT_EQ(ics["method"], "CANCEL");
    EXPECT_EQ(ics["events"][0]["status"], "CANCELLED");
    EXPECT_EQ(ics["events"][0]["sequence"], 2);
}

TEST_P(CalendarMailTest, AMessageWithoutACalendarKeepsNullColumnsAndTwoParts) {
    service::MailDraft draft;
    draft.subject = "Plain";
    draft.paragraphs = {"No calendar here."};
    auto session = database_.Get().Acquire();
    ASSERT_TRUE(
        storage::EnqueueMail(*session, service::ComposeMail("plain:1", "dana@example.com", "Dana", draft), kNow));
    int nulls = 0;
    *session << "SELECT COUNT(*) FROM mail_outbox WHERE calendar_method IS NULL AND calendar_body IS NULL",
        soci::into(nulls);
    EXPECT_EQ(nulls, 1);
    SmtpSink sink(dir_.File("sink"));
    mail::SmtpTransport transport({sink.Url()});
    service::MailDispatcher dispatcher(database_.Get(), clock_, transport, kSender);
    ASSERT_EQ(dispatcher.RunPass().Count(Result::kSent), 1);
    EXPECT_EQ(sink.Messages()[0].parsed.at("content_type"), "multipart/alternative");
    EXPECT_EQ(sink.Messages()[0].parsed.at("parts").size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Backends, CalendarMailTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
