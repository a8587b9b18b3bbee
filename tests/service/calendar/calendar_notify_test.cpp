// Calendar invitations queued with the change they report (service::QueueCalendarMail), on SQLite and
// PostgreSQL: one email per person with the right METHOD, the .ics read back by an independent parser
// (python3-icalendar) field by field, UID stable and SEQUENCE raised across updates, RECURRENCE-ID and EXDATE
// for single occurrences across a daylight-saving change, and a confidential mentee's neutral wording.
#include "service/calendar/calendar_notify.hpp"

#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "core/clock.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using nlohmann::json;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1772000000;  // 2026-02-25

const std::string kOrganisation =
    "Employee ID,Name,Email,Grade,Department,Time Zone\n"
    "D1,Dana Sales,dana@example.com,8,Sales,Europe/London\n"
    "E1,Eli Engineer,eli@example.com,2,Engineering,Asia/Kolkata\n"
    "D2,Dev Director,dev@example.com,8,Legal,America/New_York\n"
    "E2,Eva Analyst,eva@example.com,2,Data,Europe/Berlin\n";

class CalendarNotifyTest : public ::testing::TestWithParam<Backend> {
protected:
    CalendarNotifyTest() : database_(GetParam()), clock_(kNow), programmes_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        admin_.user_id = 1;
    }

    void SetUp() override {
        ImportPeople(database_.Get(), kOrganisation, {}, clock_);
        programme_ =
            programmes_.Create(admin_, ProgrammeFields({{"name", "Digital Fluency"}, {"topics", {"AI tools", "Data"}}}))
                .id;
        auto session = database_.Get().Acquire();
        for (const auto& [person, email] : {std::pair{"D1", "dana@example.com"}, std::pair{"E1", "eli@example.com"},
                                            std::pair{"D2", "dev@example.com"}, std::pair{"E2", "eva@example.com"}}) {
            domain::UserRecord user;
            user.email = email;
            user.display_name = person;
            user.person_id = person;
            user.created_at = kNow;
            users_[person] = storage::InsertUser(*session, user);
        }
        open_pair_ = NewPair(*session, "D1", "E1");
        confidential_pair_ = NewPair(*session, "D2", "E2");
        *session << "INSERT INTO pair_agreements (pair_id, mentee_goals, mentor_goals, topics, cadence_days, "
                    "confidentiality_statement, version, updated_at) VALUES (:p, 'Use AI', 'Present', "
                    "'[\"AI tools\",\"Data\"]', 14, 'Between us', 1, :t)",
            soci::use(confidential_pair_), soci::use(kNow);
        domain::Application application;
        application.programme_id = programme_;
        application.employee_id = "D2";
        application.user_id = users_["D2"];
        application.submitted_at = application.updated_at = kNow;
        dev_application_ = storage::InsertApplication(*session, application);
        SetDevPrivacy(true, false);
    }

    long long NewPair(storage::Connection& session, const std::string& mentee, const std::string& mentor) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = kNow;
        return storage::InsertPair(session, pair);
    }

    void SetDevPrivacy(bool confidential, bool details) {
        auto session = database_.Get().Acquire();
        const int c = confidential ? 1 : 0, d = details ? 1 : 0;
        *session << "UPDATE applications SET confidential = :c, calendar_details = :d WHERE id = :id", soci::use(c),
            soci::use(d), soci::use(dev_application_);
    }

    // The change as the sessions service reports it: inside its transaction.
    void Queue(long long series, std::optional<long long> occurrence, CalendarChange change) {
        auto session = database_.Get().Acquire();
        storage::Transaction tx(*session, database_.Get().GetBackend());
        QueueCalendarMail(*session, series, occurrence, change, clock_.NowSeconds());
        tx.Commit();
    }

    domain::OutboxMail Mail(const std::string& key) {
        auto session = database_.Get().Acquire();
        const auto mail = storage::FindMailByDedupeKey(*session, key);
        if (!mail) throw std::runtime_error("no mail " + key);
        return *mail;
    }

    std::string Key(long long series, long long occurrence, const std::string& kind, int sequence,
                    const std::string& person) {
        return "calendar:" + std::to_string(series) + ":" + std::to_string(occurrence) + ":" + kind + ":" +
               std::to_string(sequence) + ":" + std::to_string(users_[person]);
    }

    int MailCount() {
        auto session = database_.Get().Acquire();
        int count = 0;
        *session << "SELECT COUNT(*) FROM mail_outbox", soci::into(count);
        return count;
    }

    json Read(const std::string& ics) { return testing::ReadIcs(ics, dir_.Path()); }

    testing::TempDir dir_;
    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    domain::Caller admin_;
    long long programme_ = 0, open_pair_ = 0, confidential_pair_ = 0, dev_application_ = 0;
    std::map<std::string, long long> users_;
};

