#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "http/router.hpp"

namespace upward::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;                               // 0 picks a free port
    std::size_t body_limit = std::size_t{64} * 1024 * 1024;  // an HRIS export of a large organisation fits
    std::chrono::seconds read_timeout{30};
    std::chrono::seconds shutdown_grace{30};
    int threads = 4;
    /// People reach Upward over https (TLS ends at a proxy in front): cookies are marked Secure and browsers are
    /// told to use https only (HSTS).
    bool https = false;
    /// Reverse proxies whose X-Forwarded-For names the client (canonical IP text, e.g. "127.0.0.1").
    std::vector<std::string> trusted_proxies;
};

/// The HTTP server: one coroutine per connection, a fresh parser per request with a body limit, a timeout
/// before every read. Stops on SIGTERM/SIGINT: stops accepting, lets requests in flight finish, closes idle
/// connections.
class Server {
public:
    Server(Router& router, ServerOptions options) : router_(router), options_(std::move(options)) {}

    /// Binds, calls `on_listening` with the bound port, and serves until a stop signal or RequestStop().
    /// Throws on bind failure.
    void Run(const std::function<void(std::uint16_t)>& on_listening);
    /// Starts the same graceful stop as SIGTERM; callable from any thread, before or during Run.
    void RequestStop();

private:
    Router& router_;
    ServerOptions options_;
    std::mutex mutex_;
    std::function<void()> stop_;  // set while running
    bool stop_requested_ = false;
};

}  // namespace upward::http
