// Browser sign-in: cookies, CSRF on unsafe methods, sign-out, and the failed-login throttle.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

std::string CookieValue(const HttpResult& result, const std::string& name) {
    const auto& cookies = result.headers.at("set-cookie");
    const auto at = cookies.find(name + "=");
    if (at == std::string::npos) return {};
    const auto start = at + name.size() + 1;
    return cookies.substr(start, cookies.find(';', start) - start);
}

class SignInTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        server_->TokenFor("admin@example.com", "admin");
    }
    HttpResult Login(const std::string& password, const std::string& email = "admin@example.com") {
        return server_->Request("POST", "/api/v1/auth/login", json{{"email", email}, {"password", password}}.dump(),
                                {{"Content-Type", "application/json"}});
    }
    std::unique_ptr<TestServer> server_;
};

TEST_P(SignInTest, CookieSessionNeedsTheCsrfTokenForUnsafeMethods) {
    const auto login = Login("a long test password");
    ASSERT_EQ(login.status, 200) << login.body;
    const auto& cookies = login.headers.at("set-cookie");
    EXPECT_NE(cookies.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookies.find("SameSite=Strict"), std::string::npos);
    const auto session = CookieValue(login, "upward_session");
    const auto csrf = CookieValue(login, "upward_csrf");
    ASSERT_FALSE(session.empty());
    EXPECT_EQ(login.Json()["csrf_token"], csrf);

    const std::map<std::string, std::string> cookie = {
        {"Cookie", "upward_session=" + session + "; upward_csrf=" + csrf}, {"Content-Type", "application/json"}};
    EXPECT_EQ(server_->Request("GET", "/api/v1/me", "", cookie).status, 200);
    const std::string body = json{{"name", "By cookie"}}.dump();
    EXPECT_EQ(server_->Request("POST", "/api/v1/programmes", body, cookie).status, 403);
    auto wrong = cookie;
    wrong["X-CSRF-Token"] = csrf + "x";
    EXPECT_EQ(server_->Request("POST", "/api/v1/programmes", body, wrong).status, 403);
    auto right = cookie;
    right["X-CSRF-Token"] = csrf;
    EXPECT_EQ(server_->Request("POST", "/api/v1/programmes", body, right).status, 201);

    EXPECT_EQ(server_->Request("POST", "/api/v1/auth/logout", "", right).status, 204);
    EXPECT_EQ(server_->Request("GET", "/api/v1/me", "", cookie).status, 401);
}

TEST_P(SignInTest, SessionsExpire) {
    const auto login = Login("a long test password");
    const std::map<std::string, std::string> cookie = {
        {"Cookie", "upward_session=" + CookieValue(login, "upward_session")}};
    EXPECT_EQ(server_->Request("GET", "/api/v1/me", "", cookie).status, 200);
    server_->Clock().Advance(service::AuthService::kSessionSeconds + 1);
    EXPECT_EQ(server_->Request("GET", "/api/v1/me", "", cookie).status, 401);
}

TEST_P(SignInTest, RepeatedFailuresAreThrottledEvenForTheRightPassword) {
    for (int i = 0; i < service::AuthService::kFreeFailures; ++i) {
        EXPECT_EQ(Login("wrong password").status, 401) << "attempt " << i;
    }
    const auto locked = Login("a long test password");
    EXPECT_EQ(locked.status, 429);
    EXPECT_GT(std::stoi(locked.headers.at("retry-after")), 0);
    server_->Clock().Advance(std::stoi(locked.headers.at("retry-after")));
    EXPECT_EQ(Login("a long test password").status, 200);
    // A success clears the account's count.
    EXPECT_EQ(Login("wrong password").status, 401);
    EXPECT_EQ(Login("a long test password").status, 200);
}

TEST_P(SignInTest, UnknownEmailsAndWrongPasswordsLookTheSame) {
    const auto unknown = Login("whatever", "ghost@example.com");
    const auto wrong = Login("whatever");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.Json()["detail"], wrong.Json()["detail"]);
}

INSTANTIATE_TEST_SUITE_P(Backends, SignInTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
