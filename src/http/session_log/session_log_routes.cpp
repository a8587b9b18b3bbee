#include "http/session_log/session_log_routes.hpp"

#include "http/session_log/session_log_json.hpp"

namespace upward::http {

using S = beast_http::status;
using nlohmann::json;

namespace {

template <typename Items>
json ItemsJson(const Items& items) {
    json list = json::array();
    for (const auto& item : items) list.push_back(ToJson(item));
    return json{{"items", list}};
}

void AddNoteRoutes(Router& router, ApiServices s) {
    // The key is read once at start (serve --notes-key-file or UPWARD_NOTES_KEY); each request gets a service.
    auto* notes = &s.notes;
    const std::string path = "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/my-note";
    router.Add({Verb::get, path, Access::kAuthenticated, [notes](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(notes->Get(context.Caller(), context.IdParam("pair_id"),
                                                                 context.IdParam("occurrence_id"))));
                }});
    router.Add({Verb::put, path, Access::kAuthenticated, [notes](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    const auto text = NoteTextFromJson(context.JsonBody());
                    return JsonResponse(S::ok, ToJson(notes->Put(context.Caller(), pair_id, occurrence_id, text)));
                }});
    router.Add({Verb::delete_, path, Access::kAuthenticated, [notes](RequestContext& context) {
                    notes->Delete(context.Caller(), context.IdParam("pair_id"), context.IdParam("occurrence_id"));
                    return NoContent();
                }});
}

void AddJournalRoutes(Router& router, ApiServices s) {
    auto* journal = &s.journal;
    const std::string pair = "/api/v1/pairs/{pair_id}";
    router.Add({Verb::get, pair + "/action-items", Access::kAuthenticated, [journal](RequestContext& context) {
                    return JsonResponse(
                        S::ok, ItemsJson(journal->ListActionItems(context.Caller(), context.IdParam("pair_id"))));
                }});
    router.Add({Verb::post, pair + "/action-items", Access::kAuthenticated, [journal](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto input = ActionItemInputFromJson(context.JsonBody());
                    return JsonResponse(S::created,
                                        ToJson(journal->CreateActionItem(context.Caller(), pair_id, input)));
                }});
    router.Add(
        {Verb::patch, pair + "/action-items/{item_id}", Access::kAuthenticated, [journal](RequestContext& context) {
             const auto pair_id = context.IdParam("pair_id");
             const auto item_id = context.IdParam("item_id");
             const auto input = ActionItemInputFromJson(context.JsonBody());
             return JsonResponse(S::ok, ToJson(journal->UpdateActionItem(context.Caller(), pair_id, item_id, input)));
         }});
    router.Add({Verb::get, pair + "/goal-progress", Access::kAuthenticated, [journal](RequestContext& context) {
                    return JsonResponse(
                        S::ok, ToJson(journal->ListGoalProgress(context.Caller(), context.IdParam("pair_id"))));
                }});
    router.Add({Verb::post, pair + "/goal-progress", Access::kAuthenticated, [journal](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto input = GoalProgressInputFromJson(context.JsonBody());
                    return JsonResponse(S::created,
                                        ToJson(journal->RecordGoalProgress(context.Caller(), pair_id, input)));
                }});
    router.Add(
        {Verb::patch, pair + "/goal-progress/{entry_id}", Access::kAuthenticated, [journal](RequestContext& context) {
             const auto pair_id = context.IdParam("pair_id");
             const auto entry_id = context.IdParam("entry_id");
             const auto input = GoalProgressInputFromJson(context.JsonBody());
             return JsonResponse(S::ok,
                                 ToJson(journal->UpdateGoalProgress(context.Caller(), pair_id, entry_id, input)));
         }});
    router.Add({Verb::get, pair + "/insights", Access::kAuthenticated, [journal](RequestContext& context) {
                    return JsonResponse(S::ok,
                                        ItemsJson(journal->ListInsights(context.Caller(), context.IdParam("pair_id"))));
                }});
    router.Add({Verb::post, pair + "/insights", Access::kAuthenticated, [journal](RequestContext& context) {
                    const auto pair_id = context.IdParam("pair_id");
                    const auto input = InsightInputFromJson(context.JsonBody());
                    return JsonResponse(S::created, ToJson(journal->CreateInsight(context.Caller(), pair_id, input)));
                }});
    router.Add(
        {Verb::patch, pair + "/insights/{insight_id}", Access::kAuthenticated, [journal](RequestContext& context) {
             const auto pair_id = context.IdParam("pair_id");
             const auto insight_id = context.IdParam("insight_id");
             const auto input = InsightInputFromJson(context.JsonBody());
             return JsonResponse(S::ok, ToJson(journal->UpdateInsight(context.Caller(), pair_id, insight_id, input)));
         }});
}

}  // namespace

void AddSessionLogRoutes(Router& router, ApiServices s) {
    AddNoteRoutes(router, s);
    AddJournalRoutes(router, s);
    router.Add(
        {Verb::get, "/api/v1/programmes/{id}/pairs-at-risk", Access::kAdminOrSponsor, [s](RequestContext& context) {
             auto& at_risk = s.at_risk;
             return JsonResponse(S::ok, ToJson(at_risk.ForProgramme(context.Caller(), context.IdParam("id"))));
         }});
}

}  // namespace upward::http
