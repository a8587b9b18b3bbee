// Calendar subscriptions through the real server, on SQLite and PostgreSQL: a feed's URL shown once and only
// its digest stored, the public .ics read back by an independent parser (python3-icalendar), each secret
// showing its owner's series only, revoked and unknown secrets answering the same 404, and a confidential
// mentee's privacy choice shaping both people's feeds.
#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "core/text.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

const char* const kDirectory =
    "Employee ID,Name,Email,Grade,Department,Time Zone\n"
    "D1,Dana Sales,dana@corp.example,8,Sales,Europe/London\n"
    "E1,Eli Engineer,eli@corp.example,2,Engineering,Asia/Kolkata\n"
    "D2,Dev Director,dev@corp.example,8,Legal,America/New_York\n"
    "E2,Eva Analyst,eva@corp.example,2,Data,Europe/Berlin\n";

class CalendarApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        ASSERT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", kDirectory}}).status, 200);
        const auto created = server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Digital Fluency"}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        for (const auto& [person, role] : {std::pair{"D1", "mentee"}, std::pair{"E1", "mentor"},
                                           std::pair{"D2", "mentee"}, std::pair{"E2", "mentor"}}) {
            const std::string id = person;
            const auto email = ToLower(id) + "@example.com";
            tokens_[id] = server_->TokenFor(email, role, programme_);
            auto session = server_->Database().Acquire();
            *session << "UPDATE users SET person_id = :p WHERE email = :e", soci::use(id), soci::use(email);
            *session << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(users_[id]);
        }
        auto session = server_->Database().Acquire();
        const auto now = server_->Clock().NowSeconds();
        open_ = SeedSeries(*session, Pair(*session, "D1", "E1"), "Europe/London", "2027-03-01T09:00", 14, 45, 4,
                           "2027-04-12", "open@upward.test", now);
        confidential_ = SeedSeries(*session, Pair(*session, "D2", "E2"), "America/New_York", "2027-03-02T10:00", 7, 30,
                                   3, "2027-03-16", "confidential@upward.test", now);
        domain::Application application;
        application.programme_id = programme_;
        application.employee_id = "D2";
        application.user_id = users_["D2"];
        application.submitted_at = application.updated_at = now;
        storage::InsertApplication(*session, application);
    }

    long long Pair(storage::Connection& session, const std::string& mentee, const std::string& mentor) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = server_->Clock().NowSeconds();
        return storage::InsertPair(session, pair);
    }

    // The feed's path on this server, from the URL shown once.
    std::string NewFeed(const std::string& person, long long* id = nullptr) {
        const auto created = server_->Api("POST", "/api/v1/me/calendar-feeds", tokens_[person], json::object());
        EXPECT_EQ(created.status, 201) << created.body;
        const std::string url = created.Json()["url"];
        if (id != nullptr) *id = created.Json()["id"];
        const std::string prefix = "http://127.0.0.1:8080/calendar/";
        EXPECT_EQ(url.rfind(prefix, 0), 0u) << url;
        EXPECT_EQ(url.substr(url.size() - 4), ".ics");
        return url.substr(std::string("http://127.0.0.1:8080").size());
    }

    json Fetch(const std::string& path) {
        const auto response = server_->Request("GET", path);
        EXPECT_EQ(response.status, 200) << response.body;
        EXPECT_EQ(response.headers.at("content-type"), "text/calendar; charset=utf-8");
        return ReadIcs(response.body, dir_.Path());
    }

    static std::vector<std::string> Uids(const json& ics) {
        std::vector<std::string> uids;
        for (const auto& event : ics["events"]) uids.push_back(event["uid"]);
        return uids;
    }

    TempDir dir_;
    std::unique_ptr<TestServer> server_;
    std::string admin_;
    std::map<std::string, std::string> tokens_;
    std::map<std::string, long long> users_;
    long long programme_ = 0;
    SeededSeries open_, confidential_;
};

