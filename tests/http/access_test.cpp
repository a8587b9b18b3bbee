// Walks every endpoint with every role and with no credentials, and asserts the documented outcome.
// A route added to the router without a row here fails RouteTableCoversEveryRoute.
#include <gtest/gtest.h>

#include <set>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

enum Caller { kAnonymous, kAdmin, kSponsor, kMentor, kMentee, kOutsider, kCallerCount };
const char* const kCallerNames[] = {"anonymous", "admin", "sponsor", "mentor", "mentee", "outsider"};

struct Row {
    std::string method;
    std::string pattern;  // as registered in the router
    std::string target;   // with ids filled in; {p1}/{p2}/{token} are replaced per run
    json body;
    std::array<int, kCallerCount> expected;  // anonymous, admin, sponsor, mentor, mentee, outsider
};

class AccessTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        tokens_[kAdmin] = server_->TokenFor("admin@example.com", "admin");
        tokens_[kSponsor] = server_->TokenFor("sponsor@example.com", "sponsor");
        p1_ = server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "First"}}).Json()["id"];
        p2_ = server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "Second"}}).Json()["id"];
        tokens_[kMentor] = server_->TokenFor("mentor@example.com", "mentor", p1_);
        tokens_[kMentee] = server_->TokenFor("mentee@example.com", "mentee", p1_);
        tokens_[kOutsider] = server_->TokenFor("outsider@example.com", "participant");
        const auto import = server_->Api("POST", "/api/v1/people/import", tokens_[kAdmin],
                                         {{"csv", "Employee ID,Name,Grade,Manager ID\nE1,Ada,9,\nE2,Bo,3,E1\n"}});
        ASSERT_EQ(import.status, 200) << import.body;
    }

    std::string Fill(std::string target, const std::string& revocable) const {
        const auto replace = [&target](const std::string& word, const std::string& with) {
            if (auto at = target.find(word); at != std::string::npos) target.replace(at, word.size(), with);
        };
        replace("{p1}", std::to_string(p1_));
        replace("{p2}", std::to_string(p2_));
        replace("{token}", revocable);
        return target;
    }

    static std::vector<Row> Rows() {
        const json login = json::object();  // filled per caller
        return {
            {"POST", "/api/v1/auth/login", "/api/v1/auth/login", login, {401, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/auth/logout", "/api/v1/auth/logout", json::object(), {401, 204, 204, 204, 204, 204}},
            {"GET", "/api/v1/me", "/api/v1/me", nullptr, {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/tokens", "/api/v1/tokens", nullptr, {401, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/tokens", "/api/v1/tokens", {{"name", "walk"}}, {401, 201, 201, 201, 201, 201}},
            // {token} is the admin's own token: only the admin may revoke it, to everyone else it does not exist.
            {"DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/{token}", nullptr, {401, 204, 404, 404, 404, 404}},
            {"GET", "/api/v1/people", "/api/v1/people", nullptr, {401, 200, 403, 403, 403, 403}},
            {"GET", "/api/v1/people/{employee_id}", "/api/v1/people/E1", nullptr, {401, 200, 403, 403, 403, 403}},
            {"POST", "/api/v1/people/import", "/api/v1/people/import",
             {{"csv", "Employee ID,Grade\nE9,2\n"}, {"dry_run", true}}, {401, 200, 403, 403, 403, 403}},
            {"GET", "/api/v1/programme-templates", "/api/v1/programme-templates", nullptr, {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/programmes", "/api/v1/programmes", nullptr, {401, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/programmes", "/api/v1/programmes", {{"name", "Walk"}}, {401, 201, 403, 403, 403, 403}},
            {"GET", "/api/v1/programmes/{id}", "/api/v1/programmes/{p1}", nullptr, {401, 200, 200, 200, 200, 404}},
            {"GET", "/api/v1/programmes/{id}", "/api/v1/programmes/{p2}", nullptr, {401, 200, 200, 404, 404, 404}},
            {"PATCH", "/api/v1/programmes/{id}", "/api/v1/programmes/{p1}", {{"purpose", "Changed"}}, {401, 200, 403, 403, 403, 403}},
            {"POST", "/api/v1/programmes/{id}/archive", "/api/v1/programmes/{p2}/archive", json::object(), {401, 200, 403, 403, 403, 403}},
            {"GET", "/healthz", "/healthz", nullptr, {200, 200, 200, 200, 200, 200}},
            {"GET", "/readyz", "/readyz", nullptr, {200, 200, 200, 200, 200, 200}},
            {"GET", "/metrics", "/metrics", nullptr, {200, 200, 200, 200, 200, 200}},
            {"GET", "/api/openapi.json", "/api/openapi.json", nullptr, {200, 200, 200, 200, 200, 200}},
        };
    }

    std::unique_ptr<TestServer> server_;
    std::array<std::string, kCallerCount> tokens_;
    long long p1_ = 0, p2_ = 0;
};

const std::array<std::string, kCallerCount> kEmails = {"nobody@example.com", "admin@example.com", "sponsor@example.com",
                                                       "mentor@example.com", "mentee@example.com", "outsider@example.com"};

TEST_P(AccessTest, EveryEndpointWithEveryRole) {
    for (const auto& row : Rows()) {
        for (int caller = 0; caller < kCallerCount; ++caller) {
            // A fresh token of the admin's per request keeps DELETE repeatable for each caller.
            const auto revocable = server_->Api("POST", "/api/v1/tokens", tokens_[kAdmin], {{"name", "revocable"}}).Json()["id"];
            json body = row.body;
            if (row.pattern == "/api/v1/auth/login") {
                body = {{"email", kEmails[caller]}, {"password", "a long test password"}};
            }
            const auto result = server_->Api(row.method, Fill(row.target, std::to_string(revocable.get<long long>())),
                                             row.pattern == "/api/v1/auth/login" ? "" : tokens_[caller], body);
            EXPECT_EQ(result.status, row.expected[caller])
                << row.method << " " << row.target << " as " << kCallerNames[caller] << ": " << result.body;
            if (result.status >= 400) {
                EXPECT_EQ(result.headers.at("content-type"), "application/problem+json") << row.target;
            }
        }
    }
}

TEST_P(AccessTest, RouteTableCoversEveryRoute) {
    std::set<std::pair<std::string, std::string>> walked;
    for (const auto& row : Rows()) walked.insert({row.method, row.pattern});
    for (const auto& route : server_->Router().Routes()) {
        const std::string method(boost::beast::http::to_string(route.method));
        EXPECT_TRUE(walked.count({method, route.pattern})) << method << " " << route.pattern << " is not walked";
    }
}

TEST_P(AccessTest, ParticipantsListOnlyTheirOwnProgrammes) {
    const auto mentor = server_->Api("GET", "/api/v1/programmes", tokens_[kMentor]).Json();
    ASSERT_EQ(mentor["items"].size(), 1u);
    EXPECT_EQ(mentor["items"][0]["id"], p1_);
    EXPECT_TRUE(server_->Api("GET", "/api/v1/programmes", tokens_[kOutsider]).Json()["items"].empty());
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes", tokens_[kSponsor]).Json()["items"].size(), 2u);
}

TEST_P(AccessTest, RevokedAndForgedTokensAreRefused) {
    const auto created = server_->Api("POST", "/api/v1/tokens", tokens_[kAdmin], {{"name", "short-lived"}}).Json();
    const std::string token = created["token"];
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token).status, 200);
    EXPECT_EQ(server_->Api("DELETE", "/api/v1/tokens/" + std::to_string(created["id"].get<long long>()), token).status, 204);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token).status, 401);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token + "x").status, 401);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", "upw_forged").status, 401);
}

TEST_P(AccessTest, DirectoryReadsAreAudited) {
    ASSERT_EQ(server_->Api("GET", "/api/v1/people/E1", tokens_[kAdmin]).status, 200);
    auto session = server_->Database().Acquire();
    int reads = 0;
    *session << "SELECT COUNT(*) FROM audit_log WHERE action = 'people.read' AND subject = 'person:E1'", soci::into(reads);
    EXPECT_EQ(reads, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccessTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
