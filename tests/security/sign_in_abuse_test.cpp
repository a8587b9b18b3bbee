// Guessing passwords against the real server: the account's allowance holds when the guesses arrive all at once,
// the throttle keeps no attacker-sized keys, and behind a trusted reverse proxy each client is counted by the
// address the proxy saw rather than all of them by the proxy's.
#include <gtest/gtest.h>

#include <future>
#include <vector>

#include "service/identity/auth_service.hpp"
#include "storage/database/sql.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "a long test password";

class SignInAbuseTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void Start(http::ServerOptions options = {}) {
        server_ = std::make_unique<TestServer>(GetParam(), options);
        server_->TokenFor("admin@example.com", "admin");
    }
    HttpResult Login(const std::string& password, const std::string& email = "admin@example.com",
                     std::map<std::string, std::string> headers = {}) const {
        headers["Content-Type"] = "application/json";
        return SendRequest(server_->Port(), "POST", "/api/v1/auth/login",
                           json{{"email", email}, {"password", password}}.dump(), headers);
    }
    int ThrottleRows() const {
        auto session = server_->Database().Acquire();
        int rows = 0;
        *session << "SELECT COUNT(*) FROM login_throttle", soci::into(rows);
        return rows;
    }
    std::unique_ptr<TestServer> server_;
};

TEST_P(SignInAbuseTest, ParallelGuessesGetNoMoreChecksThanTheAllowance) {
    Start();
    std::vector<std::future<int>> guesses;
    for (int i = 0; i < 16; ++i) {
        guesses.push_back(std::async(std::launch::async, [this] { return Login("wrong password").status; }));
    }
    int checked = 0;
    int refused = 0;
    for (auto& guess : guesses) {
        const int status = guess.get();
        checked += status == 401;
        refused += status == 429;
    }
    EXPECT_EQ(checked, service::AuthService::kFreeFailures);
    EXPECT_EQ(refused, 16 - service::AuthService::kFreeFailures);
    EXPECT_EQ(Login(kPassword).status, 429);  // the account stays locked, for the right password too
}

TEST_P(SignInAbuseTest, OversizedCredentialsAreRefusedBeforeAnythingIsStored) {
    Start();
    const auto before = ThrottleRows();
    const auto long_email = Login("wrong password", std::string(300, 'a') + "@example.com");
    EXPECT_EQ(long_email.status, 400);
    EXPECT_EQ(long_email.Json()["field"], "email");
    const auto long_password = Login(std::string(2000, 'p'));
    EXPECT_EQ(long_password.status, 400);
    EXPECT_EQ(long_password.Json()["field"], "password");
    EXPECT_EQ(ThrottleRows(), before);
    EXPECT_EQ(Login(kPassword).status, 200);
}

TEST_P(SignInAbuseTest, BehindATrustedProxyEachClientIsCountedByItsOwnAddress) {
    http::ServerOptions options;
    options.trusted_proxies = {"127.0.0.1"};
    Start(options);
    // A spraying client behind the proxy locks its own address out (20 failures over different accounts)...
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(
            Login("wrong", "sprayed" + std::to_string(i) + "@example.com", {{"X-Forwarded-For", "203.0.113.9"}}).status,
            401);
    }
    EXPECT_EQ(Login(kPassword, "admin@example.com", {{"X-Forwarded-For", "203.0.113.9"}}).status, 429);
    // ...while a colleague behind the same proxy signs in, and a forged entry left of the proxy's changes nothing.
    EXPECT_EQ(Login(kPassword, "admin@example.com", {{"X-Forwarded-For", "198.51.100.7"}}).status, 200);
    EXPECT_EQ(Login(kPassword, "admin@example.com", {{"X-Forwarded-For", "198.51.100.7, 203.0.113.9"}}).status, 429);
}

TEST_P(SignInAbuseTest, WithoutATrustedProxyForwardedForIsIgnored) {
    Start();
    for (int i = 0; i < 20; ++i) {
        (void)Login("wrong", "sprayed" + std::to_string(i) + "@example.com",
                    {{"X-Forwarded-For", "203.0.113." + std::to_string(i)}});
    }
    // Every guess counted against the connection's own address, whatever the header claimed.
    EXPECT_EQ(Login(kPassword, "admin@example.com", {{"X-Forwarded-For", "198.51.100.7"}}).status, 429);
}

INSTANTIATE_TEST_SUITE_P(Backends, SignInAbuseTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
