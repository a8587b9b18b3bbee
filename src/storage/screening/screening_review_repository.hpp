#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/screening_records.hpp"
#include "domain/screening.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

using domain::ScreeningReview;

/// Writes the reviewer's scorecard of the application: the first time it is created, later it is replaced
/// (created_at stays).
void SaveScreeningReview(Connection& session, const ScreeningReview& review);

/// The application's scorecards, oldest first.
std::vector<ScreeningReview> ListScreeningReviews(Connection& session, long long application_id);

/// Every scorecard of the programme's applications, for the review queue's averages in one query.
std::vector<ScreeningReview> ListProgrammeScreeningReviews(Connection& session, long long programme_id);

}  // namespace upward::storage
