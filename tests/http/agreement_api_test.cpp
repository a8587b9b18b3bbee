// A pair from acceptance to a signed agreement through the real server, the private decline reason in the
// pair JSON each role receives, and the funnel as admins and sponsors read it.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

const char* const kDirectory =
    "Employee ID,Name,Email,Grade,Department,Time Zone,Manager ID\n"
    "CEO,Cleo,cleo@corp.example,10,Executive,Europe/London,\n"
    "D1,Dana,dana@corp.example,8,Sales,Europe/London,CEO\n"
    "D2,Dev,dev@corp.example,8,Engineering,America/New_York,CEO\n"
    "S1,Sam,sam@corp.example,2,Sales,Europe/London,D1\n"
    "E1,Eli,eli@corp.example,2,Engineering,America/New_York,D2\n";

const char* const kProfiles =
    "employee_id,side,languages,topics,availability,capacity,eligible,preferences\n"
    "D1,mentee,en,AI tools:3,mon 09:00-11:00,,true,\n"
    "D2,mentee,en,Social media:3,mon 09:00-11:00,,true,\n"
    "S1,mentor,en,Social media:5,mon 09:00-11:00,1,true,\n"
    "E1,mentor,en,AI tools:5,mon 09:00-11:00,1,true,\n";

class AgreementApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        ASSERT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", kDirectory}}).status, 200);
        const auto created = server_->Api("POST", "/api/v1/programmes", admin_,
                                          {{"name", "Digital"},
                                           {"topics", {"AI tools", "Social media"}},
                                           {"cadence_days", 28},
                                           {"confidentiality_policy", "What is said stays here."}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        base_ = "/api/v1/programmes/" + std::to_string(programme_);
        ASSERT_EQ(server_->Api("POST", base_ + "/profiles/import", admin_, {{"csv", kProfiles}}).status, 200);
        ASSERT_EQ(server_->Api("POST", base_ + "/match/runs", admin_).status, 201);
        ASSERT_EQ(server_->Api("POST", base_ + "/match/publish", admin_).Json()["pairs_created"], 2);
        d1_ = Participant("D1", "mentee");
        d2_ = Participant("D2", "mentee");
        e1_ = Participant("E1", "mentor");
        s1_ = Participant("S1", "mentor");
    }

    std::string Participant(const std::string& person, const std::string& role) {
        const auto email = ToLower(person) + "@example.com";
        const auto token = server_->TokenFor(email, role, programme_);
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = :p WHERE email = :e", soci::use(person), soci::use(email);
        return token;
    }

    json PairOf(const std::string& token, const std::string& mentee) {
        const auto pairs = server_->Api("GET", base_ + "/pairs", token).Json();
        for (const auto& pair : pairs["items"]) {
            if (pair["mentee"] == mentee) return pair;
        }
        return nullptr;
    }

    static json Terms(const std::string& mentee_goals) {
        return {{"mentee_goals", mentee_goals},
                {"mentor_goals", "Explain clearly to a senior audience"},
                {"topics", {"AI tools"}},
                {"cadence_days", 14},
                {"confidentiality_statement", "We keep it between us."}};
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, d1_, d2_, e1_, s1_;
    long long programme_ = 0;
    std::string base_;
};

TEST_P(AgreementApiTest, AcceptDraftSignAndActivate) {
    const auto pair_id = PairOf(d1_, "D1")["id"].get<long long>();
    const auto pair = "/api/v1/pairs/" + std::to_string(pair_id);
    ASSERT_EQ(server_->Api("POST", pair + "/accept", d1_).status, 200);
    const auto accepted = server_->Api("POST", pair + "/accept", e1_).Json();
    EXPECT_EQ(accepted["status"], "accepted");
    EXPECT_EQ(accepted["mentee_name"], "Dana");
    EXPECT_EQ(accepted["mentor_name"], "Eli");

    const auto defaults = server_->Api("GET", pair + "/agreement", d1_).Json();
    EXPECT_EQ(defaults["version"], 0);
    EXPECT_EQ(defaults["drafted"], false);
    EXPECT_EQ(defaults["cadence_days"], 28);
    EXPECT_EQ(defaults["confidentiality_statement"], "What is said stays here.");
    EXPECT_EQ(defaults["topics"], json({"AI tools"}));
    EXPECT_EQ(defaults["catalogue"], json({"AI tools", "Social media"}));
    EXPECT_EQ(defaults["pair"]["status"], "accepted");

    auto bad = Terms("Learn");
    bad["topics"] = {"AI tools", "Knitting"};
    const auto refused = server_->Api("PUT", pair + "/agreement", d1_, bad);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.Json()["field"], "topics[1]");
    bad = Terms("Learn");
    bad["cadence_days"] = "weekly";
    EXPECT_EQ(server_->Api("PUT", pair + "/agreement", d1_, bad).Json()["field"], "cadence_days");
    bad = Terms("Learn");
    bad["secret"] = true;
    EXPECT_EQ(server_->Api("PUT", pair + "/agreement", d1_, bad).Json()["field"], "secret");

    const auto v1 = server_->Api("PUT", pair + "/agreement", e1_, Terms("Use AI assistants weekly"));
    ASSERT_EQ(v1.status, 200) << v1.body;
    EXPECT_EQ(v1.Json()["version"], 1);
    EXPECT_EQ(
        server_->Api("POST", pair + "/agreement/sign", d1_, {{"version", 1}}).Json()["mentee_signed_at"].is_null(),
        false);
    auto edit = Terms("Use AI assistants every day");
    edit["version"] = 1;
    const auto v2 = server_->Api("PUT", pair + "/agreement", e1_, edit).Json();
    EXPECT_EQ(v2["version"], 2);
    EXPECT_TRUE(v2["mentee_signed_at"].is_null()) << "the edit cleared the mentee's signature";
    EXPECT_EQ(server_->Api("PUT", pair + "/agreement", d1_, edit).status, 409) << "based on version 1, now 2";
    EXPECT_EQ(server_->Api("POST", pair + "/agreement/sign", d1_, {{"version", 1}}).status, 409) << "stale";
    EXPECT_EQ(server_->Api("POST", pair + "/agreement/sign", d1_, json::object()).Json()["field"], "version");

    EXPECT_EQ(server_->Api("POST", pair + "/agreement/sign", d1_, {{"version", 2}}).Json()["pair"]["status"],
              "accepted");
    const auto active = server_->Api("POST", pair + "/agreement/sign", e1_, {{"version", 2}}).Json();
    EXPECT_EQ(active["pair"]["status"], "active");
    EXPECT_FALSE(active["mentor_signed_at"].is_null());
    EXPECT_EQ(PairOf(admin_, "D1")["status"], "active");
    EXPECT_EQ(server_->Api("GET", pair + "/agreement", admin_).Json()["mentee_goals"], "Use AI assistants every day");

    auto session = server_->Database().Acquire();
    long long mails = 0;
    *session << "SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE 'pair-active:%'", soci::into(mails);
    EXPECT_EQ(mails, 2);
    std::string recipient;
    const std::string key = "pair-active:" + std::to_string(pair_id) + ":mentor";
    *session << "SELECT recipient FROM mail_outbox WHERE dedupe_key = :k", soci::use(key), soci::into(recipient);
    EXPECT_EQ(recipient, "e1@example.com") << "the address of the account they sign in with";
}

