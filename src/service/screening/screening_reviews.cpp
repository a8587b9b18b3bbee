// Reviewing in ScreeningService: the queue with average scores, one application in full, and scorecards.
#include <map>
#include <set>

#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/screening/screening_conflicts.hpp"
#include "service/screening/screening_questionnaire.hpp"
#include "service/screening/screening_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/screening/application_row_lock.hpp"
#include "storage/screening/screening_review_repository.hpp"

namespace upward::service {

namespace {

bool Matches(QueueFilter filter, const domain::Application& application) {
    switch (filter) {
        case QueueFilter::kAwaitingDecision:
            return domain::AwaitsDecision(application.status);
        case QueueFilter::kDecided:
            return application.decided_at.has_value();
        case QueueFilter::kAll:
            return true;
    }
    return false;
}

bool AnsweredEvery(const std::vector<domain::ScreeningQuestion>& questions,
                   const std::vector<domain::ScreeningAnswer>& answers) {
    std::set<long long> answered;
    for (const auto& answer : answers) {
        if (!answer.answer.empty()) answered.insert(answer.question_id);
    }
    for (const auto& question : questions) {
        if (!answered.count(question.id)) return false;
    }
    return true;
}

std::vector<domain::Scorecard> Scorecards(const std::vector<domain::ScreeningReview>& reviews) {
    std::vector<domain::Scorecard> scorecards;
    scorecards.reserve(reviews.size());
    for (const auto& review : reviews) scorecards.push_back(review.scorecard);
    return scorecards;
}

std::vector<AnsweredQuestion> JoinAnswers(const std::vector<domain::ScreeningQuestion>& questions,
                                          const std::vector<domain::ScreeningAnswer>& answers) {
    std::map<long long, std::string> by_question;
    for (const auto& answer : answers) by_question[answer.question_id] = answer.answer;
    std::vector<AnsweredQuestion> joined;
    std::set<long long> asked;
    for (const auto& question : questions) {
        asked.insert(question.id);
        const auto found = by_question.find(question.id);
        joined.push_back(
            {question.id, question.quality, question.prompt, found == by_question.end() ? "" : found->second});
    }
    // Answers to questions an admin removed since stay readable, marked by an empty prompt.
    for (const auto& answer : answers) {
        if (!asked.count(answer.question_id)) joined.push_back({answer.question_id, "", "", answer.answer});
    }
    return joined;
}

}  // namespace

ReviewQueue ScreeningService::Queue(const domain::Caller& caller, long long programme_id, QueueFilter filter) {
    auto session = database_.Acquire();
    RequireReviewerOf(*session, caller, programme_id, "read the review queue", MemberRefusal::kForbidden);
    const auto questions = EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);

    ReviewQueue queue;
    queue.qualities = domain::ScoredQualities(questions);
    std::map<long long, std::vector<domain::ScreeningReview>> reviews_of;
    for (auto& review : storage::ListProgrammeScreeningReviews(*session, programme_id)) {
        reviews_of[review.application_id].push_back(std::move(review));
    }
    const ConflictFilter conflicts(*session, caller, programme_id);
    domain::ApplicationFilter mentors;
    mentors.side = domain::Side::kMentor;
    for (auto& application : storage::ListApplications(*session, programme_id, mentors)) {
        if (!Matches(filter, application)) continue;
        if (conflicts.Conflicted(application)) {
            ++queue.withheld;
            continue;
        }
        QueueEntry entry;
        const auto& reviews = reviews_of[application.id];
        entry.scores = domain::Summarise(queue.qualities, Scorecards(reviews));
        for (const auto& review : reviews)
            entry.reviewed_by_me = entry.reviewed_by_me || review.reviewer_user_id == caller.user_id;
        entry.answered = AnsweredEvery(questions, application.screening_answers);
        entry.person = storage::FindPerson(*session, application.employee_id);
        entry.application = std::move(application);
        queue.items.push_back(std::move(entry));
    }
    Audit(*session, clock_, caller, "screening.queue.read", "programme:" + std::to_string(programme_id),
          std::to_string(queue.items.size()) + " applications");
    return queue;
}

ApplicationScreening ScreeningService::Application(const domain::Caller& caller, long long programme_id,
                                                   long long application_id) {
    auto session = database_.Acquire();
    ReviewerKind kind = ReviewerKind::kNamedReviewer;
    const auto programme =
        RequireReviewerOf(*session, caller, programme_id, "read mentor applications", MemberRefusal::kNotFound, &kind);
    auto application = MentorApplicationOf(*session, programme_id, application_id);
    if (const auto conflict = ConflictOfInterest(*session, caller, application); !conflict.empty())
        throw Forbidden(conflict);
    const auto questions = EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);

    ApplicationScreening screening;
    screening.qualities = domain::ScoredQualities(questions);
    screening.answers = JoinAnswers(questions, application.screening_answers);
    const auto reviews = storage::ListScreeningReviews(*session, application_id);
    screening.scores = domain::Summarise(screening.qualities, Scorecards(reviews));
    for (const auto& review : reviews) {
        if (kind == ReviewerKind::kAdmin || review.reviewer_user_id == caller.user_id)
            screening.reviews.push_back(review);
    }
    const bool open =
        domain::AwaitsDecision(application.status) && programme.status != domain::ProgrammeStatus::kArchived;
    screening.can_review = open;
    screening.can_decide = open && kind == ReviewerKind::kAdmin;
    if (kind == ReviewerKind::kAdmin && application.decided_by) {
        if (const auto decider = storage::FindUserById(*session, *application.decided_by)) {
            screening.decided_by_name = decider->display_name;
        }
    }
    screening.viewer_user_id = caller.user_id;
    screening.person = storage::FindPerson(*session, application.employee_id);
    screening.application = std::move(application);
    Audit(*session, clock_, caller, "screening.read", "application:" + std::to_string(application_id));
    return screening;
}

domain::ScreeningReview ScreeningService::SaveReview(const domain::Caller& caller, long long programme_id,
                                                     long long application_id, domain::Scorecard scorecard) {
    auto session = database_.Acquire();
    const auto programme =
        RequireReviewerOf(*session, caller, programme_id, "review mentor applications", MemberRefusal::kNotFound);
    const auto questions = EnsureQuestionnaire(*session, database_.GetBackend(), programme_id);
    const auto now = clock_.NowSeconds();

    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockApplicationRow(*session, application_id);
    const auto application = MentorApplicationOf(*session, programme_id, application_id);
    if (const auto conflict = ConflictOfInterest(*session, caller, application); !conflict.empty())
        throw Forbidden(conflict);
    RequireNotArchived(programme);
    if (!domain::AwaitsDecision(application.status)) {
        throw Conflict("the application is " + std::string(domain::ToString(application.status)) +
                       "; its scorecards no longer change");
    }
    domain::NormaliseScorecard(domain::ScoredQualities(questions), scorecard);

    domain::ScreeningReview review;
    review.application_id = application_id;
    review.reviewer_user_id = caller.user_id;
    review.reviewer_name = caller.display_name.empty() ? caller.email : caller.display_name;
    review.scorecard = std::move(scorecard);
    review.created_at = now;
    for (const auto& existing : storage::ListScreeningReviews(*session, application_id)) {
        if (existing.reviewer_user_id == caller.user_id) review.created_at = existing.created_at;
    }
    review.updated_at = now;
    storage::SaveScreeningReview(*session, review);
    Audit(*session, clock_, caller, "screening.review", "application:" + std::to_string(application_id),
          std::string(domain::ToString(review.scorecard.recommendation)));
    transaction.Commit();
    return review;
}

}  // namespace upward::service
