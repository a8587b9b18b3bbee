#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Screening of mentor applications: the questionnaire, the applicant's own answers and outcome, named
/// reviewers, the review queue, scorecards and decisions. Admin-only routes say so in their Access; the
/// screening service checks the relations (a programme's reviewers, the applicant acting as themselves, the
/// conflict-of-interest rule).
void AddScreeningRoutes(Router& router, ApiServices services);

}  // namespace upward::http
