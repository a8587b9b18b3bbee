// A pair's sessions through the real server: the JSON a participant reads, a move with the wrong input naming
// the field, a move and a confirmation as the pair's people, and the session policy's validation.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "service/sessions/session_proposal.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

class SessionsApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin_,
                            {{"csv",
                              "Employee ID,Name,Email,Grade,Time Zone\nD1,Dana,dana@corp.example,8,Europe/London\n"
                              "E1,Eli,eli@corp.example,2,America/New_York\n"}})
                      .status,
                  200);
        const auto created =
            server_->Api("POST", "/api/v1/programmes", admin_,
                         {{"name", "Digital"}, {"starts_on", "2026-12-01"}, {"ends_on", "2027-06-30"}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        mentee_ = Participant("D1", "mentee");
        mentor_ = Participant("E1", "mentor");
        auto session = server_->Database().Acquire();
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "D1";
        pair.mentor = "E1";
        pair.created_at = pair.updated_at = server_->Clock().NowSeconds();
        pair_ = storage::InsertPair(*session, pair);
        storage::SetPairStatus(*session, pair_, domain::PairStatus::kActive, pair.created_at);
        // Began 2026-12-08; the server's clock reads 2027-01-15 08:00 UTC.
        service::ProposeSeries(*session, pair_, pair.created_at, "2026-12-07");
        base_ = "/api/v1/pairs/" + std::to_string(pair_);
    }

    std::string Participant(const std::string& person, const std::string& role) {
        const auto email = ToLower(person) + "@example.com";
        const auto token = server_->TokenFor(email, role, programme_);
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = :p WHERE email = :e", soci::use(person), soci::use(email);
        return token;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, mentee_, mentor_, base_;
    long long programme_ = 0, pair_ = 0;
};

TEST_P(SessionsApiTest, ReadMoveAndConfirm) {
    const auto read = server_->Api("GET", base_ + "/sessions", mentee_);
    ASSERT_EQ(read.status, 200) << read.body;
    const auto sessions = read.Json();
    EXPECT_EQ(sessions["viewer_side"], "mentee");
    EXPECT_EQ(sessions["mentee_time_zone"], "Europe/London");
    EXPECT_EQ(sessions["mentor_time_zone"], "America/New_York");
    EXPECT_EQ(sessions["series"]["time_zone"], "Europe/London");
    EXPECT_EQ(sessions["series"]["sequence"], 0);
    EXPECT_EQ(sessions["now"], "2027-01-15T08:00:00Z");
    ASSERT_FALSE(sessions["upcoming"].empty());
    ASSERT_FALSE(sessions["past"].empty());
    EXPECT_EQ(sessions["changes"][0]["kind"], "series_proposed");
    const long long next = sessions["upcoming"][0]["id"];
    const long long last = sessions["past"][0]["id"];

    // Bad input names the field.
    const auto target = base_ + "/sessions/" + std::to_string(next);
    auto bad = server_->Api("PUT", target, mentee_, {{"starts_at", "next tuesday"}, {"reason", "Busy"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.Json()["field"], "starts_at");
    bad = server_->Api("PUT", target, mentee_, {{"starts_at", "2027-02-03T15:00:00Z"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.Json()["field"], "reason");
    bad = server_->Api("PUT", target, mentee_, {{"starts_at", "2027-07-03T15:00:00Z"}, {"reason", "Summer"}});
    EXPECT_EQ(bad.Json()["field"], "starts_at") << "after the programme ends";
    bad = server_->Api("PUT", base_ + "/series", mentee_,
                       {{"from_occurrence_id", next}, {"weekday", "thu"}, {"reason", "x"}});
    EXPECT_EQ(bad.Json()["field"], "start_time");

    // A move in another zone's notation lands on the same instant, attributed to the mentor.
    const auto moved =
        server_->Api("PUT", target, mentor_, {{"starts_at", "2027-02-03T10:00:00-05:00"}, {"reason", "Exams"}});
    ASSERT_EQ(moved.status, 200) << moved.body;
    const auto after = moved.Json();
    json occurrence;
    for (const auto& item : after["upcoming"]) {
        if (item["id"] == next) occurrence = item;
    }
    ASSERT_TRUE(occurrence.is_object());
    EXPECT_EQ(occurrence["starts_at"], "2027-02-03T15:00:00Z");
    EXPECT_EQ(occurrence["sequence"], 1);
    EXPECT_TRUE(occurrence["moved"].get<bool>());
    EXPECT_EQ(after["changes"][0]["actor_side"], "mentor");
    EXPECT_TRUE(after["changes"][0]["actor_name"].is_string());
    EXPECT_TRUE(after["changes"][0]["actor_user_id"].is_number_integer());
    EXPECT_EQ(after["changes"][0]["reason"], "Exams");

    // Attendance of the latest past session.
    const auto attendance = base_ + "/sessions/" + std::to_string(last) + "/attendance";
    bad = server_->Api("POST", attendance, mentee_, {{"took_place", false}});
    EXPECT_EQ(bad.Json()["field"], "absent_side");
    EXPECT_EQ(server_->Api("POST", attendance, mentee_, {{"took_place", true}}).status, 200);
    const auto settled = server_->Api("POST", attendance, mentor_, {{"took_place", true}, {"absent_side", nullptr}});
    ASSERT_EQ(settled.status, 200) << settled.body;
    EXPECT_EQ(settled.Json()["past"][0]["outcome"], "held");
    EXPECT_EQ(settled.Json()["streak"], 1);
    EXPECT_EQ(server_->Api("POST", attendance, mentor_, {{"took_place", false}, {"absent_side", "mentee"}}).status,
              409);
}

TEST_P(SessionsApiTest, SessionPolicyValidation) {
    const auto path = "/api/v1/programmes/" + std::to_string(programme_) + "/session-policy";
    const auto defaults = server_->Api("GET", path, admin_);
    ASSERT_EQ(defaults.status, 200) << defaults.body;
    EXPECT_EQ(defaults.Json()["reminder_minutes"], json({1440, 60}));
    EXPECT_EQ(defaults.Json()["updated_at"], nullptr);
    for (const auto& [body, field] :
         std::vector<std::pair<json, std::string>>{{{{"reminder_minutes", "1440"}}, "reminder_minutes"},
                                                   {{{"reminder_minutes", {1}}}, "reminder_minutes"},
                                                   {{{"max_consecutive_misses", "two"}}, "max_consecutive_misses"},
                                                   {{{"max_total_misses", 1}}, "max_total_misses"},
                                                   {{{"at_risk_weeks", 0}}, "at_risk_weeks"},
                                                   {{{"colour", "red"}}, "colour"}}) {
        const auto result = server_->Api("PUT", path, admin_, body);
        EXPECT_EQ(result.status, 400) << body.dump();
        EXPECT_EQ(result.Json()["field"], field) << body.dump();
    }
    const auto saved = server_->Api("PUT", path, admin_, {{"reminder_minutes", {60, 1440, 15}}, {"at_risk_weeks", 6}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.Json()["reminder_minutes"], json({1440, 60, 15}));
    EXPECT_EQ(server_->Api("GET", path, admin_).Json()["at_risk_weeks"], 6);
    EXPECT_EQ(server_->Api("GET", path, admin_).Json()["max_consecutive_misses"], 2) << "fields left out stay";
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionsApiTest, ::testing::ValuesIn(AllBackends()), [](const auto& info) {
    return info.param == storage::Backend::kSqlite ? "Sqlite" : "Postgres";
});

}  // namespace
}  // namespace upward::testing
