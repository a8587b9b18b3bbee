#include "http/server.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "http/client_address.hpp"
#include "http/error_mapping.hpp"
#include "telemetry/logging.hpp"

namespace upward::http {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

namespace {

/// Connections the server may have to close at shutdown, and whether each is mid-request.
class ConnectionRegistry {
public:
    struct Entry {
        beast::tcp_stream* stream;
        std::atomic<bool> busy{false};
    };
    void Add(Entry* entry) {
        std::lock_guard lock(mutex_);
        entries_.insert(entry);
    }
    /// Returns true when that was the last connection.
    bool Remove(Entry* entry) {
        std::lock_guard lock(mutex_);
        entries_.erase(entry);
        return entries_.empty();
    }
    bool Empty() {
        std::lock_guard lock(mutex_);
        return entries_.empty();
    }
    /// Closes connections waiting for a request; busy ones close after their response.
    void CloseIdle() {
        std::lock_guard lock(mutex_);
        for (auto* entry : entries_) {
            if (!entry->busy) net::post(entry->stream->get_executor(), [stream = entry->stream] { stream->cancel(); });
        }
    }

private:
    std::mutex mutex_;
    std::set<Entry*> entries_;
};

struct Shared {
    Router& router;
    const ServerOptions& options;
    ConnectionRegistry registry;
    std::atomic<bool> stopping{false};
    net::steady_timer* grace_timer = nullptr;  // armed at stop; cancelled once the last connection is gone

