// The programme health API over the real server: the dashboard and its CSV, filters that are bad input,
// sponsors of one programme against another's, and corrections recorded, listed and deleted.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace upward::testing {
namespace {

class HealthApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        programme_ =
            server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Health"}, {"anonymity_k", 3}}).Json()["id"];
        other_ = server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Other"}}).Json()["id"];
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        other_sponsor_ = server_->TokenFor("other-sponsor@example.com", "sponsor");
        auto session = server_->Database().Acquire();
        for (const auto& [email, programme] : {std::pair{std::string("sponsor@example.com"), programme_},
                                               std::pair{std::string("other-sponsor@example.com"), other_}}) {
            long long user = 0;
            *session << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(user);
            *session << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, "
                        "'sponsor', 0)",
                soci::use(programme), soci::use(user);
        }
    }

    std::string Path(const std::string& rest) const {
        return "/api/v1/programmes/" + std::to_string(programme_) + rest;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, other_sponsor_;
    long long programme_ = 0;
    long long other_ = 0;
};

TEST_P(HealthApiTest, TheDashboardAndEachElementAsCsv) {
    const auto health = server_->Api("GET", Path("/health"), sponsor_);
    ASSERT_EQ(health.status, 200) << health.body;
    const auto body = health.Json();
    EXPECT_EQ(body["anonymity_k"], 3);
    EXPECT_EQ(body["people_included"], false);
    EXPECT_EQ(body["funnel"].size(), 8u);
    EXPECT_EQ(body["goals"][0]["mean_percent"]["value"], nullptr) << "no answers: withheld, not zero";
    EXPECT_EQ(body["goals"][0]["mean_percent"]["withheld"], true);
    EXPECT_FALSE(body["at_risk"].contains("pairs")) << "sponsors get the count only";

    const auto csv = server_->Api("GET", Path("/health.csv?element=funnel"), sponsor_);
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.headers.at("content-type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.headers.at("content-disposition").find("funnel.csv"), std::string::npos);
    EXPECT_EQ(csv.body.rfind("step,mentors,mentees,total\r\ninvited,0,0,0\r\n", 0), 0u) << csv.body;

    const auto missing = server_->Api("GET", Path("/health.csv"), admin_);
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.Json()["field"], "element");
    const auto unknown = server_->Api("GET", Path("/health.csv?element=people"), admin_);
    EXPECT_EQ(unknown.Json()["field"], "element");
    const auto side = server_->Api("GET", Path("/health?side=sponsor"), admin_);
    EXPECT_EQ(side.status, 400);
    EXPECT_EQ(side.Json()["field"], "side");
    EXPECT_EQ(server_->Api("GET", Path("/health?survey=final"), admin_).Json()["field"], "survey");
    EXPECT_EQ(server_->Api("GET", Path("/health?weeks=0"), admin_).Json()["field"], "weeks");
    EXPECT_EQ(server_->Api("GET", Path("/health?side=mentee&survey=midpoint"), admin_).status, 200);

    EXPECT_EQ(server_->Api("GET", Path("/health"), other_sponsor_).status, 403) << "sponsors another programme";
    EXPECT_EQ(server_->Api("GET", Path("/health.csv?element=funnel"), other_sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes/" + std::to_string(other_) + "/health", other_sponsor_).status,
              200);
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes/999999/health", admin_).status, 404);
}

TEST_P(HealthApiTest, CorrectionsAreRecordedListedAndDeleted) {
    const auto recorded = server_->Api("POST", Path("/corrections"), admin_,
                                       {{"effective_on", "2025-05-21"},
                                        {"what_changed", "Cadence from monthly to fortnightly"},
                                        {"reason", "Too many cancellations"}});
    ASSERT_EQ(recorded.status, 201) << recorded.body;
    const long long id = recorded.Json()["id"];
    EXPECT_EQ(recorded.Json()["weeks"], 4);
    EXPECT_TRUE(recorded.Json()["before"].contains("pulse_mean"));

    const auto listed = server_->Api("GET", Path("/corrections?weeks=2"), sponsor_);
    ASSERT_EQ(listed.status, 200);
    ASSERT_EQ(listed.Json()["items"].size(), 1u);
    EXPECT_EQ(listed.Json()["items"][0]["what_changed"], "Cadence from monthly to fortnightly");
    EXPECT_EQ(listed.Json()["items"][0]["weeks"], 2);
    EXPECT_EQ(server_->Api("GET", Path("/corrections"), other_sponsor_).status, 403);
    const auto csv = server_->Api("GET", Path("/health.csv?element=corrections"), sponsor_);
    EXPECT_NE(csv.body.find("Cadence from monthly to fortnightly"), std::string::npos);

    for (const auto& [field, body] :
         {std::pair{"effective_on",
                    nlohmann::json{{"effective_on", "21/05/2025"}, {"what_changed", "x"}, {"reason", "y"}}},
          std::pair{"what_changed", nlohmann::json{{"effective_on", "2025-05-21"}, {"reason", "y"}}},
          std::pair{"reason", nlohmann::json{{"effective_on", "2025-05-21"}, {"what_changed", "x"}, {"reason", ""}}}}) {
        const auto bad = server_->Api("POST", Path("/corrections"), admin_, body);
        EXPECT_GE(bad.status, 400) << field;
        EXPECT_LT(bad.status, 500) << field;
        EXPECT_EQ(bad.Json()["field"], field) << bad.body;
    }
    EXPECT_EQ(server_
                  ->Api("POST", Path("/corrections"), sponsor_,
                        {{"effective_on", "2025-05-21"}, {"what_changed", "x"}, {"reason", "y"}})
                  .status,
              403);
    const auto elsewhere = "/api/v1/programmes/" + std::to_string(other_) + "/corrections/" + std::to_string(id);
    EXPECT_EQ(server_->Api("DELETE", elsewhere, admin_).status, 404) << "not that programme's correction";
    EXPECT_EQ(server_->Api("DELETE", Path("/corrections/" + std::to_string(id)), admin_).status, 204);
    EXPECT_EQ(server_->Api("GET", Path("/corrections"), admin_).Json()["items"].size(), 0u);
    EXPECT_EQ(server_->Api("DELETE", Path("/corrections/" + std::to_string(id)), admin_).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, HealthApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
