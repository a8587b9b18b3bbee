#include "http/reporting/outcomes_routes.hpp"

#include "http/reporting/reporting_json.hpp"
#include "service/reporting/outcomes_report.hpp"
#include "service/reporting/outcomes_service.hpp"

namespace upward::http {

using S = beast_http::status;

void AddOutcomesRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, "/api/v1/programmes/{id}/outcomes", Access::kAdminOrSponsor, [s](RequestContext& context) {
                    auto& outcomes = s.outcomes;
                    return JsonResponse(S::ok,
                                        OutcomesJson(outcomes.Outcomes(context.Caller(), context.IdParam("id"))));
                }});
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/outcomes.csv", Access::kAdminOrSponsor, [s](RequestContext& context) {
             const auto programme_id = context.IdParam("id");
             const auto section = context.Query("section").value_or("");
             auto& outcomes = s.outcomes;
             auto csv = service::OutcomesCsv(outcomes.Outcomes(context.Caller(), programme_id), section);
             auto response = TextResponse(S::ok, std::move(csv), "text/csv; charset=utf-8");
             const auto name = "programme-" + std::to_string(programme_id) + "-outcomes" +
                               (section.empty() ? "" : "-" + section) + ".csv";
             response.set(beast_http::field::content_disposition, "attachment; filename=\"" + name + "\"");
             return response;
         }});
}

}  // namespace upward::http
