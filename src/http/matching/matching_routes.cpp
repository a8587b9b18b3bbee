#include "http/matching/matching_routes.hpp"

#include "core/errors.hpp"
#include "http/matching/matching_json.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

constexpr const char* kProgramme = "/api/v1/programmes/{id}";

std::string Path(const std::string& rest) { return kProgramme + rest; }

std::string QueryId(const RequestContext& context, const std::string& name) {
    const auto value = context.Query(name);
    if (!value || value->empty()) throw InvalidInput(name, name + " is required (an employee id)");
    return *value;
}

json Items(const json& items) { return json{{"items", items}}; }

void AddProfileRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, Path("/profiles"), Access::kAdmin, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& profile : s.matching.Profiles(context.Caller(), context.IdParam("id"))) {
                        items.push_back(ToJson(profile));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add({Verb::put, Path("/profiles"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("profiles") || !body["profiles"].is_array()) {
                        throw InvalidInput("profiles", "profiles must be a list of profiles");
                    }
                    std::vector<domain::MatchProfile> profiles;
                    for (std::size_t i = 0; i < body["profiles"].size(); ++i) {
                        profiles.push_back(ProfileFromJson(body["profiles"][i], "profiles[" + std::to_string(i) + "]"));
                    }
                    const auto saved =
                        s.matching.SaveProfiles(context.Caller(), context.IdParam("id"), std::move(profiles));
                    return JsonResponse(S::ok, {{"saved", saved}});
                }});
    router.Add({Verb::post, Path("/profiles/import"), Access::kAdmin,
                [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("csv") || !body["csv"].is_string()) {
                        throw InvalidInput("csv", "csv must hold the file's text");
                    }
                    const auto saved = s.matching.ImportProfiles(context.Caller(), context.IdParam("id"),
                                                                 body["csv"].get_ref<const std::string&>());
                    return JsonResponse(S::ok, {{"saved", saved}});
                },
                kImportBodyLimit});
}

