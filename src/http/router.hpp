#pragma once

#include <memory>
#include <vector>

#include "http/static_files.hpp"
#include "http/types.hpp"
#include "service/identity/auth_service.hpp"
#include "telemetry/metrics.hpp"

namespace upward::http {

/// The route table and the request pipeline: match, authenticate, check CSRF and the route's Access,
/// run the handler, map errors, record metrics and the access log. Every API route goes through here.
class Router {
public:
    Router(telemetry::Metrics& metrics, const StaticFiles* static_files)
        : metrics_(metrics), static_files_(static_files) {}

    /// Who signs requests in: set together with the routes that need it (AddRoutes), which may come after the
    /// server is built, once the address in emails' links is known.
    void AuthenticateWith(service::AuthService& auth) { auth_ = &auth; }
    void Add(Route route);
    const std::vector<Route>& Routes() const { return routes_; }
    Response Handle(const Request& request, const std::string& client_address);
    /// The largest body the route for `method` and `target` reads (kPublicBodyLimit when no route matches).
    std::size_t BodyLimit(Verb method, std::string_view target) const;

private:
    struct Match {
        const Route* route = nullptr;
        bool path_matched = false;  // some route has this path, with another method
    };
    Match Find(Verb method, std::string_view path, std::map<std::string, std::string>& params) const;
    Response Dispatch(const Request& request, RequestContext& context, const Route& route);

    service::AuthService* auth_ = nullptr;
    telemetry::Metrics& metrics_;
    const StaticFiles* static_files_;
    std::vector<Route> routes_;
};

/// Splits "/a/b?x=1&y=%20" into the path and decoded query parameters; InvalidInput on a malformed target.
std::string ParseTarget(std::string_view target, std::map<std::string, std::string>& query);

}  // namespace upward::http
