#include "http/agreements/agreement_routes.hpp"

#include "http/agreements/agreement_json.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/reporting/funnel_service.hpp"

namespace upward::http {

using S = beast_http::status;

void AddAgreementRoutes(Router& router, ApiServices s) {
    auto* agreements = &s.agreements;
    router.Add(
        {Verb::get, "/api/v1/pairs/{pair_id}/agreement", Access::kAuthenticated, [agreements](RequestContext& context) {
             return JsonResponse(S::ok, ToJson(agreements->Get(context.Caller(), context.IdParam("pair_id"))));
         }});
    router.Add(
        {Verb::put, "/api/v1/pairs/{pair_id}/agreement", Access::kAuthenticated, [agreements](RequestContext& context) {
             const auto pair_id = context.IdParam("pair_id");
             auto edit = AgreementEditFromJson(context.JsonBody());
             return JsonResponse(S::ok, ToJson(agreements->Save(context.Caller(), pair_id, std::move(edit.terms),
                                                                edit.based_on_version)));
         }});
    router.Add({Verb::post, "/api/v1/pairs/{pair_id}/agreement/sign", Access::kAuthenticated,
                [agreements](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto version = SignedVersionFromJson(context.JsonBody());
                    return JsonResponse(S::ok, ToJson(agreements->Sign(context.Caller(), pair_id, version)));
                }});
    router.Add({Verb::get, "/api/v1/programmes/{id}/funnel", Access::kAdminOrSponsor, [s](RequestContext& context) {
                    auto& funnel = s.funnel;
                    return JsonResponse(S::ok, ToJson(funnel.Funnel(context.Caller(), context.IdParam("id"))));
                }});
}

}  // namespace upward::http
