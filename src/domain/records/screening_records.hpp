#pragma once

// Reviewers, the programmes they review, and their scorecards. Plain data: storage returns it, services pass it up,
// http renders it.

#include <string>

#include "domain/screening.hpp"

namespace upward::domain {

/// A named reviewer of a programme's mentor applications: an existing account.
struct ProgrammeReviewer {
    long long user_id = 0;
    std::string email;
    std::string display_name;
    std::string person_id;  // empty when the account is not linked to a person
};

/// A programme someone reviews, for their list of screening work.
struct ReviewedProgramme {
    long long programme_id = 0;
    std::string name;
    std::string status;
    long long awaiting_decision = 0;  // mentor applications submitted or wait-listed
};

/// One reviewer's scorecard of one application, with the reviewer's name for the people allowed to see it.
struct ScreeningReview {
    long long application_id = 0;
    long long reviewer_user_id = 0;
    std::string reviewer_name;
    Scorecard scorecard;
    long long created_at = 0;
    long long updated_at = 0;
};

}  // namespace upward::domain
