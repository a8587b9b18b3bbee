#include "http/router.hpp"

#include <boost/url/parse.hpp>
#include <chrono>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/error_mapping.hpp"
#include "service/secrets/secrets.hpp"
#include "telemetry/logging.hpp"

namespace upward::http {

namespace {

std::vector<std::string_view> Segments(std::string_view path) {
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto end = path.find('/');
        segments.push_back(path.substr(0, end));
        if (end == std::string_view::npos) break;
        path.remove_prefix(end);
    }
    return segments;
}

bool IsUnsafe(Verb method) { return method != Verb::get && method != Verb::head && method != Verb::options; }

bool Allowed(Access access, const domain::Caller& caller) {
    switch (access) {
        case Access::kPublic:
        case Access::kAuthenticated:
            return true;
        case Access::kAdmin:
            return caller.IsAdmin();
        case Access::kAdminOrSponsor:
            return caller.IsAdmin() || caller.IsSponsor();
    }
    return false;
}

}  // namespace

std::string ParseTarget(std::string_view target, std::map<std::string, std::string>& query) {
    auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) throw InvalidInput("url", "the request target is not a valid URL path");
    // Every name and value the API reads is text: bytes that are not UTF-8 are refused here, before any database
    // (PostgreSQL refuses them as a parameter) or message sees them.
    for (const auto& param : parsed->params()) {
        if (!IsValidUtf8(param.key) || !IsValidUtf8(param.value)) {
            throw InvalidInput("url", "the query string is not valid UTF-8");
        }
        query[param.key] = param.value;
    }
    auto path = std::string(parsed->path());
    if (!IsValidUtf8(path)) throw InvalidInput("url", "the request path is not valid UTF-8");
    return path;
}

void Router::Add(Route route) {
    if (route.body_limit == 0) route.body_limit = route.access == Access::kPublic ? kPublicBodyLimit : kJsonBodyLimit;
    routes_.push_back(std::move(route));
}

std::size_t Router::BodyLimit(Verb method, std::string_view target) const {
    std::map<std::string, std::string> ignored;
    const auto path = target.substr(0, target.find('?'));
    const auto match = Find(method, path, ignored);
    return match.route != nullptr ? match.route->body_limit : kPublicBodyLimit;
}

Router::Match Router::Find(Verb method, std::string_view path, std::map<std::string, std::string>& params) const {
    Match match;
    const auto request_segments = Segments(path);
    for (const auto& route : routes_) {
        const auto route_segments = Segments(route.pattern);
        if (route_segments.size() != request_segments.size()) continue;
        std::map<std::string, std::string> captured;
        bool same = true;
        for (std::size_t i = 0; i < route_segments.size() && same; ++i) {
            const auto segment = route_segments[i];
            if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
                captured[std::string(segment.substr(1, segment.size() - 2))] = std::string(request_segments[i]);
            } else {
                same = segment == request_segments[i];
            }
        }
        if (!same) continue;
        match.path_matched = true;
        if (route.method == method || (method == Verb::head && route.method == Verb::get)) {
            match.route = &route;
            params = std::move(captured);
            return match;
        }
    }
    return match;
}

Response Router::Dispatch(const Request& request, RequestContext& context, const Route& route) {
    if (route.access != Access::kPublic) {
        if (auth_ == nullptr) throw Unavailable("the server is starting: sign-in is not ready yet");
        std::optional<service::Authentication> authentication;
        const auto authorization = std::string(request[beast_http::field::authorization]);
        if (authorization.rfind("Bearer ", 0) == 0) {
            authentication = auth_->AuthenticateBearer(authorization.substr(7));
        } else if (const auto cookie = context.Cookie("upward_session")) {
            authentication = auth_->AuthenticateSession(*cookie);
        }
        if (!authentication) throw Unauthorized("sign in or send an API token (Authorization: Bearer ...)");
        // A browser session rides on a cookie the browser sends by itself: unsafe requests must also prove
        // they come from our page by echoing the CSRF token.
        if (authentication->via_browser_session && IsUnsafe(request.method())) {
            const auto sent = std::string(request["X-CSRF-Token"]);
            if (sent.empty() || !service::ConstantTimeEquals(sent, authentication->csrf_token)) {
                throw Forbidden("missing or wrong X-CSRF-Token header");
            }
        }
        if (!Allowed(route.access, authentication->caller)) throw Forbidden("your role may not do this");
        context.SetCaller(std::move(authentication->caller));
    }
    return route.handler(context);
}

Response Router::Handle(const Request& request, const std::string& client_address) {
    const auto started = std::chrono::steady_clock::now();
    RequestContext context(request, client_address);
    std::string route_label = "unmatched";
    Response response;
    try {
        const auto path = ParseTarget(request.target(), context.query);
        const auto match = Find(request.method(), path, context.path_params);
        if (match.route != nullptr) {
            route_label = match.route->pattern;
            response = Dispatch(request, context, *match.route);
        } else if (match.path_matched) {
            route_label = "method_not_allowed";
            response = Problem(beast_http::status::method_not_allowed, "Method not allowed",
                               std::string(request.method_string()) + " is not allowed here");
        } else if (path.rfind("/api/", 0) != 0 && static_files_ != nullptr &&
                   (request.method() == Verb::get || request.method() == Verb::head)) {
            route_label = "static";
            response = static_files_->Serve(path);
        } else {
            response = Problem(beast_http::status::not_found, "Not found", "no such resource");
        }
    } catch (...) {
        bool unexpected = false;
        response = ProblemFor(std::current_exception(), unexpected);
        if (unexpected) {
            std::string what = "unknown";
            try {
                throw;
            } catch (const std::exception& error) {
                what = error.what();
            } catch (...) {
            }
            telemetry::LogEvent(telemetry::LogLevel::kError, "request_failed",
                                {{"route", route_label}, {"error", what}});
        }
    }
    response.version(request.version());
    response.keep_alive(request.keep_alive());
    response.set(beast_http::field::server, "upward");
    response.set("X-Content-Type-Options", "nosniff");
    // Links out of Upward must not carry its addresses (a programme's or pair's id) to other sites.
    response.set("Referrer-Policy", "no-referrer");
    // API answers carry personal data: no browser or proxy cache keeps a copy (a route may ask for less).
    if (route_label != "static" && response.find(beast_http::field::cache_control) == response.end()) {
        response.set(beast_http::field::cache_control, "no-store");
    }
    response.prepare_payload();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const int status = static_cast<int>(response.result_int());
    metrics_.Record(std::string(request.method_string()), route_label, status, seconds);
    telemetry::LogEvent(status >= 500 ? telemetry::LogLevel::kError : telemetry::LogLevel::kInfo, "request",
                        {{"method", std::string(request.method_string())},
                         {"route", route_label},
                         {"status", status},
                         {"ms", static_cast<long long>(seconds * 1000.0)},
                         {"user", context.HasCaller() ? context.Caller().user_id : 0}});
    return response;
}

}  // namespace upward::http
