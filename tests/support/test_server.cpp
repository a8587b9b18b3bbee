#include "test_server.hpp"

#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fstream>
#include <future>
#include <mutex>

#include "service/identity/user_service.hpp"

namespace upward::testing {

namespace beast = boost::beast;
namespace net = boost::asio;

HttpResult SendRequest(unsigned short port, const std::string& method, const std::string& target,
                       const std::string& body, const std::map<std::string, std::string>& headers) {
    net::io_context context;
    beast::tcp_stream stream(context);
    stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    beast::http::request<beast::http::string_body> request{beast::http::string_to_verb(method), target, 11};
    request.set(beast::http::field::host, "127.0.0.1");
    for (const auto& [name, value] : headers) request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    beast::http::write(stream, request);
    beast::flat_buffer buffer;
    beast::http::response_parser<beast::http::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    beast::http::read(stream, buffer, parser);
    const auto& response = parser.get();
    HttpResult result;
    result.status = static_cast<int>(response.result_int());
    result.body = response.body();
    for (const auto& field : response) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto& slot = result.headers[name];
        slot += (slot.empty() ? "" : "\n") + std::string(field.value());
    }
    beast::error_code ignored;
    stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    return result;
}

TestServer::TestServer(storage::Backend backend, http::ServerOptions options) : database_(backend) {
    // Links in emails point at a fixed address; a fresh notes key per server: private notes work, and no test
    // depends on a particular key.
    services_ = std::make_unique<app::Services>(
        database_.Get(), clock_,
        app::ServiceSettings{"http://127.0.0.1:8080", service::NotesKeySetting::Of(service::NotesKey::Generate())});
    router_ = std::make_unique<http::Router>(metrics_, nullptr);
    http::AddRoutes(*router_, services_->Api(metrics_));
    options.port = 0;
    options.threads = 2;
    server_ = std::make_unique<http::Server>(*router_, options);
    std::promise<unsigned short> bound;
    auto port = bound.get_future();
    thread_ = std::thread([this, &bound] { server_->Run([&bound](std::uint16_t p) { bound.set_value(p); }); });
    port_ = port.get();
}

TestServer::~TestServer() {
    server_->RequestStop();
    thread_.join();
}

namespace {

// Every exchange of the HTTP tests, for tests/contract to check against the OpenAPI document: one JSON line each,
// in the folder UPWARD_CONTRACT_RECORDINGS names (a CMake definition for this library; empty records nothing).
void RecordExchange(const std::string& method, const std::string& target, const HttpResult& result) {
    const std::string folder = UPWARD_CONTRACT_RECORDINGS;
    if (folder.empty()) return;
    const auto type = result.headers.find("content-type");
    const nlohmann::json line = {{"method", method},
                                 {"target", target},
                                 {"status", result.status},
                                 {"content_type", type == result.headers.end() ? "" : type->second},
                                 {"body", result.body}};
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::ofstream out(folder + "/responses-" + std::to_string(::getpid()) + ".jsonl", std::ios::app);
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

HttpResult TestServer::Request(const std::string& method, const std::string& target, const std::string& body,
                               const std::map<std::string, std::string>& headers) const {
    auto result = SendRequest(port_, method, target, body, headers);
    RecordExchange(method, target, result);
    return result;
}

HttpResult TestServer::Api(const std::string& method, const std::string& target, const std::string& token,
                           const nlohmann::json& body) const {
    std::map<std::string, std::string> headers;
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    std::string text;
    if (!body.is_null()) {
        headers["Content-Type"] = "application/json";
        text = body.dump();
    }
    return Request(method, target, text, headers);
}

std::string TestServer::TokenFor(const std::string& email, const std::string& role, long long programme_id) {
    service::NewUser user;
    user.email = email;
    user.role = role;
    user.programme_id = programme_id;
    user.password = "a long test password";
    const auto created = service::AddUser(database_.Get(), clock_, user);
    return services_->auth.CreateApiToken(created.id, "test").token;
}

}  // namespace upward::testing