    void ConnectionClosed(ConnectionRegistry::Entry* entry) {
        if (registry.Remove(entry) && stopping)
            net::post(grace_timer->get_executor(), [this] { grace_timer->cancel(); });
    }
};

// Removes the connection from the registry however its coroutine ends, an exception included: a connection left
// registered would hold a stopping server for its whole grace period.
class Registration {
public:
    Registration(Shared& shared, ConnectionRegistry::Entry& entry) : shared_(shared), entry_(entry) {
        shared_.registry.Add(&entry_);
    }
    ~Registration() { shared_.ConnectionClosed(&entry_); }
    Registration(const Registration&) = delete;
    Registration& operator=(const Registration&) = delete;

private:
    Shared& shared_;
    ConnectionRegistry::Entry& entry_;
};

Response ReadFailure(const beast::error_code& error) {
    // Tell the client what was wrong with its request while the connection still works.
    const bool too_large = error == beast_http::error::body_limit;
    auto response = Problem(too_large ? beast_http::status::payload_too_large : beast_http::status::bad_request,
                            too_large ? "Payload too large" : "Bad request",
                            too_large ? "the request body exceeds this route's limit" : error.message());
    response.keep_alive(false);
    response.prepare_payload();
    return response;
}

// Over https a cookie must never travel in the clear, and the browser is told to stay on https for a year.
void SecureTransport(Response& response) {
    std::vector<std::string> cookies;
    for (auto [cookie, end] = response.equal_range(beast_http::field::set_cookie); cookie != end; ++cookie) {
        cookies.emplace_back(cookie->value());
    }
    response.erase(beast_http::field::set_cookie);
    for (const auto& cookie : cookies) response.insert(beast_http::field::set_cookie, cookie + "; Secure");
    response.set(beast_http::field::strict_transport_security, "max-age=31536000");
}

// A request refused before its body was read leaves that body arriving. Closing a socket with unread data makes
// the kernel reset the connection, which can destroy the answer before the client reads it; so, as web servers do,
// stop sending, then read and drop what still arrives, for a few seconds and a few megabytes at most.
net::awaitable<void> DrainBeforeClosing(beast::tcp_stream& stream) {
    constexpr std::size_t kMaxDrainBytes = std::size_t{8} * 1024 * 1024;
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.expires_after(std::chrono::seconds(2));
    std::array<char, std::size_t{16} * 1024> scratch{};
    std::size_t drained = 0;
    while (drained < kMaxDrainBytes) {
        auto [error, read] = co_await stream.async_read_some(net::buffer(scratch), net::as_tuple(net::use_awaitable));
        if (error) break;
        drained += read;
    }
}

// The router answers every request it is given; this is the last line should anything escape it.
Response Answer(Shared& shared, const Request& request, const std::string& client_address) {
    try {
        auto response = shared.router.Handle(request, client_address);
        if (shared.options.https) SecureTransport(response);
        return response;
    } catch (...) {
        auto response = Problem(beast_http::status::internal_server_error, "Internal error",
                                "the server could not answer this request");
        response.keep_alive(false);
        response.prepare_payload();
        return response;
    }
}

net::awaitable<void> ServeConnection(beast::tcp_stream stream, Shared& shared) {
    ConnectionRegistry::Entry entry{&stream};
    const Registration registration(shared, entry);
    std::string peer_address;
    {
        beast::error_code ignored;
        const auto endpoint = stream.socket().remote_endpoint(ignored);
        if (!ignored) peer_address = endpoint.address().to_string();
    }
    beast::flat_buffer buffer;
    for (;;) {
        if (shared.stopping) break;
        beast_http::request_parser<beast_http::string_body> parser;
        parser.body_limit(shared.options.body_limit);
        stream.expires_after(shared.options.read_timeout);
        // The header first: the route it names decides how large a body may follow.
        auto [read_error, bytes] =
            co_await beast_http::async_read_header(stream, buffer, parser, net::as_tuple(net::use_awaitable));
        if (!read_error) {
            const auto& header = parser.get();
            const auto limit =
                std::min(shared.options.body_limit, shared.router.BodyLimit(header.method(), header.target()));
            parser.body_limit(limit);
            // The parser weighed a declared length against the limit it had while reading the header (the
            // server's); against the route's it is weighed here. Chunked bodies meet the new limit as they arrive.
            if (const auto length = parser.content_length(); length && *length > limit) {
                read_error = beast_http::error::body_limit;
            } else {
                std::tie(read_error, bytes) =
                    co_await beast_http::async_read(stream, buffer, parser, net::as_tuple(net::use_awaitable));
            }
        }
        (void)bytes;
        if (read_error == beast_http::error::end_of_stream || read_error == net::error::operation_aborted ||
            read_error == beast::error::timeout) {
            break;
        }
        if (read_error) {
            auto response = ReadFailure(read_error);
            stream.expires_after(shared.options.read_timeout);
            co_await beast_http::async_write(stream, response, net::as_tuple(net::use_awaitable));
            co_await DrainBeforeClosing(stream);
            break;
        }
        entry.busy = true;
        auto request = parser.release();
        auto response = Answer(shared, request, ClientAddress(request, peer_address, shared.options.trusted_proxies));
        if (shared.stopping) response.keep_alive(false);
        stream.expires_after(shared.options.read_timeout);
        auto [write_error, written] =
            co_await beast_http::async_write(stream, response, net::as_tuple(net::use_awaitable));
        (void)written;
        entry.busy = false;
        if (write_error || !response.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

net::awaitable<void> Accept(tcp::acceptor& acceptor, Shared& shared) {
    for (;;) {
        auto [error, socket] = co_await acceptor.async_accept(net::as_tuple(net::use_awaitable));
        if (error == net::error::operation_aborted || !acceptor.is_open()) co_return;
        if (error) continue;
        // Each connection gets its own strand, so its coroutine never runs on two threads at once.
        auto executor = net::make_strand(acceptor.get_executor());
        net::co_spawn(executor, ServeConnection(beast::tcp_stream(std::move(socket)), shared), net::detached);
    }
}

}  // namespace

void Server::Run(const std::function<void(std::uint16_t)>& on_listening) {
    net::io_context context(options_.threads);
    Shared shared{router_, options_, {}, {}};
    tcp::acceptor acceptor(context);
    const tcp::endpoint endpoint(net::ip::make_address(options_.host), options_.port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(net::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(net::socket_base::max_listen_connections);

    net::steady_timer deadline(context);
    shared.grace_timer = &deadline;
    auto serial = net::make_strand(context);
    net::signal_set signals(context, SIGINT, SIGTERM);
    bool stopping_started = false;  // only touched on the context's threads via post
    const auto begin_stop = [&](int signal) {
        if (stopping_started) return;
        stopping_started = true;
        telemetry::LogEvent(telemetry::LogLevel::kInfo, "shutdown", {{"signal", signal}});
        shared.stopping = true;
        beast::error_code ignored;
        signals.cancel(ignored);
        acceptor.close(ignored);
        shared.registry.CloseIdle();
        // Requests still running get a grace period, then the server stops regardless.
        deadline.expires_after(options_.shutdown_grace);
        deadline.async_wait([&context](const beast::error_code& timer_error) {
            if (!timer_error) context.stop();
        });
        if (shared.registry.Empty()) deadline.cancel();
    };
    signals.async_wait([&](const beast::error_code& error, int signal) {
        if (!error) net::post(serial, [&, signal] { begin_stop(signal); });
    });
    {
        std::lock_guard lock(mutex_);
        stop_ = [&] { net::post(serial, [&] { begin_stop(0); }); };
        if (stop_requested_) stop_();
    }
    net::co_spawn(context, Accept(acceptor, shared), net::detached);
    // Announced only now that the stop signals are handled: whoever reacts to the announcement may stop us.
    on_listening(acceptor.local_endpoint().port());

    std::vector<std::thread> threads;
    for (int i = 1; i < options_.threads; ++i) threads.emplace_back([&context] { context.run(); });
    context.run();
    for (auto& thread : threads) thread.join();
    std::lock_guard lock(mutex_);
    stop_ = nullptr;
}

void Server::RequestStop() {
    std::lock_guard lock(mutex_);
    stop_requested_ = true;
    if (stop_) stop_();
}

}  // namespace upward::http