TEST_P(CalendarNotifyTest, AProposedSeriesMailsEachPersonARequestWithTheRuleAndItsZone) {
    testing::SeededSeries series;
    {
        auto session = database_.Get().Acquire();
        series = testing::SeedSeries(*session, open_pair_, "Europe/London", "2026-03-02T09:00", 14, 45, 6, "2026-05-25",
                                     "series-a@upward.test", kNow);
    }
    Queue(series.id, std::nullopt, CalendarChange::kSeriesProposed);
    ASSERT_EQ(MailCount(), 2);

    const auto dana = Mail(Key(series.id, 0, "proposed", 0, "D1"));
    const auto eli = Mail(Key(series.id, 0, "proposed", 0, "E1"));
    EXPECT_EQ(dana.recipient, "dana@example.com");
    EXPECT_EQ(eli.recipient, "eli@example.com");
    for (const auto* mail : {&dana, &eli}) {
        EXPECT_EQ(mail->calendar_method, "REQUEST");
        const auto ics = Read(mail->calendar_body);
        EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
        EXPECT_EQ(ics["method"], "REQUEST");
        EXPECT_EQ(ics["version"], "2.0");
        EXPECT_FALSE(ics["prodid"].get<std::string>().empty());
        EXPECT_EQ(ics["timezones"], json({"Europe/London"}));
        ASSERT_EQ(ics["events"].size(), 1u);
        const auto& event = ics["events"][0];
        EXPECT_EQ(event["uid"], "series-a@upward.test");
        EXPECT_EQ(event["sequence"], 0);
        EXPECT_EQ(event["status"], "CONFIRMED");
        EXPECT_EQ(event["dtstart_tzid"], "Europe/London");
        EXPECT_EQ(event["dtstart"], series.starts[0]);
        EXPECT_EQ(event["dtend"], series.starts[0] + 45 * 60);
        // Until the end of 25 May in London (BST): 22:59:59 UTC.
        EXPECT_EQ(event["rrule"], "FREQ=WEEKLY;UNTIL=20260525T225959Z;INTERVAL=2");
        EXPECT_TRUE(event["exdates"].empty());
        EXPECT_EQ(event["organizer"]["address"], "mailto:dana@example.com");
        EXPECT_EQ(event["organizer"]["cn"], "Dana Sales");
        ASSERT_EQ(event["attendees"].size(), 2u);
        EXPECT_EQ(event["attendees"][1]["address"], "mailto:eli@example.com");
        EXPECT_EQ(event["attendees"][1]["partstat"], "NEEDS-ACTION");
    }
    EXPECT_EQ(Read(dana.calendar_body)["events"][0]["summary"], "Reverse mentoring with Eli Engineer");
    EXPECT_EQ(Read(eli.calendar_body)["events"][0]["summary"], "Reverse mentoring with Dana Sales");
    EXPECT_EQ(eli.subject, "Invitation: Reverse mentoring with Dana Sales");
    // Each reads the start in their own zone: 09:00 in London is 14:30 in Kolkata.
    // (The text part wraps its lines; read it as one line.)
    const auto flat = [](std::string text) {
        for (auto& c : text) c = c == '\n' ? ' ' : c;
        return text;
    };
    EXPECT_NE(flat(eli.text_body).find("Monday 2 March 2026, 14:30 (Asia/Kolkata)"), std::string::npos)
        << eli.text_body;
    EXPECT_NE(flat(dana.text_body).find("Monday 2 March 2026, 09:00 (Europe/London)"), std::string::npos)
        << dana.text_body;
    EXPECT_NE(dana.text_body.find("Digital Fluency"), std::string::npos);

    // The same change reported twice mails nobody twice.
    Queue(series.id, std::nullopt, CalendarChange::kSeriesProposed);
    EXPECT_EQ(MailCount(), 2);
}