void AddRunRoutes(Router& router, ApiServices s) {
    router.Add({Verb::post, Path("/match/runs"), Access::kAdmin, [s](RequestContext& context) {
                    return JsonResponse(S::created, ToJson(s.matching.Run(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::get, Path("/match/runs/latest"), Access::kAdmin, [s](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(s.matching.LatestRun(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::post, Path("/match/check"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto check = s.matching.CheckPair(context.Caller(), context.IdParam("id"),
                                                            StringField(body, "mentee"), StringField(body, "mentor"));
                    return JsonResponse(S::ok, {{"allowed", check.Allowed()},
                                                {"rule", check.Allowed() ? json(nullptr) : json(check.rule)},
                                                {"detail", check.Allowed() ? json(nullptr) : json(check.detail)}});
                }});
    router.Add({Verb::post, Path("/match/pins"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto mentee = StringField(body, "mentee");
                    const auto mentor = StringField(body, "mentor");
                    s.matching.Pin(context.Caller(), context.IdParam("id"), mentee, mentor);
                    return JsonResponse(S::created, {{"mentee", mentee}, {"mentor", mentor}});
                }});
    router.Add({Verb::delete_, Path("/match/pins"), Access::kAdmin, [s](RequestContext& context) {
                    s.matching.Unpin(context.Caller(), context.IdParam("id"), QueryId(context, "mentee"));
                    return NoContent();
                }});
    router.Add({Verb::post, Path("/match/forbids"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto mentee = StringField(body, "mentee");
                    const auto mentor = StringField(body, "mentor");
                    s.matching.Forbid(context.Caller(), context.IdParam("id"), mentee, mentor);
                    return JsonResponse(S::created, {{"mentee", mentee}, {"mentor", mentor}});
                }});
    router.Add({Verb::delete_, Path("/match/forbids"), Access::kAdmin, [s](RequestContext& context) {
                    s.matching.Unforbid(context.Caller(), context.IdParam("id"), QueryId(context, "mentee"),
                                        QueryId(context, "mentor"));
                    return NoContent();
                }});
    router.Add({Verb::post, Path("/match/swap"), Access::kAdmin, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    json proposals = json::array();
                    for (const auto& proposal :
                         s.matching.Swap(context.Caller(), context.IdParam("id"), StringField(body, "mentee_a"),
                                         StringField(body, "mentee_b"))) {
                        proposals.push_back(ToJson(proposal));
                    }
                    return JsonResponse(S::ok, {{"proposals", proposals}});
                }});
    router.Add({Verb::post, Path("/match/publish"), Access::kAdmin, [s](RequestContext& context) {
                    const auto result = s.matching.Publish(context.Caller(), context.IdParam("id"));
                    return JsonResponse(S::ok, {{"run_id", result.run_id},
                                                {"pairs_created", result.pairs_created},
                                                {"already_published", result.already_published}});
                }});
}

void AddParticipantRoutes(Router& router, ApiServices s) {
    router.Add({Verb::get, Path("/pairs"), Access::kAuthenticated, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& pair : s.matching.Pairs(context.Caller(), context.IdParam("id")))
                        items.push_back(ToJson(pair));
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add({Verb::post, "/api/v1/pairs/{pair_id}/accept", Access::kAuthenticated, [s](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(s.matching.Accept(context.Caller(), context.IdParam("pair_id"))));
                }});
    router.Add({Verb::post, "/api/v1/pairs/{pair_id}/decline", Access::kAuthenticated, [s](RequestContext& context) {
                    // An optional private reason, which only admins ever read.
                    const auto body = context.JsonBody();
                    std::string reason;
                    if (body.is_object() && body.contains("reason") && !body["reason"].is_null()) {
                        if (!body["reason"].is_string()) throw InvalidInput("reason", "reason must be text");
                        reason = body["reason"].get<std::string>();
                    }
                    return JsonResponse(
                        S::ok, ToJson(s.matching.Decline(context.Caller(), context.IdParam("pair_id"), reason)));
                }});
    router.Add({Verb::get, Path("/match/recommendations"), Access::kAuthenticated, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& recommendation : s.matching.Recommendations(
                             context.Caller(), context.IdParam("id"), context.IntQuery("limit", 5, 1, 20))) {
                        items.push_back(ToJson(recommendation));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add({Verb::get, Path("/match/requests"), Access::kAuthenticated, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& request : s.matching.Requests(context.Caller(), context.IdParam("id"))) {
                        items.push_back(ToJson(request));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add({Verb::post, Path("/match/requests"), Access::kAuthenticated, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    return JsonResponse(S::created, ToJson(s.matching.Request(context.Caller(), context.IdParam("id"),
                                                                              StringField(body, "mentor"))));
                }});
    router.Add(
        {Verb::post, Path("/match/requests/{request_id}/answer"), Access::kAuthenticated, [s](RequestContext& context) {
             const auto body = context.JsonBody();
             if (!body.is_object() || !body.contains("accept") || !body["accept"].is_boolean()) {
                 throw InvalidInput("accept", "accept must be true or false");
             }
             const auto answer = s.matching.AnswerRequest(context.Caller(), context.IdParam("id"),
                                                          context.IdParam("request_id"), body["accept"].get<bool>());
             return JsonResponse(S::ok, {{"request", ToJson(answer.request)},
                                         {"pair", answer.pair ? ToJson(*answer.pair) : json(nullptr)}});
         }});
    router.Add({Verb::get, Path("/match/candidates"), Access::kAuthenticated, [s](RequestContext& context) {
                    json items = json::array();
                    for (const auto& candidate :
                         s.matching.RankingCandidates(context.Caller(), context.IdParam("id"))) {
                        items.push_back(ToJson(candidate));
                    }
                    return JsonResponse(S::ok, Items(items));
                }});
    router.Add({Verb::put, Path("/match/rankings"), Access::kAuthenticated, [s](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("ranking") || !body["ranking"].is_array()) {
                        throw InvalidInput("ranking", "ranking must be a list of employee ids, best first");
                    }
                    std::vector<std::string> ranking;
                    for (std::size_t i = 0; i < body["ranking"].size(); ++i) {
                        const auto& id = body["ranking"][i];
                        if (!id.is_string())
                            throw InvalidInput("ranking[" + std::to_string(i) + "]", "must be an employee id");
                        ranking.push_back(id.get<std::string>());
                    }
                    return JsonResponse(
                        S::ok,
                        {{"ranking", s.matching.SubmitRanking(context.Caller(), context.IdParam("id"), ranking)}});
                }});
}

}  // namespace

void AddMatchingRoutes(Router& router, ApiServices services) {
    AddProfileRoutes(router, services);
    AddRunRoutes(router, services);
    AddParticipantRoutes(router, services);
}

}  // namespace upward::http
