#include "http/reporting/health_routes.hpp"

#include "core/errors.hpp"
#include "http/reporting/reporting_json.hpp"
#include "service/reporting/health_document.hpp"
#include "service/reporting/health_service.hpp"

namespace upward::http {

using S = beast_http::status;

namespace {

domain::HealthFilter FilterFrom(const RequestContext& context) {
    domain::HealthFilter filter;
    filter.side = context.Query("side").value_or("");
    filter.survey = context.Query("survey").value_or("");
    return filter;
}

int WeeksFrom(const RequestContext& context) { return context.IntQuery("weeks", 4, 1, 26); }

std::string TextField(const nlohmann::json& body, const std::string& name) {
    if (!body.contains(name) || !body[name].is_string()) throw InvalidInput(name, name + " is required");
    return body[name].get<std::string>();
}

}  // namespace

void AddHealthRoutes(Router& router, ApiServices s) {
    auto* health = &s.health;
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/health", Access::kAdminOrSponsor, [health](RequestContext& context) {
             const auto result =
                 health->Health(context.Caller(), context.IdParam("id"), FilterFrom(context), WeeksFrom(context));
             return JsonResponse(S::ok, ToJson(result));
         }});
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/health.csv", Access::kAdminOrSponsor, [health](RequestContext& context) {
             const auto element = context.Query("element").value_or("");
             if (element.empty()) throw InvalidInput("element", "element is required");
             const auto id = context.IdParam("id");
             const auto result = health->Health(context.Caller(), id, FilterFrom(context), WeeksFrom(context));
             auto response = TextResponse(S::ok, service::HealthCsv(result, element), "text/csv; charset=utf-8");
             response.set(beast_http::field::content_disposition,
                          "attachment; filename=\"programme-" + std::to_string(id) + "-" + element + ".csv\"");
             return response;
         }});
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/corrections", Access::kAdminOrSponsor, [health](RequestContext& context) {
             nlohmann::json items = nlohmann::json::array();
             for (const auto& correction :
                  health->Corrections(context.Caller(), context.IdParam("id"), WeeksFrom(context))) {
                 items.push_back(ToJson(correction));
             }
             return JsonResponse(S::ok, {{"items", items}});
         }});
    router.Add({Verb::post, "/api/v1/programmes/{id}/corrections", Access::kAdmin, [health](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object()) throw InvalidInput("body", "the body must be a JSON object");
                    const service::CorrectionInput input{TextField(body, "effective_on"),
                                                         TextField(body, "what_changed"), TextField(body, "reason")};
                    return JsonResponse(
                        S::created, ToJson(health->RecordCorrection(context.Caller(), context.IdParam("id"), input)));
                }});
    router.Add({Verb::delete_, "/api/v1/programmes/{id}/corrections/{correction_id}", Access::kAdmin,
                [health](RequestContext& context) {
                    health->DeleteCorrection(context.Caller(), context.IdParam("id"), context.IdParam("correction_id"));
                    return NoContent();
                }});
}

}  // namespace upward::http
