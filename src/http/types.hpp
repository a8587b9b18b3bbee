#pragma once

#include <boost/beast/http.hpp>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/roles.hpp"

namespace upward::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Verb = beast_http::verb;

/// Who may call a route. The router checks this before any handler runs; handlers and services add
/// the relation checks (a participant's own programme, ...).
enum class Access { kPublic, kAuthenticated, kAdmin, kAdminOrSponsor };

/// What a handler gets: the request, its parsed parts, and the caller (absent only on public routes).
class RequestContext {
public:
    RequestContext(const Request& request, std::string client_address)
        : request_(request), client_address_(std::move(client_address)) {}

    const Request& GetRequest() const { return request_; }
    const std::string& ClientAddress() const { return client_address_; }
    /// The signed-in caller; routes other than public ones always have one.
    const domain::Caller& Caller() const { return *caller_; }
    bool HasCaller() const { return caller_.has_value(); }
    void SetCaller(domain::Caller caller) { caller_ = std::move(caller); }

    /// The body as a JSON value; InvalidInput("body") when it is not JSON.
    nlohmann::json JsonBody() const;
    const std::string& PathParam(const std::string& name) const;
    /// A path parameter that must be a positive integer id; InvalidInput naming it otherwise.
    long long IdParam(const std::string& name) const;
    std::optional<std::string> Query(const std::string& name) const;
    /// An integer query parameter within [low, high]; InvalidInput naming it otherwise.
    int IntQuery(const std::string& name, int fallback, int low, int high) const;
    std::optional<std::string> Cookie(const std::string& name) const;

    std::map<std::string, std::string> path_params;
    std::map<std::string, std::string> query;

private:
    const Request& request_;
    std::string client_address_;
    std::optional<domain::Caller> caller_;
};

using Handler = std::function<Response(RequestContext&)>;

/// How large a request body a route reads before answering 413. Bodies are held in memory whole, so each route
/// takes only what its requests need: a sign-in is a few hundred bytes, an HRIS export tens of megabytes.
inline constexpr std::size_t kPublicBodyLimit = std::size_t{16} * 1024;
inline constexpr std::size_t kJsonBodyLimit = std::size_t{1024} * 1024;
inline constexpr std::size_t kImportBodyLimit = std::size_t{64} * 1024 * 1024;
/// A request body nested deeper than this is refused while it is parsed, before it costs memory.
inline constexpr int kMaxJsonDepth = 32;

struct Route {
    Verb method;
    std::string pattern;  // "/api/v1/programmes/{id}"
    Access access;
    Handler handler;
    /// 0: kPublicBodyLimit for public routes, kJsonBodyLimit for the rest.
    std::size_t body_limit = 0;
};

/// A JSON value as response text. Text that is not UTF-8 (a path parameter echoed in a message, say) is replaced
/// rather than failing: every request gets its answer.
std::string JsonText(const nlohmann::json& value, int indent = -1);

Response JsonResponse(beast_http::status status, const nlohmann::json& body);
Response TextResponse(beast_http::status status, std::string body, const std::string& content_type);
Response NoContent();

}  // namespace upward::http
