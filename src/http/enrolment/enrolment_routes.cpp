#include "http/enrolment/enrolment_routes.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/enrolment/enrolment_json.hpp"
#include "http/error_mapping.hpp"
#include "http/json_mapping.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

constexpr const char* kProgramme = "/api/v1/programmes/{id}";

std::string Path(const std::string& rest) { return kProgramme + rest; }

json Items(const json& items) { return json{{"items", items}}; }

// The same cookies as /auth/login sets: accepting an invitation signs the invitee in.
std::string SessionCookie(const std::string& value, long long max_age) {
    return "upward_session=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

std::string CsrfCookie(const std::string& value, long long max_age) {
    return "upward_csrf=" + value + "; Path=/; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

// Expired and revoked tokens are 410 Gone, a used one 409; each says which with a stable code.
Response UnusableInvitation(const service::InvitationUnusable& error) {
    auto response = Problem(error.Gone() ? S::gone : S::conflict, error.Gone() ? "Gone" : "Conflict", error.what());
    auto body = json::parse(response.body());
    body["code"] = error.Code();
    response.body() = JsonText(body);
    response.prepare_payload();
    return response;
}

template <typename Handler>
Response WithInvitationErrors(Handler&& handler) {
    try {
        return handler();
    } catch (const service::InvitationUnusable& error) {
        return UnusableInvitation(error);
    }
}

std::string StringField(const json& body, const std::string& field) {
    if (!body.is_object() || !body.contains(field) || !body[field].is_string()) {
        throw InvalidInput(field, field + " is required");
    }
    return body[field].get<std::string>();
}

domain::ApplicationFilter ApplicationFilterQuery(const RequestContext& context) {
    domain::ApplicationFilter filter;
    if (const auto side = context.Query("side"); side && !side->empty()) {
        filter.side = domain::ParseSide(*side);
        if (!filter.side) throw InvalidInput("side", "side must be mentor or mentee");
    }
    if (const auto status = context.Query("status"); status && !status->empty()) {
        filter.status = domain::ParseApplicationStatus(*status);
        if (!filter.status) {
            throw InvalidInput("status", "status must be one of submitted, approved, wait_listed, declined, withdrawn");
        }
    }
    return filter;
}

void AddInvitationRoutes(Router& router, ApiServices s, service::EnrolmentService* enrolment) {
    router.Add({Verb::post, Path("/invitations"), Access::kAdmin, [enrolment](RequestContext& context) {
                    const auto request = InviteRequestFromJson(context.JsonBody());
                    return JsonResponse(S::ok,
                                        ToJson(enrolment->Invite(context.Caller(), context.IdParam("id"), request)));
                }});
    router.Add({Verb::get, Path("/invitations"), Access::kAdmin, [enrolment](RequestContext& context) {
                    json items = json::array();
                    for (const auto& view : enrolment->ListInvitations(context.Caller(), context.IdParam("id"))) {
                        items.push_back(ToJson(view));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add(
        {Verb::post, Path("/invitations/{invitation_id}/revoke"), Access::kAdmin, [enrolment](RequestContext& context) {
             enrolment->RevokeInvitation(context.Caller(), context.IdParam("id"), context.IdParam("invitation_id"));
             return NoContent();
         }});
    router.Add({Verb::get, "/api/v1/invitations/{token}", Access::kPublic, [enrolment](RequestContext& context) {
                    return WithInvitationErrors([&] {
                        return JsonResponse(S::ok, ToJson(enrolment->PreviewInvitation(context.PathParam("token"))));
                    });
                }});
    router.Add(
        {Verb::post, "/api/v1/invitations/{token}/accept", Access::kPublic, [s, enrolment](RequestContext& context) {
             return WithInvitationErrors([&] {
                 const auto body = context.JsonBody();
                 service::InvitationAcceptance acceptance;
                 acceptance.password = StringField(body, "password");
                 if (body.contains("display_name") && !body["display_name"].is_null()) {
                     acceptance.display_name = StringField(body, "display_name");
                 }
                 acceptance.client_address = context.ClientAddress();
                 const auto result = enrolment->AcceptInvitation(context.PathParam("token"), acceptance);
                 const auto max_age = result.expires_at - s.clock.NowSeconds();
                 auto response =
                     JsonResponse(S::ok, {{"user", CallerJson(result.caller)}, {"csrf_token", result.csrf_token}});
                 response.insert(beast_http::field::set_cookie, SessionCookie(result.session_token, max_age));
                 response.insert(beast_http::field::set_cookie, CsrfCookie(result.csrf_token, max_age));
                 return response;
             });
         }});
}

void AddApplicationRoutes(Router& router, ApiServices s, service::EnrolmentService* enrolment) {
    router.Add({Verb::get, Path("/application"), Access::kAuthenticated, [s, enrolment](RequestContext& context) {
                    const auto id = context.IdParam("id");
                    const auto application = enrolment->MyApplication(context.Caller(), id);
                    const auto programme = s.programmes.Get(context.Caller(), id);
                    const bool open = domain::ApplicationsOpen(programme, FormatDate(s.clock.NowSeconds()));
                    return JsonResponse(S::ok, {{"application", application ? ToJson(*application) : json(nullptr)},
                                                {"applications_open", open},
                                                {"application_deadline", programme.application_deadline.empty()
                                                                             ? json(nullptr)
                                                                             : json(programme.application_deadline)}});
                }});
    router.Add({Verb::put, Path("/application"), Access::kAuthenticated, [enrolment](RequestContext& context) {
                    const auto application = enrolment->SubmitApplication(
                        context.Caller(), context.IdParam("id"), ApplicationAnswersFromJson(context.JsonBody()));
                    return JsonResponse(S::ok, ToJson(application));
                }});
    router.Add(
        {Verb::post, Path("/application/withdraw"), Access::kAuthenticated, [enrolment](RequestContext& context) {
             return JsonResponse(S::ok,
                                 ToJson(enrolment->WithdrawApplication(context.Caller(), context.IdParam("id"))));
         }});
    router.Add({Verb::get, Path("/applications"), Access::kAdmin, [enrolment](RequestContext& context) {
                    json items = json::array();
                    for (const auto& view : enrolment->ListApplications(context.Caller(), context.IdParam("id"),
                                                                        ApplicationFilterQuery(context))) {
                        items.push_back(ToJson(view));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add(
        {Verb::get, Path("/applications/{application_id}"), Access::kAdmin, [enrolment](RequestContext& context) {
             return JsonResponse(S::ok, ToJson(enrolment->GetApplication(context.Caller(), context.IdParam("id"),
                                                                         context.IdParam("application_id"))));
         }});
}

void AddProgressRoutes(Router& router, service::EnrolmentService* enrolment) {
    router.Add({Verb::get, Path("/ground-rules"), Access::kAuthenticated, [enrolment](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(enrolment->GroundRules(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::post, Path("/ground-rules/acknowledgement"), Access::kAuthenticated,
                [enrolment](RequestContext& context) {
                    const auto digest = StringField(context.JsonBody(), "digest");
                    return JsonResponse(S::ok, ToJson(enrolment->AcknowledgeGroundRules(
                                                   context.Caller(), context.IdParam("id"), digest)));
                }});
    router.Add({Verb::get, Path("/enrolment-status"), Access::kAuthenticated, [enrolment](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(enrolment->Status(context.Caller(), context.IdParam("id"))));
                }});
}

}  // namespace

void AddEnrolmentRoutes(Router& router, ApiServices services) {
    auto enrolment = &services.enrolment;
    AddInvitationRoutes(router, services, enrolment);
    AddApplicationRoutes(router, services, enrolment);
    AddProgressRoutes(router, enrolment);
}

}  // namespace upward::http
