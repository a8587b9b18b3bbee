#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/programme.hpp"
#include "http/agreements/agreement_routes.hpp"
#include "http/api.hpp"
#include "http/calendar/calendar_routes.hpp"
#include "http/enrolment/enrolment_routes.hpp"
#include "http/feedback/feedback_routes.hpp"
#include "http/json_mapping.hpp"
#include "http/matching/matching_routes.hpp"
#include "http/programmes/programme_json.hpp"
#include "http/reporting/health_routes.hpp"
#include "http/reporting/outcomes_routes.hpp"
#include "http/screening/screening_routes.hpp"
#include "http/session_log/session_log_routes.hpp"
#include "http/sessions/session_routes.hpp"
#include "http/training/training_routes.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

std::string SessionCookie(const std::string& value, long long max_age) {
    return "upward_session=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

// Readable by the page's script, which echoes it in X-CSRF-Token; useless to another site, which cannot read it.
std::string CsrfCookie(const std::string& value, long long max_age) {
    return "upward_csrf=" + value + "; Path=/; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

json ProgrammePageJson(const domain::ProgrammePage& page) {
    json items = json::array();
    for (const auto& programme : page.items) items.push_back(ToJson(programme));
    return json{{"items", items},
                {"next_cursor", page.next_cursor > 0 ? json(std::to_string(page.next_cursor)) : json(nullptr)}};
}

long long CursorQuery(const RequestContext& context) {
    const auto cursor = context.Query("cursor");
    if (!cursor || cursor->empty()) return 0;
    const auto value = ParseInteger(*cursor);
    if (!value || *value <= 0) throw InvalidInput("cursor", "cursor must be a value from next_cursor");
    return *value;
}

void AddAuthRoutes(Router& router, ApiServices s) {
    router.Add({Verb::post, "/api/v1/auth/login", Access::kPublic, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("email") || !body["email"].is_string()) {
                        throw InvalidInput("email", "email is required");
                    }
                    if (!body.contains("password") || !body["password"].is_string()) {
                        throw InvalidInput("password", "password is required");
                    }
                    const auto result = s.auth.Login(body["email"].get<std::string>(),
                                                     body["password"].get<std::string>(), context.ClientAddress());
                    const auto max_age = result.expires_at - s.clock.NowSeconds();
                    auto response =
                        JsonResponse(S::ok, {{"user", CallerJson(result.caller)}, {"csrf_token", result.csrf_token}});
                    response.insert(beast_http::field::set_cookie, SessionCookie(result.session_token, max_age));
                    response.insert(beast_http::field::set_cookie, CsrfCookie(result.csrf_token, max_age));
                    return response;
                }});
    router.Add({Verb::post, "/api/v1/auth/logout", Access::kAuthenticated, [s](RequestContext& context) {
                    if (const auto cookie = context.Cookie("upward_session")) s.auth.Logout(*cookie);
                    auto response = NoContent();
                    response.insert(beast_http::field::set_cookie, SessionCookie("", 0));
                    response.insert(beast_http::field::set_cookie, CsrfCookie("", 0));
                    return response;
                }});
    router.Add({Verb::get, "/api/v1/me", Access::kAuthenticated, [s](RequestContext& context) {
                    auto body = CallerJson(context.Caller());
                    if (const auto cookie = context.Cookie("upward_session")) {
                        if (const auto authentication = s.auth.AuthenticateSession(*cookie)) {
                            body["csrf_token"] = authentication->csrf_token;
                        }
                    }
                    return JsonResponse(S::ok, body);
                }});
    router.Add({Verb::get, "/api/v1/tokens", Access::kAuthenticated, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& token : s.auth.ListApiTokens(context.Caller().user_id))
                        items.push_back(ToJson(token));
                    return JsonResponse(S::ok, {{"items", items}});
                }});
    router.Add({Verb::post, "/api/v1/tokens", Access::kAuthenticated, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto name = body.is_object() ? body.value("name", json("")) : json("");
                    if (!name.is_string()) throw InvalidInput("name", "name must be a string");
                    const auto created = s.auth.CreateApiToken(context.Caller().user_id, name.get<std::string>());
                    return JsonResponse(S::created, {{"id", created.id}, {"token", created.token}});
                }});
    router.Add({Verb::delete_, "/api/v1/tokens/{id}", Access::kAuthenticated, [s](RequestContext& context) {
                    s.auth.RevokeApiToken(context.Caller().user_id, context.IdParam("id"));
                    return NoContent();
                }});
}

void AddPeopleRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, "/api/v1/people", Access::kAdmin, [s](RequestContext& context) {
                    domain::PeopleQuery query;
                    query.text = context.Query("q").value_or("");
                    query.department = context.Query("department").value_or("");
                    query.cursor = context.Query("cursor").value_or("");
                    query.limit = context.IntQuery("limit", 50, 1, 500);
                    if (const auto active = context.Query("active")) {
                        if (*active != "true" && *active != "false")
                            throw InvalidInput("active", "active must be true or false");
                        query.active = *active == "true";
                    }
                    const auto page = s.people.List(context.Caller(), query);
                    json items = json::array();
                    for (const auto& person : page.items) items.push_back(ToJson(person));
                    return JsonResponse(
                        S::ok, {{"items", items},
                                {"next_cursor", page.next_cursor.empty() ? json(nullptr) : json(page.next_cursor)}});
                }});
    router.Add({Verb::get, "/api/v1/people/{employee_id}", Access::kAdmin, [s](RequestContext& context) {
                    return JsonResponse(S::ok,
                                        ToJson(s.people.Get(context.Caller(), context.PathParam("employee_id"))));
                }});
    router.Add({Verb::post, "/api/v1/people/import", Access::kAdmin,
                [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto options = ImportOptionsFromJson(body);
                    if (!body.contains("csv") || !body["csv"].is_string()) {
                        throw InvalidInput("csv", "csv must hold the file's text");
                    }
                    const auto& csv = body["csv"].get_ref<const std::string&>();
                    return JsonResponse(S::ok, ToJson(s.people.Import(context.Caller(), csv, options)));
                },
                kImportBodyLimit});
}

void AddProgrammeRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, "/api/v1/programme-templates", Access::kAuthenticated, [](RequestContext&) {
                    json items = json::array();
                    for (const auto& programme_template : domain::ProgrammeTemplates()) {
                        json fields = ProgrammePatchJson(programme_template.fields);
                        fields["template"] = programme_template.key;
                        items.push_back({{"key", programme_template.key},
                                         {"name", programme_template.name},
                                         {"programme", fields}});
                    }
                    return JsonResponse(S::ok, items);
                }});
    router.Add({Verb::get, "/api/v1/programmes", Access::kAuthenticated, [s](RequestContext& context) {
                    const auto page = s.programmes.List(context.Caller(), CursorQuery(context),
                                                        context.IntQuery("limit", 50, 1, 200));
                    return JsonResponse(S::ok, ProgrammePageJson(page));
                }});
    router.Add({Verb::post, "/api/v1/programmes", Access::kAdmin, [s](RequestContext& context) {
                    return JsonResponse(S::created, ToJson(s.programmes.Create(
                                                        context.Caller(), NewProgrammeFromJson(context.JsonBody()))));
                }});
    router.Add({Verb::get, "/api/v1/programmes/{id}", Access::kAuthenticated, [s](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(s.programmes.Get(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::patch, "/api/v1/programmes/{id}", Access::kAdmin, [s](RequestContext& context) {
                    const auto id = context.IdParam("id");
                    return JsonResponse(S::ok, ToJson(s.programmes.Update(context.Caller(), id,
                                                                          ProgrammePatchFromJson(context.JsonBody()))));
                }});
    router.Add({Verb::post, "/api/v1/programmes/{id}/archive", Access::kAdmin, [s](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(s.programmes.Archive(context.Caller(), context.IdParam("id"))));
                }});
}

void AddOperationsRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, "/healthz", Access::kPublic, [](RequestContext&) {
                    return JsonResponse(S::ok, {{"status", "ok"}});
                }});
    router.Add({Verb::get, "/readyz", Access::kPublic, [s](RequestContext&) {
                    // Ready means the database answers and carries the schema this binary expects.
                    try {
                        const auto readiness = s.readiness.Check();
                        if (readiness.MigrationsPending()) {
                            return JsonResponse(S::service_unavailable, {{"status", "migrations pending"},
                                                                         {"schema_version", readiness.schema_version}});
                        }
                        return JsonResponse(S::ok, {{"status", "ready"}, {"schema_version", readiness.schema_version}});
                    } catch (const std::exception&) {
                        return JsonResponse(S::service_unavailable, {{"status", "database unavailable"}});
                    }
                }});
    router.Add({Verb::get, "/metrics", Access::kPublic,
                [s](RequestContext&) { return TextResponse(S::ok, s.metrics.Render(), "text/plain; version=0.0.4"); }});
    router.Add({Verb::get, "/api/openapi.json", Access::kPublic,
                [](RequestContext&) { return TextResponse(S::ok, OpenApiDocument(), "application/json"); }});
}

}  // namespace

void AddRoutes(Router& router, ApiServices services) {
    router.AuthenticateWith(services.auth);
    AddAuthRoutes(router, services);
    AddPeopleRoutes(router, services);
    AddProgrammeRoutes(router, services);
    AddMatchingRoutes(router, services);
    AddEnrolmentRoutes(router, services);
    AddScreeningRoutes(router, services);
    AddAgreementRoutes(router, services);
    AddTrainingRoutes(router, services);
    AddSessionRoutes(router, services);
    AddCalendarRoutes(router, services);
    AddFeedbackRoutes(router, services);
    AddOutcomesRoutes(router, services);
    AddHealthRoutes(router, services);
    AddSessionLogRoutes(router, services);
    AddOperationsRoutes(router, services);
}

}  // namespace upward::http
