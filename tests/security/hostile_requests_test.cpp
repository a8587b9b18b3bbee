// Requests built to hurt the server, replayed against the real server on a real database: a sign-in body of
// megabytes of brackets, JSON nested past any request the API takes, invalid UTF-8 in a path, and a server asked to
// stop after such requests. Each must get a clear answer and leave the server whole.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

#include "http/types.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kJson = {{"Content-Type", "application/json"}};

class HostileRequestsTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
    }
    std::map<std::string, std::string> Admin() const {
        return {{"Authorization", "Bearer " + admin_}, {"Content-Type", "application/json"}};
    }
    std::unique_ptr<TestServer> server_;
    std::string admin_;
};

TEST_P(HostileRequestsTest, SignInTakesOnlyASmallBody) {
    // Larger than any sign-in, far smaller than the server-wide limit: the route's own limit refuses it.
    const std::string padding(64 * 1024, ' ');
    const auto result = SendRequest(server_->Port(), "POST", "/api/v1/auth/login",
                                    R"({"email": "admin@example.com", "password": "x")" + padding + "}", kJson);
    EXPECT_EQ(result.status, 413);
    EXPECT_EQ(SendRequest(server_->Port(), "GET", "/healthz").status, 200);
}

TEST_P(HostileRequestsTest, OrdinaryRoutesTakeAMegabyteAndImportsMore) {
    const std::string two_megabytes(2 * 1024 * 1024, 'x');
    const auto programme = SendRequest(server_->Port(), "POST", "/api/v1/programmes",
                                       json{{"name", "Big"}, {"purpose", two_megabytes}}.dump(), Admin());
    EXPECT_EQ(programme.status, 413);
    // An HRIS export of that size is what the import route is for: it is read, and its rows judged.
    const auto import =
        SendRequest(server_->Port(), "POST", "/api/v1/people/import",
                    json{{"csv", "employee_id\n" + two_megabytes + "\n"}, {"dry_run", true}}.dump(), Admin());
    EXPECT_NE(import.status, 413) << import.body;
}

TEST_P(HostileRequestsTest, DeeplyNestedJsonIsRefusedWhileParsing) {
    const int depth = 100'000;
    const std::string brackets = std::string(depth, '[') + std::string(depth, ']');
    const auto result = SendRequest(server_->Port(), "POST", "/api/v1/programmes", brackets, Admin());
    ASSERT_EQ(result.status, 400) << result.body;
    EXPECT_EQ(result.Json()["field"], "body");
    EXPECT_NE(result.Json()["detail"].get<std::string>().find(std::to_string(http::kMaxJsonDepth)), std::string::npos);
    // As deep as the limit still reads (and is then judged as a programme, which it is not).
    const std::string at_limit = std::string(http::kMaxJsonDepth, '[') + std::string(http::kMaxJsonDepth, ']');
    const auto shallow = SendRequest(server_->Port(), "POST", "/api/v1/programmes", at_limit, Admin());
    EXPECT_EQ(shallow.status, 400);
    EXPECT_EQ(shallow.Json()["field"], "body");
    EXPECT_EQ(shallow.Json()["detail"].get<std::string>().find("nested"), std::string::npos) << shallow.body;
}

TEST_P(HostileRequestsTest, InvalidUtf8InAPathOrQueryIsAnswered) {
    for (int i = 0; i < 12; ++i) {
        for (const auto* target : {"/api/v1/people/%FF%FE", "/api/v1/people?search=%C0%AF", "/api/v1/%ED%A0%80"}) {
            const auto result = SendRequest(server_->Port(), "GET", target, "", Admin());
            ASSERT_EQ(result.status, 400) << target << " " << result.body;
            EXPECT_EQ(result.Json()["field"], "url");
        }
    }
    // Text that is UTF-8 passes, whatever its script.
    EXPECT_EQ(SendRequest(server_->Port(), "GET", "/api/v1/people?search=%C3%A9t%C3%A9", "", Admin()).status, 200);
    EXPECT_EQ(SendRequest(server_->Port(), "GET", "/api/v1/me", "", Admin()).status, 200);
}

TEST(ResponseTextTest, AResponseCanNeverFailToSerialise) {
    // Should text that is not UTF-8 reach a response by another way than the URL, it is replaced, not thrown on.
    const auto text = http::JsonText(json{{"detail", std::string("no person \xFF\xFE")}});
    EXPECT_NO_THROW((void)json::parse(text));
}

TEST_P(HostileRequestsTest, AServerThatAnsweredHostileRequestsStillStops) {
    // A grace period longer than the test's timeout: a connection the server failed to let go would hold the stop
    // until CTest gives up on this test.
    http::ServerOptions options;
    options.shutdown_grace = std::chrono::hours(1);
    server_ = std::make_unique<TestServer>(GetParam(), options);
    const auto token = server_->TokenFor("admin@example.com", "admin");
    for (int i = 0; i < 8; ++i) {
        const auto result =
            SendRequest(server_->Port(), "GET", "/api/v1/people/%FF", "", {{"Authorization", "Bearer " + token}});
        EXPECT_EQ(result.status, 400);
    }
    server_.reset();
}

INSTANTIATE_TEST_SUITE_P(Backends, HostileRequestsTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
