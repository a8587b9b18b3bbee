// The session log over HTTP: a private note its author alone reads, shared items both people write with
// errors naming the field, and the at-risk list (admins the pairs, sponsors the count). On both backends.
#include <gtest/gtest.h>

#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

class SessionLogApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin_,
                            {{"csv", "Employee ID,Name,Grade\nM1,Mo Senior,8\nJ1,Jo Junior,2\n"}})
                      .status,
                  200);
        programme_ = server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Running"}}).Json()["id"];
        mentee_ = server_->TokenFor("mentee@example.com", "mentee", programme_);
        mentor_ = server_->TokenFor("mentor@example.com", "mentor", programme_);
        const auto now = server_->Clock().NowSeconds();
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = 'M1' WHERE email = 'mentee@example.com'";
        *session << "UPDATE users SET person_id = 'J1' WHERE email = 'mentor@example.com'";
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "M1";
        pair.mentor = "J1";
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = now - 8 * 7 * 86400;  // started 8 weeks ago, never met
        pair_ = storage::InsertPair(*session, pair);
        long long series = 0;
        *session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, "
                    "until_date, uid, sequence, status, created_at, updated_at) VALUES (:p, 'Europe/London', "
                    "'2027-01-04T10:00', 14, 45, '2027-12-31', 'api-series@test', 0, 'active', :c, :u) RETURNING id",
            soci::use(pair_), soci::use(now), soci::use(now), soci::into(series);
        const long long starts = now - 86400, ends = starts + 2700;
        *session
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, 'scheduled', 0, 'pending', :u) "
               "RETURNING id",
            soci::use(series), soci::use(pair_), soci::use(starts), soci::use(starts), soci::use(ends), soci::use(now),
            soci::into(occurrence_);
    }

    std::string PairPath() const { return "/api/v1/pairs/" + std::to_string(pair_); }
    std::string NotePath() const { return PairPath() + "/sessions/" + std::to_string(occurrence_) + "/my-note"; }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, mentee_, mentor_;
    long long programme_ = 0, pair_ = 0, occurrence_ = 0;
};

