// What a browser and the proxies between are told about every answer: nothing personal is cached, no address
// leaks to another site in a Referer, and over https cookies never travel in the clear.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

std::string Header(const HttpResult& result, const std::string& name) {
    const auto found = result.headers.find(name);
    return found == result.headers.end() ? "" : found->second;
}

HttpResult SignIn(const TestServer& server) {
    return SendRequest(server.Port(), "POST", "/api/v1/auth/login",
                       json{{"email", "admin@example.com"}, {"password", "a long test password"}}.dump(),
                       {{"Content-Type", "application/json"}});
}

TEST(ResponseHeadersTest, ApiAnswersAreNeverCachedNorReferred) {
    TestServer server(storage::Backend::kSqlite);
    const auto token = server.TokenFor("admin@example.com", "admin");
    for (const auto* target : {"/api/v1/people", "/api/v1/me", "/api/v1/no-such-thing"}) {
        const auto result = SendRequest(server.Port(), "GET", target, "", {{"Authorization", "Bearer " + token}});
        EXPECT_EQ(Header(result, "cache-control"), "no-store") << target;
        EXPECT_EQ(Header(result, "referrer-policy"), "no-referrer") << target;
        EXPECT_EQ(Header(result, "x-content-type-options"), "nosniff") << target;
    }
    // Over plain http (a developer's machine) cookies cannot be Secure, and no HSTS is promised.
    const auto login = SignIn(server);
    ASSERT_EQ(login.status, 200);
    EXPECT_EQ(Header(login, "set-cookie").find("Secure"), std::string::npos);
    EXPECT_EQ(Header(login, "strict-transport-security"), "");
}

TEST(ResponseHeadersTest, OverHttpsCookiesAreSecureAndHttpsIsPinned) {
    http::ServerOptions options;
    options.https = true;
    TestServer server(storage::Backend::kSqlite, options);
    server.TokenFor("admin@example.com", "admin");
    const auto login = SignIn(server);
    ASSERT_EQ(login.status, 200);
    const auto cookies = Header(login, "set-cookie");
    ASSERT_NE(cookies.find("upward_session="), std::string::npos);
    std::size_t start = 0;
    int count = 0;
    while (start < cookies.size()) {
        const auto end = cookies.find('\n', start);
        const auto cookie = cookies.substr(start, end == std::string::npos ? std::string::npos : end - start);
        EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
        ++count;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    EXPECT_EQ(count, 2);  // the session and the CSRF cookie
    EXPECT_EQ(Header(login, "strict-transport-security"), "max-age=31536000");
}

}  // namespace
}  // namespace upward::testing
