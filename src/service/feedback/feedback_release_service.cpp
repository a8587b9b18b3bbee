#include "service/feedback/feedback_release_service.hpp"

#include <map>

#include "core/errors.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/feedback/survey_lookup.hpp"
#include "storage/database/database.hpp"
#include "storage/feedback/feedback_repository.hpp"

namespace upward::service {

namespace {

std::vector<ReleasedFeedback> ReleasedTo(storage::Connection& session, const storage::PairPeople& pair,
                                         const std::string& side) {
    const std::string partner_side = side == "mentee" ? "mentor" : "mentee";
    std::vector<ReleasedFeedback> released;
    for (const auto& survey : storage::ListSurveys(session, pair.programme_id)) {
        if (survey.status == "draft") continue;
        ReleasedFeedback item{pair.id, pair.programme_id, survey.id, survey.title, survey.kind, false, {}};
        // Double-blind: neither sees what the other said until both have said it.
        item.released = storage::HasResponse(session, survey.id, pair.id, side) &&
                        storage::HasResponse(session, survey.id, pair.id, partner_side);
        if (item.released) {
            for (const auto& rating : storage::RatingsGivenBy(session, survey.id, pair.id, partner_side)) {
                item.ratings.push_back({rating.quality, domain::QualityLabel(rating.quality), rating.rating});
            }
        }
        released.push_back(std::move(item));
    }
    return released;
}

}  // namespace

std::vector<ReleasedFeedback> FeedbackReleaseService::Mine(const domain::Caller& caller) {
    std::vector<ReleasedFeedback> all;
    if (caller.person_id.empty()) return all;
    auto session = database_.Acquire();
    for (const auto& pair : storage::ListPairsOfPerson(*session, caller.person_id, {"active", "ended"})) {
        const auto side = pair.mentee == caller.person_id ? "mentee" : "mentor";
        for (auto& item : ReleasedTo(*session, pair, side)) all.push_back(std::move(item));
    }
    return all;
}

std::vector<ReleasedFeedback> FeedbackReleaseService::ForPair(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    const auto [pair, side] = PairFor(*session, caller, pair_id, PairUse::kOwn, kPairFeedbackRefusal);
    storage::PairPeople people{pair.id, pair.programme_id, pair.mentee, pair.mentor, ""};
    return ReleasedTo(*session, people, side);
}

SurveyResultsView FeedbackReleaseService::Results(const domain::Caller& caller, long long programme_id,
                                                  long long survey_id, const domain::ResultFilter& filter) {
    auto session = database_.Acquire();
    const auto programme = OverseenProgramme(*session, caller, programme_id, "survey results");
    if (!filter.side.empty() && !domain::IsAudience(filter.side))
        throw InvalidInput("side", "side is mentor or mentee");
    auto survey = SurveyOf(*session, programme_id, survey_id);
    const auto answers = storage::LoadResultAnswers(*session, survey_id);
    SurveyResultsView view;
    view.k = programme.anonymity_k;
    view.filter = filter;
    view.questions = domain::AggregateSurvey(survey.questions, answers, filter, programme.anonymity_k);
    // Offered as filters only where some question has k answers from the department: a department with one
    // respondent is not even named.
    std::map<std::string, std::map<long long, long long>> per_department;
    for (const auto& answer : answers) {
        if (!answer.department.empty()) ++per_department[answer.department][answer.question_id];
    }
    for (const auto& [department, counts] : per_department) {
        for (const auto& [question, count] : counts) {
            if (count >= programme.anonymity_k) {
                view.departments.push_back(department);
                break;
            }
        }
    }
    survey.questions.clear();
    view.survey = std::move(survey);
    return view;
}

}  // namespace upward::service