TEST_P(AgreementApiTest, TheDeclineReasonIsInTheAdminsPairsOnly) {
    const auto pair_id = PairOf(d2_, "D2")["id"].get<long long>();
    const auto declined = server_->Api("POST", "/api/v1/pairs/" + std::to_string(pair_id) + "/decline", d2_,
                                       {{"reason", "We worked together before"}});
    ASSERT_EQ(declined.status, 200) << declined.body;
    EXPECT_EQ(declined.Json()["status"], "declined");
    EXPECT_EQ(declined.Json()["declined_by"], "mentee");
    EXPECT_FALSE(declined.Json().contains("decline_reason"));
    EXPECT_EQ(declined.body.find("worked together"), std::string::npos);

    const auto seen_by_mentor = server_->Api("GET", base_ + "/pairs", s1_);
    EXPECT_EQ(seen_by_mentor.body.find("worked together"), std::string::npos) << "the other person never reads it";
    EXPECT_EQ(server_->Api("GET", base_ + "/pairs", d2_).body.find("worked together"), std::string::npos);
    const auto seen_by_admin = PairOf(admin_, "D2");
    EXPECT_EQ(seen_by_admin["decline_reason"], "We worked together before");
    EXPECT_EQ(seen_by_admin["declined_by"], "mentee");
    EXPECT_EQ(server_->Api("GET", "/api/v1/pairs/" + std::to_string(pair_id) + "/agreement", s1_)
                  .body.find("worked together"),
              std::string::npos);
}

TEST_P(AgreementApiTest, FunnelCountsForSponsorsNamesForAdmins) {
    const auto pair = "/api/v1/pairs/" + std::to_string(PairOf(d1_, "D1")["id"].get<long long>());
    server_->Api("POST", pair + "/accept", d1_);
    server_->Api("POST", pair + "/accept", e1_);

    const auto admin = server_->Api("GET", base_ + "/funnel", admin_).Json();
    EXPECT_EQ(admin["people_included"], true);
    ASSERT_EQ(admin["sides"].size(), 2u);
    EXPECT_EQ(admin["sides"][0]["side"], "mentor");
    // The four are members (their accounts joined the programme) whom the admin paired without an application:
    // counted as invited, in and matched, not as applied, nor trained (the default modules wait for them); the
    // programme has no ground rules, a step nobody is counted at for its own sake. Each stands at their pair.
    const auto& mentees = admin["sides"][1];
    std::vector<long long> counts;
    for (const auto& step : mentees["steps"]) counts.push_back(step["count"]);
    EXPECT_EQ(counts, (std::vector<long long>{2, 2, 0, 0, 0, 0, 2, 0}));
    EXPECT_EQ(mentees["steps"][6]["step"], "matched");
    ASSERT_EQ(mentees["steps"][6]["people"].size(), 2u);
    EXPECT_EQ(mentees["steps"][6]["people"][0]["name"], "Dana");
    EXPECT_EQ(mentees["steps"][6]["people"][0]["employee_id"], "D1");
    EXPECT_EQ(mentees["steps"][6]["people"][0]["blocked_on"], "agreement_not_drafted");
    EXPECT_EQ(mentees["steps"][6]["people"][1]["blocked_on"], "pair_not_accepted");
    EXPECT_TRUE(mentees["steps"][1]["people"].empty());

    const auto sponsor = server_->Api("GET", base_ + "/funnel", sponsor_);
    ASSERT_EQ(sponsor.status, 200);
    EXPECT_EQ(sponsor.Json()["people_included"], false);
    EXPECT_EQ(sponsor.Json()["sides"][1]["steps"][6]["count"], 2);
    EXPECT_EQ(sponsor.body.find("\"people\""), std::string::npos) << "counts only";
    EXPECT_EQ(sponsor.body.find("Dana"), std::string::npos);
    EXPECT_EQ(server_->Api("GET", base_ + "/funnel", d1_).status, 403);
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes/9999/funnel", admin_).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
