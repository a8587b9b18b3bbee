#pragma once

#include <string>
#include <vector>

#include "domain/roles.hpp"
#include "domain/survey.hpp"
#include "domain/survey_results.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// One rating a person received: the quality and the number, nothing about who gave it beyond "your partner".
struct ReceivedRating {
    std::string quality;
    std::string label;
    int rating = 0;
};

/// What one survey of one pair released to the caller. `released` is false until both of the pair answered
/// (double-blind); until then `ratings` is empty.
struct ReleasedFeedback {
    long long pair_id = 0;
    long long programme_id = 0;
    long long survey_id = 0;
    std::string survey_title;
    std::string kind;
    bool released = false;
    std::vector<ReceivedRating> ratings;
};

/// A survey's aggregates under a filter, for admins and sponsors.
struct SurveyResultsView {
    domain::Survey survey;  // without questions (they are in `questions`)
    int k = 5;
    domain::ResultFilter filter;
    std::vector<domain::QuestionResult> questions;
    std::vector<std::string> departments;  // the respondents' departments, to filter on
};

/// The release and anonymity rules (issue 6, item 3).
///  - What one person said about the other reaches that other person only once both answered the survey, and
///    only as ratings per quality: never a comment, a time, or anything but "your partner".
///  - Admins and sponsors see aggregates only, each figure withheld with its reason when fewer than k answers
///    stand behind it, and a filtered group also when between 1 and k-1 answers lie outside it.
/// A pair's ratings are its two people's (admins and sponsors Forbidden, anyone else NotFound); results are
/// admins' and sponsors' (others Forbidden).
class FeedbackReleaseService {
public:
    explicit FeedbackReleaseService(storage::Database& database) : database_(database) {}

    std::vector<ReleasedFeedback> Mine(const domain::Caller& caller);
    std::vector<ReleasedFeedback> ForPair(const domain::Caller& caller, long long pair_id);
    SurveyResultsView Results(const domain::Caller& caller, long long programme_id, long long survey_id,
                              const domain::ResultFilter& filter);

private:
    storage::Database& database_;
};

}  // namespace upward::service