TEST_P(CalendarNotifyTest, UpdatesKeepTheUidRaiseTheSequenceAndNameOccurrencesAcrossDaylightSaving) {
    testing::SeededSeries series;
    {
        auto session = database_.Get().Acquire();
        // Weekly from 16 March: London moves to BST on 29 March, so 09:00 is 09:00 UTC, then 08:00 UTC.
        series = testing::SeedSeries(*session, open_pair_, "Europe/London", "2026-03-16T09:00", 7, 45, 4, "2026-04-06",
                                     "series-b@upward.test", kNow);
    }
    ASSERT_EQ(series.starts[1] - series.starts[0], 7 * 86400);
    ASSERT_EQ(series.starts[2] - series.starts[1], 7 * 86400 - 3600);
    Queue(series.id, std::nullopt, CalendarChange::kSeriesProposed);

    // One occurrence moved an hour later, on its own.
    const long long moved_start = series.starts[2] + 3600;
    {
        auto session = database_.Get().Acquire();
        testing::MoveOccurrence(*session, series.occurrence_ids[2], moved_start, moved_start + 45 * 60, 1);
    }
    Queue(series.id, series.occurrence_ids[2], CalendarChange::kOccurrenceMoved);
    const auto moved = Read(Mail(Key(series.id, series.occurrence_ids[2], "occurrence-moved", 1, "E1")).calendar_body);
    EXPECT_TRUE(moved["problems"].empty()) << moved["problems"].dump();
    EXPECT_EQ(moved["method"], "REQUEST");
    ASSERT_EQ(moved["events"].size(), 1u);
    EXPECT_EQ(moved["events"][0]["uid"], "series-b@upward.test");
    EXPECT_EQ(moved["events"][0]["sequence"], 1);
    EXPECT_EQ(moved["events"][0]["recurrence_id"], series.starts[2]);
    EXPECT_EQ(moved["events"][0]["dtstart"], moved_start);
    EXPECT_EQ(moved["events"][0]["rrule"], "");

    // Another one cancelled.
    {
        auto session = database_.Get().Acquire();
        testing::CancelOccurrence(*session, series.occurrence_ids[3], 2);
    }
    Queue(series.id, series.occurrence_ids[3], CalendarChange::kOccurrenceCancelled);
    const auto cancel_mail = Mail(Key(series.id, series.occurrence_ids[3], "occurrence-cancelled", 2, "D1"));
    EXPECT_EQ(cancel_mail.calendar_method, "CANCEL");
    const auto cancelled = Read(cancel_mail.calendar_body);
    EXPECT_EQ(cancelled["method"], "CANCEL");
    ASSERT_EQ(cancelled["events"].size(), 1u);
    EXPECT_EQ(cancelled["events"][0]["uid"], "series-b@upward.test");
    EXPECT_EQ(cancelled["events"][0]["status"], "CANCELLED");
    EXPECT_EQ(cancelled["events"][0]["sequence"], 2);
    EXPECT_EQ(cancelled["events"][0]["recurrence_id"], series.starts[3]);

    // The whole series moved: the new request carries the exceptions, same UID, higher SEQUENCE.
    {
        auto session = database_.Get().Acquire();
        testing::SetSeriesState(*session, series.id, 3, "active");
    }
    Queue(series.id, std::nullopt, CalendarChange::kSeriesMoved);
    const auto update = Read(Mail(Key(series.id, 0, "moved", 3, "D1")).calendar_body);
    EXPECT_TRUE(update["problems"].empty()) << update["problems"].dump();
    ASSERT_EQ(update["events"].size(), 2u);
    EXPECT_EQ(update["events"][0]["uid"], "series-b@upward.test");
    EXPECT_EQ(update["events"][0]["sequence"], 3);
    EXPECT_EQ(update["events"][0]["exdates"], json({series.starts[3]}));
    EXPECT_EQ(update["events"][1]["uid"], "series-b@upward.test");
    EXPECT_EQ(update["events"][1]["recurrence_id"], series.starts[2]);
    EXPECT_EQ(update["events"][1]["sequence"], 3) << "an override never falls below the series' SEQUENCE";

    // Cancelled altogether.
    {
        auto session = database_.Get().Acquire();
        testing::SetSeriesState(*session, series.id, 4, "cancelled");
    }
    Queue(series.id, std::nullopt, CalendarChange::kSeriesCancelled);
    const auto end_mail = Mail(Key(series.id, 0, "cancelled", 4, "E1"));
    EXPECT_EQ(end_mail.calendar_method, "CANCEL");
    EXPECT_EQ(end_mail.subject, "Cancelled: Reverse mentoring with Dana Sales");
    const auto ended = Read(end_mail.calendar_body);
    EXPECT_EQ(ended["method"], "CANCEL");
    ASSERT_EQ(ended["events"].size(), 1u);
    EXPECT_EQ(ended["events"][0]["uid"], "series-b@upward.test");
    EXPECT_EQ(ended["events"][0]["status"], "CANCELLED");
    EXPECT_EQ(ended["events"][0]["sequence"], 4);
    EXPECT_EQ(MailCount(), 10);  // five changes, two people each
}