TEST_P(CalendarApiTest, AFeedListsItsOwnersSeriesWithMovedAndCancelledOccurrences) {
    const auto path = NewFeed("D1");
    {
        auto session = server_->Database().Acquire();
        MoveOccurrence(*session, open_.occurrence_ids[1], open_.starts[1] + 1800, open_.starts[1] + 1800 + 45 * 60, 1);
        CancelOccurrence(*session, open_.occurrence_ids[2], 1);
    }
    const auto ics = Fetch(path);
    EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
    EXPECT_EQ(ics["method"], "PUBLISH");
    EXPECT_EQ(ics["calname"], "Upward sessions");
    EXPECT_EQ(ics["refresh_interval"], "PT1H");
    EXPECT_EQ(ics["published_ttl"], "PT1H");
    EXPECT_EQ(ics["timezones"], json({"Europe/London"}));
    ASSERT_EQ(Uids(ics), (std::vector<std::string>{"open@upward.test", "open@upward.test"}));
    const auto& master = ics["events"][0];
    EXPECT_EQ(master["rrule"], "FREQ=WEEKLY;UNTIL=20270412T225959Z;INTERVAL=2");
    EXPECT_EQ(master["dtstart"], open_.starts[0]);
    EXPECT_EQ(master["exdates"], json({open_.starts[2]}));
    EXPECT_EQ(master["summary"], "Reverse mentoring with Eli Engineer");
    EXPECT_TRUE(master["attendees"].empty()) << "a feed is read, not answered";
    EXPECT_EQ(ics["events"][1]["recurrence_id"], open_.starts[1]);
    EXPECT_EQ(ics["events"][1]["dtstart"], open_.starts[1] + 1800);

    // The mentor's own feed shows the same series from their side; nobody else's.
    const auto eli = Fetch(NewFeed("E1"));
    EXPECT_EQ(Uids(eli)[0], "open@upward.test");
    EXPECT_EQ(eli["events"][0]["summary"], "Reverse mentoring with Dana Sales");
    const auto eva = Fetch(NewFeed("E2"));
    EXPECT_EQ(Uids(eva), std::vector<std::string>{"confidential@upward.test"});
    // An admin has no pairs: a valid, empty calendar.
    const auto admin = server_->Api("POST", "/api/v1/me/calendar-feeds", admin_, json::object()).Json()["url"];
    EXPECT_TRUE(Fetch(admin.get<std::string>().substr(21))["events"].empty());
}

TEST_P(CalendarApiTest, OnlyTheSecretsDigestIsStoredAndTheListShowsNoSecret) {
    long long id = 0;
    const auto path = NewFeed("D1", &id);
    const auto secret = path.substr(std::string("/calendar/").size(), path.size() - 14);
    auto session = server_->Database().Acquire();
    std::string stored;
    *session << "SELECT secret_hash FROM calendar_feeds WHERE id = :id", soci::use(id), soci::into(stored);
    EXPECT_EQ(stored, service::DigestSecret(secret));
    EXPECT_EQ(stored.find(secret), std::string::npos);

    const auto list = server_->Api("GET", "/api/v1/me/calendar-feeds", tokens_["D1"]);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.body.find(secret), std::string::npos);
    ASSERT_EQ(list.Json()["items"].size(), 1u);
    EXPECT_EQ(list.Json()["items"][0]["id"], id);
    EXPECT_EQ(list.Json()["items"][0]["active"], true);
    EXPECT_TRUE(server_->Api("GET", "/api/v1/me/calendar-feeds", tokens_["E1"]).Json()["items"].empty());
}

