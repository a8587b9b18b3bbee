#include <boost/url/parse.hpp>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/types.hpp"

namespace upward::http {

nlohmann::json RequestContext::JsonBody() const {
    const auto content_type = std::string(request_[beast_http::field::content_type]);
    if (!request_.body().empty() && content_type.rfind("application/json", 0) != 0) {
        throw InvalidInput("body", "the request body must be JSON (Content-Type: application/json)");
    }
    if (request_.body().empty()) return nlohmann::json::object();
    // The depth is checked as the parser goes down, so a body of brackets is refused at its 33rd, not after it
    // has been built in memory.
    const auto within_depth = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > kMaxJsonDepth) {
            throw InvalidInput("body",
                               "the request body is nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        }
        return true;
    };
    try {
        return nlohmann::json::parse(request_.body(), within_depth);
    } catch (const nlohmann::json::parse_error& error) {
        throw InvalidInput("body", "the request body is not valid JSON (at byte " + std::to_string(error.byte) + ")");
    }
}

const std::string& RequestContext::PathParam(const std::string& name) const {
    static const std::string kEmpty;
    auto it = path_params.find(name);
    return it == path_params.end() ? kEmpty : it->second;
}

long long RequestContext::IdParam(const std::string& name) const {
    const auto value = ParseInteger(PathParam(name));
    if (!value || *value <= 0) throw InvalidInput(name, name + " must be a positive integer");
    return *value;
}

std::optional<std::string> RequestContext::Query(const std::string& name) const {
    auto it = query.find(name);
    if (it == query.end()) return std::nullopt;
    return it->second;
}

int RequestContext::IntQuery(const std::string& name, int fallback, int low, int high) const {
    const auto text = Query(name);
    if (!text || text->empty()) return fallback;
    const auto value = ParseInteger(*text);
    if (!value || *value < low || *value > high) {
        throw InvalidInput(
            name, name + " must be an integer between " + std::to_string(low) + " and " + std::to_string(high));
    }
    return static_cast<int>(*value);
}

std::optional<std::string> RequestContext::Cookie(const std::string& name) const {
    for (auto it = request_.find(beast_http::field::cookie);
         it != request_.end() && it->name() == beast_http::field::cookie; ++it) {
        std::string_view header = it->value();
        while (!header.empty()) {
            const auto end = header.find(';');
            const auto pair = Trim(header.substr(0, end));
            const auto equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
                return std::string(pair.substr(equals + 1));
            }
            if (end == std::string_view::npos) break;
            header.remove_prefix(end + 1);
        }
    }
    return std::nullopt;
}

std::string JsonText(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response JsonResponse(beast_http::status status, const nlohmann::json& body) {
    Response response{status, 11};
    response.set(beast_http::field::content_type, "application/json");
    response.body() = JsonText(body);
    return response;
}

Response TextResponse(beast_http::status status, std::string body, const std::string& content_type) {
    Response response{status, 11};
    response.set(beast_http::field::content_type, content_type);
    response.body() = std::move(body);
    return response;
}

Response NoContent() { return Response{beast_http::status::no_content, 11}; }

}  // namespace upward::http
