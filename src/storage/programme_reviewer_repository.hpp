#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

namespace upward::storage {

/// A named reviewer of a programme's mentor applications: an existing account.
struct ProgrammeReviewer {
    long long user_id = 0;
    std::string email;
    std::string display_name;
    std::string person_id;  // empty when the account is not linked to a person
};

/// The programme's named reviewers, by display name.
std::vector<ProgrammeReviewer> ListProgrammeReviewers(soci::session& session, long long programme_id);
/// False when the account was a reviewer of the programme already.
bool AddProgrammeReviewer(soci::session& session, long long programme_id, long long user_id);
/// False when the account was not a reviewer of the programme.
bool RemoveProgrammeReviewer(soci::session& session, long long programme_id, long long user_id);
bool IsProgrammeReviewer(soci::session& session, long long programme_id, long long user_id);

/// A programme someone reviews, for their list of screening work.
struct ReviewedProgramme {
    long long programme_id = 0;
    std::string name;
    std::string status;
    long long awaiting_decision = 0;  // mentor applications submitted or wait-listed
};

/// The programmes `user_id` is a named reviewer of, by id; every programme when `user_id` is 0 (admins).
std::vector<ReviewedProgramme> ListReviewedProgrammes(soci::session& session, long long user_id);

}  // namespace upward::storage
