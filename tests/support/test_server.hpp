#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "app/services.hpp"
#include "core/clock.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "test_database.hpp"

namespace upward::testing {

struct HttpResult {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;  // lower-case names; Set-Cookie values joined by "\n"
    nlohmann::json Json() const { return nlohmann::json::parse(body); }
};

/// A plain HTTP/1.1 client for tests (Boost.Beast, one connection per request).
HttpResult SendRequest(unsigned short port, const std::string& method, const std::string& target,
                       const std::string& body = "", const std::map<std::string, std::string>& headers = {});

/// The real server with the real routes on a fresh database (either backend), bound to a free loopback
/// port, with a clock the test moves.
class TestServer {
public:
    explicit TestServer(storage::Backend backend, http::ServerOptions options = {});
    ~TestServer();

    storage::Database& Database() { return database_.Get(); }
    ManualClock& Clock() { return clock_; }
    unsigned short Port() const { return port_; }
    const http::Router& Router() const { return *router_; }

    /// Sends one request and records the exchange for the contract check (tests/contract).
    HttpResult Request(const std::string& method, const std::string& target, const std::string& body = "",
                       const std::map<std::string, std::string>& headers = {}) const;
    /// A request as a script would send it: JSON body and a bearer token.
    HttpResult Api(const std::string& method, const std::string& target, const std::string& token,
                   const nlohmann::json& body = nullptr) const;

    /// Creates an account (role: admin, sponsor, participant, or mentor/mentee of `programme_id`) and returns an
    /// API token for it.
    std::string TokenFor(const std::string& email, const std::string& role, long long programme_id = 0);

private:
    TestDatabase database_;
    ManualClock clock_{1'800'000'000};
    std::unique_ptr<app::Services> services_;
    telemetry::Metrics metrics_;
    std::unique_ptr<http::Router> router_;
    std::unique_ptr<http::Server> server_;
    std::thread thread_;
    unsigned short port_ = 0;
};

}  // namespace upward::testing