TEST_P(SessionLogApiTest, ANoteIsReadByItsAuthorAlone) {
    const auto written = server_->Api("PUT", NotePath(), mentee_, {{"text", "Ask Jo about prompt libraries"}});
    ASSERT_EQ(written.status, 200) << written.body;
    EXPECT_EQ(written.Json()["text"], "Ask Jo about prompt libraries");
    EXPECT_EQ(server_->Api("GET", NotePath(), mentee_).Json()["text"], "Ask Jo about prompt libraries");
    const auto partner = server_->Api("GET", NotePath(), mentor_);
    ASSERT_EQ(partner.status, 200);
    EXPECT_TRUE(partner.Json()["text"].is_null()) << "the partner reads only their own (absent) note";
    for (const auto& token : {admin_, sponsor_}) {
        const auto refused = server_->Api("GET", NotePath(), token);
        EXPECT_EQ(refused.status, 404);
        EXPECT_EQ(refused.body.find("prompt"), std::string::npos);
    }
    const auto empty = server_->Api("PUT", NotePath(), mentee_, {{"text", ""}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_EQ(empty.Json()["field"], "text");
    EXPECT_EQ(server_->Api("DELETE", NotePath(), mentee_).status, 204);
    EXPECT_TRUE(server_->Api("GET", NotePath(), mentee_).Json()["text"].is_null());
}

TEST_P(SessionLogApiTest, SharedItemsAreWrittenByBothAndErrorsNameTheField) {
    const auto item = server_->Api(
        "POST", PairPath() + "/action-items", mentee_,
        {{"title", "Try Copilot"}, {"owner_side", "mentee"}, {"due_on", "2027-02-01"}, {"occurrence_id", occurrence_}});
    ASSERT_EQ(item.status, 201) << item.body;
    const auto done =
        server_->Api("PATCH", PairPath() + "/action-items/" + std::to_string(item.Json()["id"].get<long long>()),
                     mentor_, {{"status", "done"}});
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_FALSE(done.Json()["completed_at"].is_null());
    const auto items = server_->Api("GET", PairPath() + "/action-items", mentee_).Json()["items"];
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0]["status"], "done");

    ASSERT_EQ(
        server_->Api("POST", PairPath() + "/goal-progress", mentor_, {{"goal_side", "mentee"}, {"percent", 25}}).status,
        201);
    ASSERT_EQ(server_
                  ->Api("POST", PairPath() + "/goal-progress", mentee_,
                        {{"goal_side", "mentee"}, {"percent", 40}, {"comment", "Two meetings with AI notes"}})
                  .status,
              201);
    const auto goals = server_->Api("GET", PairPath() + "/goal-progress", mentor_).Json()["items"];
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0]["goal_side"], "mentee");
    EXPECT_EQ(goals[0]["current"]["percent"], 40);
    EXPECT_EQ(goals[0]["history"].size(), 2u);
    EXPECT_TRUE(goals[1]["current"].is_null());

    const auto insight = server_->Api("POST", PairPath() + "/insights", mentee_, {{"idea", "Reverse stand-ups"}});
    ASSERT_EQ(insight.status, 201) << insight.body;
    EXPECT_EQ(insight.Json()["status"], "planned");

    const auto expect_field = [&](const std::string& path, const json& body, const std::string& field) {
        const auto result = server_->Api("POST", PairPath() + path, mentee_, body);
        EXPECT_EQ(result.status, 400) << path << " " << body.dump() << ": " << result.body;
        EXPECT_EQ(result.Json()["field"], field) << result.body;
    };
    expect_field("/action-items", {{"title", "x"}, {"owner_side", "boss"}}, "owner_side");
    expect_field("/action-items", {{"title", "x"}, {"owner_side", "mentee"}, {"due_on", "tomorrow"}}, "due_on");
    expect_field("/action-items", {{"title", 5}, {"owner_side", "mentee"}}, "title");
    expect_field("/action-items", {{"title", "x"}, {"owner_side", "mentee"}, {"colour", "red"}}, "colour");
    expect_field("/goal-progress", {{"goal_side", "mentee"}, {"percent", 140}}, "percent");
    expect_field("/goal-progress", {{"goal_side", "mentee"}, {"percent", "half"}}, "percent");
    expect_field("/insights", {{"idea", "x"}, {"status", "maybe"}}, "status");

    EXPECT_EQ(server_->Api("GET", PairPath() + "/insights", admin_).status, 403);
    EXPECT_EQ(server_->Api("GET", PairPath() + "/insights", sponsor_).status, 403);
}

TEST_P(SessionLogApiTest, AdminsSeeThePairsAtRiskAndSponsorsOnlyTheCount) {
    const auto path = "/api/v1/programmes/" + std::to_string(programme_) + "/pairs-at-risk";
    const auto admin = server_->Api("GET", path, admin_);
    ASSERT_EQ(admin.status, 200) << admin.body;
    const auto body = admin.Json();
    EXPECT_EQ(body["count"], 1);
    ASSERT_EQ(body["items"].size(), 1u);
    const auto& pair = body["items"][0];
    EXPECT_EQ(pair["mentee"]["name"], "Mo Senior");
    EXPECT_EQ(pair["mentor"]["name"], "Jo Junior");
    EXPECT_TRUE(pair["last_held_at"].is_null());
    std::vector<std::string> codes;
    for (const auto& reason : pair["reasons"]) codes.push_back(reason["code"]);
    EXPECT_EQ(codes, (std::vector<std::string>{"no_recent_session", "stalled_goals"}));

    const auto sponsor = server_->Api("GET", path, sponsor_);
    ASSERT_EQ(sponsor.status, 200);
    EXPECT_EQ(sponsor.Json()["count"], 1);
    EXPECT_FALSE(sponsor.Json().contains("items"));
    EXPECT_EQ(sponsor.body.find("Mo Senior"), std::string::npos);
    EXPECT_EQ(server_->Api("GET", path, mentee_).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionLogApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
