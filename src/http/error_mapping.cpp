#include "http/error_mapping.hpp"

#include "core/errors.hpp"

namespace upward::http {

using nlohmann::json;

Response Problem(beast_http::status status, const std::string& title, const std::string& detail) {
    json body{{"type", "about:blank"}, {"title", title}, {"status", static_cast<int>(status)}, {"detail", detail}};
    auto response = JsonResponse(status, body);
    response.set(beast_http::field::content_type, "application/problem+json");
    return response;
}

namespace {

Response WithField(Response response, const std::string& field) {
    auto body = json::parse(response.body());
    body["field"] = field;
    response.body() = JsonText(body);
    return response;
}

}  // namespace

Response ProblemFor(const std::exception_ptr& error, bool& unexpected) {
    unexpected = false;
    using S = beast_http::status;
    try {
        std::rethrow_exception(error);
    } catch (const InvalidInput& e) {
        if (e.Rows().empty()) return WithField(Problem(S::bad_request, "Invalid input", e.what()), e.Field());
        auto response = WithField(Problem(S::unprocessable_entity, "Invalid rows", e.what()), e.Field());
        auto body = json::parse(response.body());
        body["errors"] = json::array();
        for (const auto& row : e.Rows())
            body["errors"].push_back({{"row", row.row}, {"field", row.field}, {"reason", row.reason}});
        response.body() = JsonText(body);
        return response;
    } catch (const NotFound& e) {
        return Problem(S::not_found, "Not found", e.what());
    } catch (const Conflict& e) {
        return Problem(S::conflict, "Conflict", e.what());
    } catch (const Forbidden& e) {
        return Problem(S::forbidden, "Forbidden", e.what());
    } catch (const Unauthorized& e) {
        return Problem(S::unauthorized, "Unauthorized", e.what());
    } catch (const TooManyRequests& e) {
        auto response = Problem(S::too_many_requests, "Too many requests", e.what());
        response.set(beast_http::field::retry_after, std::to_string(e.RetryAfterSeconds()));
        return response;
    } catch (const Unavailable& e) {
        return Problem(S::service_unavailable, "Unavailable", e.what());
    } catch (const json::exception& e) {
        return Problem(S::bad_request, "Invalid input", std::string("a JSON value has the wrong type: ") + e.what());
    } catch (...) {
        unexpected = true;
        return Problem(S::internal_server_error, "Internal error", "the server failed to answer; the error is logged");
    }
}

}  // namespace upward::http
