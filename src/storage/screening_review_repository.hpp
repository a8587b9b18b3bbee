#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/screening.hpp"

namespace upward::storage {

/// One reviewer's scorecard of one application, with the reviewer's name for the people allowed to see it.
struct ScreeningReview {
    long long application_id = 0;
    long long reviewer_user_id = 0;
    std::string reviewer_name;
    domain::Scorecard scorecard;
    long long created_at = 0;
    long long updated_at = 0;
};

/// Writes the reviewer's scorecard of the application: the first time it is created, later it is replaced
/// (created_at stays).
void SaveScreeningReview(soci::session& session, const ScreeningReview& review);

/// The application's scorecards, oldest first.
std::vector<ScreeningReview> ListScreeningReviews(soci::session& session, long long application_id);

/// Every scorecard of the programme's applications, for the review queue's averages in one query.
std::vector<ScreeningReview> ListProgrammeScreeningReviews(soci::session& session, long long programme_id);

}  // namespace upward::storage
