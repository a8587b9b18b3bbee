#include "http/sessions/session_routes.hpp"

#include "core/errors.hpp"
#include "domain/session_series.hpp"
#include "http/sessions/session_json.hpp"
#include "service/sessions/session_service.hpp"

namespace upward::http {

using S = beast_http::status;

void AddSessionRoutes(Router& router, ApiServices s) {
    auto* sessions = &s.sessions;
    router.Add(
        {Verb::get, "/api/v1/pairs/{pair_id}/sessions", Access::kAuthenticated, [sessions](RequestContext& context) {
             return JsonResponse(S::ok, ToJson(sessions->Get(context.Caller(), context.IdParam("pair_id"))));
         }});
    router.Add(
        {Verb::put, "/api/v1/pairs/{pair_id}/series", Access::kAuthenticated, [sessions](RequestContext& context) {
             const auto pair_id = context.IdParam("pair_id");
             const auto move = SeriesMoveFromJson(context.JsonBody());
             return JsonResponse(S::ok, ToJson(sessions->MoveSeries(context.Caller(), pair_id, move)));
         }});
    router.Add({Verb::put, "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}", Access::kAuthenticated,
                [sessions](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    const auto body = context.JsonBody();
                    const auto starts_text = TextFieldOf(body, "starts_at");
                    if (starts_text.empty()) throw InvalidInput("starts_at", "starts_at (the new start) is required");
                    const auto starts_at = domain::ParseInstant(starts_text, "starts_at");
                    return JsonResponse(
                        S::ok, ToJson(sessions->MoveOccurrence(context.Caller(), pair_id, occurrence_id, starts_at,
                                                               TextFieldOf(body, "reason"))));
                }});
    router.Add({Verb::post, "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/cancel", Access::kAuthenticated,
                [sessions](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    const auto reason = TextFieldOf(context.JsonBody(), "reason");
                    return JsonResponse(S::ok,
                                        ToJson(sessions->Cancel(context.Caller(), pair_id, occurrence_id, reason)));
                }});
    router.Add({Verb::post, "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/attendance", Access::kAuthenticated,
                [sessions](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    const auto input = AttendanceFromJson(context.JsonBody());
                    return JsonResponse(
                        S::ok, ToJson(sessions->ConfirmAttendance(context.Caller(), pair_id, occurrence_id, input)));
                }});
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/session-policy", Access::kAdmin, [sessions](RequestContext& context) {
             return JsonResponse(S::ok, ToJson(sessions->GetPolicy(context.Caller(), context.IdParam("id"))));
         }});
    router.Add(
        {Verb::put, "/api/v1/programmes/{id}/session-policy", Access::kAdmin, [sessions](RequestContext& context) {
             const auto programme_id = context.IdParam("id");
             auto policy =
                 SessionPolicyFromJson(context.JsonBody(), sessions->GetPolicy(context.Caller(), programme_id));
             return JsonResponse(S::ok,
                                 ToJson(sessions->SavePolicy(context.Caller(), programme_id, std::move(policy))));
         }});
}

}  // namespace upward::http
