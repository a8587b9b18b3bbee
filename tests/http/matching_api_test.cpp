// The matching flow through the real server: profiles, a run, an admin's checks, publishing, and each
// participant accepting their own pair.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

// D1 leads sales with S1 reporting to them; D2 leads engineering with E1 reporting to them.
const char* const kDirectory =
    "Employee ID,Name,Grade,Department,Time Zone,Manager ID\n"
    "CEO,Cleo,10,Executive,Europe/London,\n"
    "D1,Dana,8,Sales,Europe/London,CEO\n"
    "D2,Dev,8,Engineering,America/New_York,CEO\n"
    "S1,Sam,2,Sales,Europe/London,D1\n"
    "E1,Eli,2,Engineering,America/New_York,D2\n";

class MatchingApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        ASSERT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", kDirectory}}).status, 200);
        const auto created =
            server_->Api("POST", "/api/v1/programmes", admin_,
                         {{"name", "Digital"}, {"topics", {"AI tools", "Social media"}}, {"min_grade_gap", 2}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        base_ = "/api/v1/programmes/" + std::to_string(programme_);
    }

    // A participant account linked to a person of the directory.
    std::string Participant(const std::string& person, const std::string& role) {
        const auto email = ToLower(person) + "@example.com";  // as accounts store it
        const auto token = server_->TokenFor(email, role, programme_);
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = :p WHERE email = :e", soci::use(person), soci::use(email);
        return token;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_;
    std::string sponsor_;
    long long programme_ = 0;
    std::string base_;
};

const char* const kProfiles =
    "employee_id,side,languages,topics,availability,capacity,eligible,preferences\n"
    "D1,mentee,en,AI tools:3,mon 09:00-11:00,,true,\n"
    "D2,mentee,en,Social media:3,mon 09:00-11:00,,true,\n"
    "S1,mentor,en,Social media:5,mon 09:00-11:00,1,true,\n"
    "E1,mentor,en,AI tools:5,mon 09:00-11:00,1,true,\n";

TEST_P(MatchingApiTest, RunCheckPublishAndAccept) {
    const auto imported = server_->Api("POST", base_ + "/profiles/import", admin_, {{"csv", kProfiles}});
    ASSERT_EQ(imported.status, 200) << imported.body;
    EXPECT_EQ(imported.Json()["saved"], 4);
    const auto profiles = server_->Api("GET", base_ + "/profiles", admin_).Json()["items"];
    ASSERT_EQ(profiles.size(), 4u);
    EXPECT_EQ(profiles[0]["availability"][0], (json{{"day", "mon"}, {"start", "09:00"}, {"end", "11:00"}}));

    const auto check = server_->Api("POST", base_ + "/match/check", admin_, {{"mentee", "D1"}, {"mentor", "S1"}});
    ASSERT_EQ(check.status, 200);
    EXPECT_EQ(check.Json()["allowed"], false);
    EXPECT_EQ(check.Json()["rule"], "reporting_line");
    const auto pin = server_->Api("POST", base_ + "/match/pins", admin_, {{"mentee", "D1"}, {"mentor", "S1"}});
    EXPECT_EQ(pin.status, 409);
    EXPECT_NE(pin.Json()["detail"].get<std::string>().find("reporting_line"), std::string::npos) << pin.body;

    const auto run = server_->Api("POST", base_ + "/match/runs", admin_);
    ASSERT_EQ(run.status, 201) << run.body;
    EXPECT_EQ(run.Json()["pairs"], 2);
    EXPECT_EQ(run.Json()["mode"], "assigned");
    const auto latest = server_->Api("GET", base_ + "/match/runs/latest", admin_).Json();
    ASSERT_EQ(latest["proposals"].size(), 2u);
    for (const auto& proposal : latest["proposals"]) {
        // Each director is given the other department's junior, never their own report.
        EXPECT_EQ(proposal["mentor"], proposal["mentee"] == "D1" ? "E1" : "S1");
        const auto& parts = proposal["parts"];
        const double sum = parts["topics"].get<double>() + parts["availability"].get<double>() +
                           parts["timezone"].get<double>() + parts["cross_department"].get<double>() +
                           parts["preference"].get<double>();
        EXPECT_NEAR(sum, proposal["score"].get<double>(), 1e-9);
        EXPECT_EQ(parts["topics"], 50.0);
    }
    EXPECT_EQ(server_->Api("GET", base_ + "/match/runs/latest", sponsor_).status, 403);

    const auto published = server_->Api("POST", base_ + "/match/publish", admin_);
    ASSERT_EQ(published.status, 200);
    EXPECT_EQ(published.Json()["pairs_created"], 2);
    EXPECT_EQ(server_->Api("POST", base_ + "/match/publish", admin_).Json()["already_published"], true);

    const auto d1 = Participant("D1", "mentee");
    const auto e1 = Participant("E1", "mentor");
    const auto s1 = Participant("S1", "mentor");
    const auto own = server_->Api("GET", base_ + "/pairs", d1).Json()["items"];
    ASSERT_EQ(own.size(), 1u) << "a participant sees only their own pair";
    EXPECT_EQ(own[0]["mentor"], "E1");
    EXPECT_EQ(own[0]["status"], "proposed");
    const auto pair = "/api/v1/pairs/" + std::to_string(own[0]["id"].get<long long>());

    EXPECT_EQ(server_->Api("POST", pair + "/accept", s1).status, 404) << "not S1's pair";
    EXPECT_EQ(server_->Api("POST", pair + "/accept", admin_).status, 403);
    const auto first = server_->Api("POST", pair + "/accept", d1);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.Json()["status"], "proposed");
    EXPECT_FALSE(first.Json()["mentee_accepted_at"].is_null());
    const auto second = server_->Api("POST", pair + "/accept", e1);
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(second.Json()["status"], "accepted") << "both accepted: the agreement comes next";
    EXPECT_EQ(server_->Api("POST", pair + "/decline", e1, json{{"reason", 7}}).Json()["field"], "reason");
    EXPECT_EQ(server_->Api("GET", base_ + "/pairs", admin_).Json()["items"].size(), 2u);
}

TEST_P(MatchingApiTest, BadProfilesAreReportedAndNothingIsWritten) {
    const auto bad =
        server_->Api("POST", base_ + "/profiles/import", admin_,
                     {{"csv", "employee_id,side,languages,topics\nD1,mentee,en,Knitting:2\nZZ,mentor,en,\n"}});
    ASSERT_EQ(bad.status, 422) << bad.body;
    const auto errors = bad.Json()["errors"];
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0]["row"], 2);
    EXPECT_EQ(errors[0]["field"], "topics");
    EXPECT_EQ(errors[1]["row"], 3);
    EXPECT_EQ(errors[1]["field"], "employee_id");
    EXPECT_TRUE(server_->Api("GET", base_ + "/profiles", admin_).Json()["items"].empty());

    const auto put = server_->Api("PUT", base_ + "/profiles", admin_,
                                  {{"profiles",
                                    {{{"employee_id", "D1"},
                                      {"side", "mentee"},
                                      {"languages", {"en"}},
                                      {"availability", {{{"day", "mon"}, {"start", "11:00"}, {"end", "09:00"}}}}}}}});
    EXPECT_EQ(put.status, 400);
    EXPECT_EQ(put.Json()["field"], "profiles[0].availability[0]");
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
