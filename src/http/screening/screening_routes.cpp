#include "http/screening/screening_routes.hpp"

#include <memory>

#include "core/errors.hpp"
#include "http/screening/screening_json.hpp"
#include "service/screening/screening_service.hpp"

namespace upward::http {

using nlohmann::json;
using S = beast_http::status;

namespace {

constexpr const char* kScreening = "/api/v1/programmes/{id}/screening";

std::string Path(const std::string& rest) { return kScreening + rest; }

service::QueueFilter FilterQuery(const RequestContext& context) {
    const auto status = context.Query("status").value_or("awaiting");
    if (status == "awaiting") return service::QueueFilter::kAwaitingDecision;
    if (status == "decided") return service::QueueFilter::kDecided;
    if (status == "all") return service::QueueFilter::kAll;
    throw InvalidInput("status", "status must be awaiting, decided or all");
}

using Screening = service::ScreeningService*;

void AddQuestionnaireRoutes(Router& router, const Screening& screening) {
    router.Add({Verb::get, Path("/questions"), Access::kAuthenticated, [screening](RequestContext& context) {
                    return JsonResponse(S::ok,
                                        QuestionsJson(screening->Questions(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::put, Path("/questions"), Access::kAdmin, [screening](RequestContext& context) {
                    auto questions = QuestionsFromJson(context.JsonBody());
                    return JsonResponse(S::ok, QuestionsJson(screening->ReplaceQuestions(
                                                   context.Caller(), context.IdParam("id"), std::move(questions))));
                }});
    router.Add({Verb::get, Path("/mine"), Access::kAuthenticated, [screening](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(screening->Mine(context.Caller(), context.IdParam("id"))));
                }});
    router.Add({Verb::put, Path("/mine/answers"), Access::kAuthenticated, [screening](RequestContext& context) {
                    auto answers = AnswersFromJson(context.JsonBody());
                    return JsonResponse(S::ok, ToJson(screening->SaveMyAnswers(context.Caller(), context.IdParam("id"),
                                                                               std::move(answers))));
                }});
}

void AddReviewerRoutes(Router& router, const Screening& screening) {
    router.Add(
        {Verb::get, "/api/v1/screening/programmes", Access::kAuthenticated, [screening](RequestContext& context) {
             json items = json::array();
             for (const auto& programme : screening->ReviewedProgrammes(context.Caller()))
                 items.push_back(ToJson(programme));
             return JsonResponse(S::ok, {{"items", items}});
         }});
    router.Add({Verb::get, Path("/reviewers"), Access::kAdmin, [screening](RequestContext& context) {
                    json items = json::array();
                    for (const auto& reviewer : screening->Reviewers(context.Caller(), context.IdParam("id"))) {
                        items.push_back(ToJson(reviewer));
                    }
                    return JsonResponse(S::ok, {{"items", items}});
                }});
    router.Add({Verb::post, Path("/reviewers"), Access::kAdmin, [screening](RequestContext& context) {
                    const auto body = context.JsonBody();
                    if (!body.is_object() || !body.contains("email") || !body["email"].is_string()) {
                        throw InvalidInput("email", "email must be the email of the reviewer's account");
                    }
                    const auto result = screening->AddReviewer(context.Caller(), context.IdParam("id"),
                                                               body["email"].get<std::string>());
                    return JsonResponse(result.added ? S::created : S::ok, ToJson(result.reviewer));
                }});
    router.Add({Verb::delete_, Path("/reviewers/{user_id}"), Access::kAdmin, [screening](RequestContext& context) {
                    screening->RemoveReviewer(context.Caller(), context.IdParam("id"), context.IdParam("user_id"));
                    return NoContent();
                }});
}

void AddReviewRoutes(Router& router, const Screening& screening) {
    router.Add({Verb::get, Path("/applications"), Access::kAuthenticated, [screening](RequestContext& context) {
                    return JsonResponse(
                        S::ok, ToJson(screening->Queue(context.Caller(), context.IdParam("id"), FilterQuery(context))));
                }});
    router.Add({Verb::get, Path("/applications/{application_id}"), Access::kAuthenticated,
                [screening](RequestContext& context) {
                    return JsonResponse(S::ok, ToJson(screening->Application(context.Caller(), context.IdParam("id"),
                                                                             context.IdParam("application_id"))));
                }});
    router.Add({Verb::put, Path("/applications/{application_id}/review"), Access::kAuthenticated,
                [screening](RequestContext& context) {
                    auto scorecard = ScorecardFromJson(context.JsonBody());
                    const auto review = screening->SaveReview(context.Caller(), context.IdParam("id"),
                                                              context.IdParam("application_id"), std::move(scorecard));
                    return JsonResponse(S::ok, ReviewJson(review, true));
                }});
    router.Add({Verb::post, Path("/applications/{application_id}/decision"), Access::kAdmin,
                [screening](RequestContext& context) {
                    const auto body = context.JsonBody();
                    const auto outcome = OutcomeFromJson(body, "decision");
                    if (body.contains("reason") && !body["reason"].is_string() && !body["reason"].is_null()) {
                        throw InvalidInput("reason", "reason must be text");
                    }
                    const std::string reason =
                        body.contains("reason") && body["reason"].is_string() ? body["reason"].get<std::string>() : "";
                    return JsonResponse(S::ok,
                                        ToJson(screening->Decide(context.Caller(), context.IdParam("id"),
                                                                 context.IdParam("application_id"), outcome, reason)));
                }});
}

}  // namespace

void AddScreeningRoutes(Router& router, ApiServices services) {
    const auto screening = &services.screening;
    AddQuestionnaireRoutes(router, screening);
    AddReviewerRoutes(router, screening);
    AddReviewRoutes(router, screening);
}

}  // namespace upward::http