TEST_P(CalendarNotifyTest, AConfidentialMenteesCopiesSayOnlyUpwardSessionUnlessTheyChoseDetails) {
    testing::SeededSeries series;
    {
        auto session = database_.Get().Acquire();
        series = testing::SeedSeries(*session, confidential_pair_, "America/New_York", "2026-03-03T10:00", 14, 45, 3,
                                     "2026-04-14", "series-c@upward.test", kNow);
    }
    Queue(series.id, std::nullopt, CalendarChange::kSeriesProposed);
    for (const auto& person : {"D2", "E2"}) {
        const auto mail = Mail(Key(series.id, 0, "proposed", 0, person));
        EXPECT_EQ(mail.subject, "Invitation: Upward session");
        EXPECT_EQ(mail.recipient_name, "");
        for (const auto* text : {&mail.subject, &mail.text_body, &mail.html_body, &mail.calendar_body}) {
            for (const auto* secret : {"Dev", "Eva", "Digital Fluency", "AI tools", "Director", "Analyst"}) {
                EXPECT_EQ(text->find(secret), std::string::npos) << secret << " in " << person << "'s copy: " << *text;
            }
        }
        const auto ics = Read(mail.calendar_body);
        EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
        EXPECT_EQ(ics["events"][0]["summary"], "Upward session");
        EXPECT_EQ(ics["events"][0]["class"], "PRIVATE");
        EXPECT_EQ(ics["events"][0]["organizer"]["cn"], "");
        for (const auto& attendee : ics["events"][0]["attendees"]) EXPECT_EQ(attendee["cn"], "");
        EXPECT_EQ(ics["timezones"], json({"America/New_York"}));
    }

    // Dev chooses to show the details: the next change says who and what.
    SetDevPrivacy(true, true);
    {
        auto session = database_.Get().Acquire();
        testing::SetSeriesState(*session, series.id, 1, "active");
    }
    Queue(series.id, std::nullopt, CalendarChange::kSeriesMoved);
    const auto eva = Mail(Key(series.id, 0, "moved", 1, "E2"));
    EXPECT_EQ(eva.subject, "Updated invitation: Reverse mentoring with Dev Director");
    const auto ics = Read(eva.calendar_body);
    EXPECT_EQ(ics["events"][0]["summary"], "Reverse mentoring with Dev Director");
    EXPECT_NE(ics["events"][0]["description"].get<std::string>().find("Topics: AI tools, Data."), std::string::npos);
    EXPECT_EQ(ics["events"][0]["class"], "PUBLIC");
}

TEST_P(CalendarNotifyTest, AnOccurrenceOfAnotherSeriesIsRefused) {
    testing::SeededSeries first, second;
    {
        auto session = database_.Get().Acquire();
        first = testing::SeedSeries(*session, open_pair_, "Europe/London", "2026-03-02T09:00", 14, 45, 2, "2026-03-16",
                                    "series-d@upward.test", kNow);
        second = testing::SeedSeries(*session, confidential_pair_, "UTC", "2026-03-02T09:00", 14, 45, 2, "2026-03-16",
                                     "series-e@upward.test", kNow);
    }
    EXPECT_THROW(Queue(first.id, second.occurrence_ids[0], CalendarChange::kOccurrenceMoved), std::invalid_argument);
    EXPECT_THROW(Queue(first.id, std::nullopt, CalendarChange::kOccurrenceCancelled), std::invalid_argument);
    EXPECT_EQ(MailCount(), 0);
    // A series in UTC is written in UTC, without a VTIMEZONE.
    Queue(second.id, std::nullopt, CalendarChange::kSeriesProposed);
    const auto ics = Read(Mail(Key(second.id, 0, "proposed", 0, "E2")).calendar_body);
    EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
    EXPECT_TRUE(ics["timezones"].empty());
    EXPECT_EQ(ics["events"][0]["dtstart_tzid"], "");
    EXPECT_EQ(ics["events"][0]["dtstart"], second.starts[0]);
}

INSTANTIATE_TEST_SUITE_P(Backends, CalendarNotifyTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
