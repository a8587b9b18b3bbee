#include "http/feedback/feedback_routes.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "http/feedback/feedback_json.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/pulse_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

json Items(const auto& list) {
    json items = json::array();
    for (const auto& item : list) items.push_back(ToJson(item));
    return {{"items", items}};
}

void AddPulseRoutes(Router& router, ApiServices s) {
    auto* pulses = &s.pulses;
    const std::string path = "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/pulse";
    router.Add({Verb::post, path, Access::kAuthenticated, [pulses](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("usefulness") || !body["usefulness"].is_number_integer()) {
                        throw InvalidInput("usefulness", "usefulness is a whole number from 1 to 5");
                    }
                    if (body.contains("comment") && !body["comment"].is_null() && !body["comment"].is_string()) {
                        throw InvalidInput("comment", "comment is text");
                    }
                    const auto usefulness = std::clamp<long long>(body["usefulness"].get<long long>(), -1000, 1000);
                    const std::string comment = body.contains("comment") && body["comment"].is_string()
                                                    ? body["comment"].get<std::string>()
                                                    : "";
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    const auto pulse = pulses->Submit(context.Caller(), context.IdParam("pair_id"), occurrence_id,
                                                      static_cast<int>(usefulness), comment);
                    return JsonResponse(S::created, PulseJson(occurrence_id, pulse));
                }});
    router.Add({Verb::get, path, Access::kAuthenticated, [pulses](RequestContext& context) {
                    const auto occurrence_id = context.IdParam("occurrence_id");
                    return JsonResponse(
                        S::ok, PulseJson(occurrence_id,
                                         pulses->Own(context.Caller(), context.IdParam("pair_id"), occurrence_id)));
                }});
}

void AddSurveyAdminRoutes(Router& router, ApiServices s) {
    auto* surveys = &s.surveys;
    const std::string base = "/api/v1/programmes/{id}/surveys";
    const std::string one = base + "/{survey_id}";
    router.Add({Verb::get, base, Access::kAdminOrSponsor, [surveys](RequestContext& context) {
                    return JsonResponse(S::ok, Items(surveys->List(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::post, base + "/defaults", Access::kAdmin, [surveys](RequestContext& context) {
                    return JsonResponse(S::ok, Items(surveys->EnsureDefaults(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::get, one, Access::kAdmin, [surveys](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(surveys->Get(context.Caller(), context.IdParam("id"),
                                                                   context.IdParam("survey_id"))));
                }});
    router.Add({Verb::patch, one, Access::kAdmin, [surveys](RequestContext& context) {
                    const auto patch = SurveyPatchFromJson(context.JsonBody());
                    return JsonResponse(S::ok, ToJson(surveys->Update(context.Caller(), context.IdParam("id"),
                                                                      context.IdParam("survey_id"), patch)));
                }});
    router.Add({Verb::post, one + "/open", Access::kAdmin, [surveys](RequestContext& context) {
                    const auto [view, invited] =
                        surveys->Open(context.Caller(), context.IdParam("id"), context.IdParam("survey_id"));
                    auto body = ToJson(view);
                    body["invitations_queued"] = invited;
                    return JsonResponse(S::ok, body);
                }});
    router.Add({Verb::post, one + "/close", Access::kAdmin, [surveys](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(surveys->Close(context.Caller(), context.IdParam("id"),
                                                                     context.IdParam("survey_id"))));
                }});
    router.Add({Verb::post, one + "/questions", Access::kAdmin, [surveys](RequestContext& context) {
                    auto question = QuestionFromJson(context.JsonBody());
                    return JsonResponse(
                        S::created, ToJson(surveys->AddQuestion(context.Caller(), context.IdParam("id"),
                                                                context.IdParam("survey_id"), std::move(question))));
                }});
    router.Add({Verb::patch, one + "/questions/{question_id}", Access::kAdmin, [surveys](RequestContext& context) {
                    const auto patch = QuestionPatchFromJson(context.JsonBody());
                    return JsonResponse(S::ok, ToJson(surveys->EditQuestion(context.Caller(), context.IdParam("id"),
                                                                            context.IdParam("survey_id"),
                                                                            context.IdParam("question_id"), patch)));
                }});
    router.Add({Verb::put, one + "/order", Access::kAdmin, [surveys](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("question_ids") || !body["question_ids"].is_array()) {
                        throw InvalidInput("question_ids", "question_ids lists the survey's questions in order");
                    }
                    std::vector<long long> ids;
                    for (const auto& id : body["question_ids"]) {
                        if (!id.is_number_integer()) throw InvalidInput("question_ids", "question ids are numbers");
                        ids.push_back(id.get<long long>());
                    }
                    return JsonResponse(S::ok, ToJson(surveys->Reorder(context.Caller(), context.IdParam("id"),
                                                                       context.IdParam("survey_id"), ids)));
                }});
    router.Add({Verb::get, one + "/results", Access::kAdminOrSponsor, [s](RequestContext& context) {
                    domain::ResultFilter filter;
                    filter.side = context.Query("side").value_or("");
                    filter.department = context.Query("department").value_or("");
                    if (const auto band = context.Query("grade_band"); band && !band->empty()) {
                        filter.grade_band = domain::ParseGradeBand(*band);
                    }
                    auto& release = s.feedback_release;
                    return JsonResponse(S::ok, ToJson(release.Results(context.Caller(), context.IdParam("id"),
                                                                      context.IdParam("survey_id"), filter)));
                }});
}

void AddParticipantRoutes(Router& router, ApiServices s) {
    auto* responses = &s.survey_responses;
    auto* release = &s.feedback_release;
    router.Add({Verb::get, "/api/v1/surveys/{survey_id}/pairs/{pair_id}", Access::kAuthenticated,
                [responses](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(responses->Form(context.Caller(), context.IdParam("survey_id"),
                                                                      context.IdParam("pair_id"))));
                }});
    router.Add({Verb::post, "/api/v1/surveys/{survey_id}/responses", Access::kAuthenticated,
                [responses](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("pair_id") || !body["pair_id"].is_number_integer()) {
                        throw InvalidInput("pair_id", "pair_id names the pair you answer for");
                    }
                    const auto answers = SurveyAnswersFromJson(body);
                    return JsonResponse(S::created,
                                        ToJson(responses->Respond(context.Caller(), context.IdParam("survey_id"),
                                                                  body["pair_id"].get<long long>(), answers)));
                }});
    router.Add({Verb::get, "/api/v1/me/surveys", Access::kAuthenticated, [responses](RequestContext& context) {
                    return JsonResponse(S::ok, Items(responses->Mine(context.Caller())));
                }});
    router.Add({Verb::get, "/api/v1/me/feedback", Access::kAuthenticated, [release](RequestContext& context) {
                    return JsonResponse(S::ok, Items(release->Mine(context.Caller())));
                }});
    router.Add(
        {Verb::get, "/api/v1/pairs/{pair_id}/feedback", Access::kAuthenticated, [release](RequestContext& context) {
             return JsonResponse(S::ok, Items(release->ForPair(context.Caller(), context.IdParam("pair_id"))));
         }});
}

}  // namespace

void AddFeedbackRoutes(Router& router, ApiServices s) {
    AddPulseRoutes(router, s);
    AddSurveyAdminRoutes(router, s);
    AddParticipantRoutes(router, s);
}

}  // namespace upward::http
