#pragma once

#include <string>
#include <vector>

#include "domain/records/screening_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

using domain::ProgrammeReviewer;

/// The programme's named reviewers, by display name.
std::vector<ProgrammeReviewer> ListProgrammeReviewers(Connection& session, long long programme_id);
/// False when the account was a reviewer of the programme already.
bool AddProgrammeReviewer(Connection& session, long long programme_id, long long user_id);
/// False when the account was not a reviewer of the programme.
bool RemoveProgrammeReviewer(Connection& session, long long programme_id, long long user_id);
bool IsProgrammeReviewer(Connection& session, long long programme_id, long long user_id);

using domain::ReviewedProgramme;

/// The programmes `user_id` is a named reviewer of, by id; every programme when `user_id` is 0 (admins).
std::vector<ReviewedProgramme> ListReviewedProgrammes(Connection& session, long long user_id);

}  // namespace upward::storage
