#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "domain/survey.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A survey as one person of a pair answers it: only the live questions of their own side.
struct SurveyForm {
    domain::Survey survey;  // questions: the caller's audience, not archived
    long long pair_id = 0;
    std::string side;
    std::string programme_name;
    bool answered = false;
    std::vector<domain::SurveyAnswer> own_answers;  // the caller's own response, once given
    bool released = false;                          // both of the pair answered: the ratings are visible to each
};

/// A survey waiting for, or answered by, the caller in one of their pairs.
struct MySurvey {
    long long survey_id = 0;
    std::string title;
    std::string kind;
    std::string status;
    std::string closes_on;
    long long programme_id = 0;
    long long pair_id = 0;
    std::string side;
    bool answered = false;
};

/// Answering the mid-point and closing surveys (issue 6, item 2). A person of an active (or ended) pair answers
/// for their own side of that pair, once. Draft surveys do not exist for participants; admins and sponsors
/// never answer (Forbidden); someone else's pair does not exist (NotFound).
class SurveyResponseService {
public:
    SurveyResponseService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    SurveyForm Form(const domain::Caller& caller, long long survey_id, long long pair_id);

    /// Conflict when the survey is not open, the pair is neither active nor ended, or this side answered
    /// already; InvalidInput (422) listing each bad answer (see domain::ValidAnswers).
    SurveyForm Respond(const domain::Caller& caller, long long survey_id, long long pair_id,
                       const std::vector<domain::SurveyAnswer>& answers);

    /// The open and closed surveys of every pair the caller is in.
    std::vector<MySurvey> Mine(const domain::Caller& caller);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