TEST_P(CalendarApiTest, RevokedAndUnknownSecretsAnswerTheSame404) {
    long long id = 0;
    const auto path = NewFeed("D1", &id);
    const auto feed = "/api/v1/me/calendar-feeds/" + std::to_string(id);
    EXPECT_EQ(server_->Api("DELETE", feed, tokens_["E1"]).status, 404) << "another person's feed does not exist";
    EXPECT_EQ(server_->Request("GET", path).status, 200);
    EXPECT_EQ(server_->Api("DELETE", feed, tokens_["D1"]).status, 204);

    const auto revoked = server_->Request("GET", path);
    const auto unknown = server_->Request("GET", "/calendar/" + service::RandomSecret(32) + ".ics");
    const auto no_suffix = server_->Request("GET", path.substr(0, path.size() - 4));
    for (const auto* response : {&revoked, &unknown, &no_suffix}) {
        EXPECT_EQ(response->status, 404);
        EXPECT_EQ(response->body, unknown.body) << "nothing tells a revoked secret from a guess";
    }
    EXPECT_EQ(server_->Api("GET", "/api/v1/me/calendar-feeds", tokens_["D1"]).Json()["items"][0]["active"], false);
    // The owner's other feeds keep working.
    EXPECT_EQ(server_->Request("GET", NewFeed("D1")).status, 200);
}

TEST_P(CalendarApiTest, AConfidentialMenteesChoiceShapesBothFeeds) {
    const auto base = "/api/v1/programmes/" + std::to_string(programme_) + "/my-privacy";
    const auto dev_feed = NewFeed("D2");
    const auto eva_feed = NewFeed("E2");
    EXPECT_EQ(Fetch(eva_feed)["events"][0]["summary"], "Reverse mentoring with Dev Director");

    EXPECT_EQ(server_->Api("GET", base, tokens_["D2"]).Json(),
              json({{"programme_id", programme_}, {"confidential", false}, {"calendar_details", false}}));
    EXPECT_EQ(server_->Api("PUT", base, tokens_["D2"], {{"confidential", "yes"}, {"calendar_details", false}})
                  .Json()["field"],
              "confidential");
    EXPECT_EQ(server_->Api("PUT", base, tokens_["D2"], {{"confidential", true}}).Json()["field"], "calendar_details");
    EXPECT_EQ(server_->Api("PUT", base, tokens_["D2"], {{"confidential", true}, {"calendar_details", false}, {"x", 1}})
                  .Json()["field"],
              "x");
    EXPECT_EQ(server_->Api("PUT", base, tokens_["E1"], {{"confidential", true}, {"calendar_details", false}}).status,
              404)
        << "no application of Eli's in the programme";
    const auto saved = server_->Api("PUT", base, tokens_["D2"], {{"confidential", true}, {"calendar_details", false}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.Json()["confidential"], true);

    for (const auto& path : {dev_feed, eva_feed}) {
        const auto response = server_->Request("GET", path);
        for (const auto* secret : {"Dev", "Eva", "Digital Fluency", "Director"}) {
            EXPECT_EQ(response.body.find(secret), std::string::npos) << secret << " in " << response.body;
        }
        const auto ics = ReadIcs(response.body, dir_.Path());
        EXPECT_TRUE(ics["problems"].empty()) << ics["problems"].dump();
        EXPECT_EQ(ics["events"][0]["summary"], "Upward session");
        EXPECT_EQ(ics["events"][0]["class"], "PRIVATE");
        EXPECT_EQ(ics["events"][0]["dtstart_tzid"], "America/New_York");
        EXPECT_EQ(ics["events"][0]["rrule"], "FREQ=WEEKLY;UNTIL=20270317T035959Z");
    }
    // The other pair is untouched.
    EXPECT_EQ(Fetch(NewFeed("D1"))["events"][0]["summary"], "Reverse mentoring with Eli Engineer");

    ASSERT_EQ(server_->Api("PUT", base, tokens_["D2"], {{"confidential", true}, {"calendar_details", true}}).status,
              200);
    EXPECT_EQ(Fetch(eva_feed)["events"][0]["summary"], "Reverse mentoring with Dev Director");
}

INSTANTIATE_TEST_SUITE_P(Backends, CalendarApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
