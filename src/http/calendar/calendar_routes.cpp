#include "http/calendar/calendar_routes.hpp"

#include "core/errors.hpp"
#include "service/calendar/calendar_feed_service.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

json FeedJson(const domain::CalendarFeedRow& feed) {
    return {{"id", feed.id},
            {"created_at", feed.created_at},
            {"revoked_at", feed.revoked_at ? json(*feed.revoked_at) : json(nullptr)},
            {"active", !feed.revoked_at.has_value()}};
}

json PrivacyJson(const service::CalendarPrivacy& privacy) {
    return {{"programme_id", privacy.programme_id},
            {"confidential", privacy.confidential},
            {"calendar_details", privacy.calendar_details}};
}

bool RequiredBool(const json& body, const char* field) {
    if (!body.contains(field) || !body[field].is_boolean())
        throw InvalidInput(field, std::string(field) + " must be true or false");
    return body[field].get<bool>();
}

}  // namespace

void AddCalendarRoutes(Router& router, ApiServices s) {
    auto* feeds = &s.calendar_feeds;
    router.Add({Verb::post, "/api/v1/me/calendar-feeds", Access::kAuthenticated, [feeds](RequestContext& context) {
                    const auto created = feeds->Create(context.Caller());
                    return JsonResponse(S::created,
                                        {{"id", created.id}, {"url", created.url}, {"created_at", created.created_at}});
                }});
    router.Add({Verb::get, "/api/v1/me/calendar-feeds", Access::kAuthenticated, [feeds](RequestContext& context) {
                    json items = json::array();
                    for (const auto& feed : feeds->List(context.Caller())) items.push_back(FeedJson(feed));
                    return JsonResponse(S::ok, {{"items", items}});
                }});
    router.Add(
        {Verb::delete_, "/api/v1/me/calendar-feeds/{id}", Access::kAuthenticated, [feeds](RequestContext& context) {
             feeds->Revoke(context.Caller(), context.IdParam("id"));
             return NoContent();
         }});
    // The subscription address calendar clients poll: no cookie, no token, the secret is the credential.
    // The router matches whole segments, so the parameter is "<secret>.ics".
    router.Add({Verb::get, "/calendar/{file}", Access::kPublic, [feeds](RequestContext& context) {
                    const auto& file = context.PathParam("file");
                    constexpr std::string_view kSuffix = ".ics";
                    std::optional<std::string> document;
                    if (file.size() > kSuffix.size() &&
                        file.compare(file.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
                        document = feeds->Document(file.substr(0, file.size() - kSuffix.size()));
                    }
                    // One answer for unknown, revoked and malformed: nothing tells a guesser which it was.
                    if (!document) throw NotFound("no such calendar");
                    auto response = TextResponse(S::ok, std::move(*document), "text/calendar; charset=utf-8");
                    response.set(beast_http::field::cache_control, "private, no-store");
                    response.set(beast_http::field::content_disposition, "inline; filename=\"upward.ics\"");
                    return response;
                }});
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/my-privacy", Access::kAuthenticated, [feeds](RequestContext& context) {
             return JsonResponse(S::ok, PrivacyJson(feeds->GetPrivacy(context.Caller(), context.IdParam("id"))));
         }});
    router.Add(
        {Verb::put, "/api/v1/programmes/{id}/my-privacy", Access::kAuthenticated, [feeds](RequestContext& context) {
             const auto programme_id = context.IdParam("id");
             const auto body = context.JsonBody();
             if (!body.is_object())
                 throw InvalidInput("body", "expected {\"confidential\": …, \"calendar_details\": …}");
             for (const auto& [key, value] : body.items()) {
                 if (key != "confidential" && key != "calendar_details") throw InvalidInput(key, "unknown field");
             }
             const bool confidential = RequiredBool(body, "confidential");
             const bool details = RequiredBool(body, "calendar_details");
             return JsonResponse(S::ok,
                                 PrivacyJson(feeds->SetPrivacy(context.Caller(), programme_id, confidential, details)));
         }});
}

}  // namespace upward::http
