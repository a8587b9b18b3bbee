#include "http/training/training_routes.hpp"

#include "core/errors.hpp"
#include "http/training/training_json.hpp"
#include "service/training/training_service.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

constexpr const char* kProgramme = "/api/v1/programmes/{id}/training";

std::string Path(const std::string& rest) { return kProgramme + rest; }

json Items(const json& items) { return json{{"items", items}}; }

domain::ProgrammeRole RoleValue(const json& value) {
    const auto role = value.is_string() ? domain::ParseProgrammeRole(value.get<std::string>()) : std::nullopt;
    if (!role) throw InvalidInput("role", "role must be mentor or mentee");
    return *role;
}

std::optional<domain::ProgrammeRole> RoleQuery(const RequestContext& context) {
    const auto role = context.Query("role");
    if (!role || role->empty()) return std::nullopt;
    return RoleValue(json(*role));
}

std::vector<long long> ModuleIds(const json& body) {
    if (!body.is_object() || !body.contains("module_ids") || !body["module_ids"].is_array()) {
        throw InvalidInput("module_ids", "module_ids must list the role's module ids in their new order");
    }
    std::vector<long long> ids;
    for (std::size_t i = 0; i < body["module_ids"].size(); ++i) {
        const auto& id = body["module_ids"][i];
        if (!id.is_number_integer()) throw InvalidInput("module_ids[" + std::to_string(i) + "]", "must be a module id");
        ids.push_back(id.get<long long>());
    }
    return ids;
}

json AdminItems(const std::vector<domain::TrainingModule>& modules) {
    json items = json::array();
    for (const auto& module : modules) items.push_back(AdminModuleJson(module));
    return Items(items);
}

void AddAdminRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, Path("/modules"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    return JsonResponse(S::ok, AdminItems(training.ListModules(context.Caller(), context.IdParam("id"),
                                                                               RoleQuery(context))));
                }});
    router.Add({Verb::post, Path("/modules"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    const auto module = training.CreateModule(context.Caller(), context.IdParam("id"),
                                                              TrainingModulePatchFromJson(context.JsonBody()));
                    return JsonResponse(S::created, AdminModuleJson(module));
                }});
    router.Add({Verb::get, Path("/modules/{module_id}"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    const auto module =
                        training.GetModule(context.Caller(), context.IdParam("id"), context.IdParam("module_id"));
                    return JsonResponse(S::ok, AdminModuleJson(module));
                }});
    router.Add({Verb::patch, Path("/modules/{module_id}"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    const auto module =
                        training.UpdateModule(context.Caller(), context.IdParam("id"), context.IdParam("module_id"),
                                              TrainingModulePatchFromJson(context.JsonBody()));
                    return JsonResponse(S::ok, AdminModuleJson(module));
                }});
    router.Add({Verb::delete_, Path("/modules/{module_id}"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    const auto module_id = context.IdParam("module_id");
                    const auto removal = training.RemoveModule(context.Caller(), context.IdParam("id"), module_id);
                    return JsonResponse(
                        S::ok, {{"id", module_id},
                                {"outcome", removal == service::ModuleRemoval::kArchived ? "archived" : "deleted"}});
                }});
    router.Add({Verb::put, Path("/order"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("role"))
                        throw InvalidInput("role", "role is required: mentor or mentee");
                    const auto role = RoleValue(body["role"]);
                    auto& training = s.training;
                    return JsonResponse(S::ok, AdminItems(training.Reorder(context.Caller(), context.IdParam("id"),
                                                                           role, ModuleIds(body))));
                }});
    router.Add({Verb::get, Path("/progress"), Access::kAdmin, [s](RequestContext& context) {
                    auto& training = s.training;
                    return JsonResponse(S::ok, ToJson(training.Progress(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::post, "/api/v1/training/preview", Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("body_markdown") || !body["body_markdown"].is_string()) {
                        throw InvalidInput("body_markdown", "body_markdown must be the Markdown text to preview");
                    }
                    auto& training = s.training;
                    return JsonResponse(
                        S::ok,
                        {{"html", training.Preview(context.Caller(), body["body_markdown"].get<std::string>())}});
                }});
}

void AddParticipantRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, Path("/mine"), Access::kAuthenticated, [s](RequestContext& context) {
                    auto& training = s.training;
                    json items = json::array();
                    bool complete = true;
                    for (const auto& entry : training.MyModules(context.Caller(), context.IdParam("id"))) {
                        complete = complete && entry.status == domain::TrainingStatus::kPassed;
                        items.push_back(ParticipantModuleJson(entry));
                    }
                    return JsonResponse(S::ok, {{"items", items}, {"complete", complete}});
                }});
    router.Add(
        {Verb::post, Path("/modules/{module_id}/attempts"), Access::kAuthenticated, [s](RequestContext& context) {
             const auto body = context.JsonBody();
             if (!body.is_object() || !body.contains("answers")) {
                 throw InvalidInput("answers", "answers must list one option index per question");
             }
             auto& training = s.training;
             const auto outcome =
                 training.SubmitAttempt(context.Caller(), context.IdParam("id"), context.IdParam("module_id"),
                                        QuizAnswersFromJson(body["answers"]));
             return JsonResponse(S::created, ToJson(outcome));
         }});
    router.Add({Verb::get, Path("/modules/{module_id}/attempts"), Access::kAuthenticated, [s](RequestContext& context) {
                    auto& training = s.training;
                    json items = json::array();
                    for (const auto& attempt :
                         training.MyAttempts(context.Caller(), context.IdParam("id"), context.IdParam("module_id"))) {
                        items.push_back(ToJson(attempt));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
}

}  // namespace

void AddTrainingRoutes(Router& router, ApiServices services) {
    AddAdminRoutes(router, services);
    AddParticipantRoutes(router, services);
}

}  // namespace upward::http
