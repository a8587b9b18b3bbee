#include "service/feedback/survey_lookup.hpp"

#include "core/errors.hpp"
#include "storage/database/database.hpp"
#include "storage/feedback/feedback_repository.hpp"

namespace upward::service {

domain::Survey SurveyOf(storage::Connection& session, long long programme_id, long long survey_id) {
    auto survey = storage::FindSurvey(session, survey_id);
    if (!survey || survey->programme_id != programme_id) {
        throw NotFound("no survey with id " + std::to_string(survey_id) + " in programme " +
                       std::to_string(programme_id));
    }
    return *survey;
}

}  // namespace upward::service
