#pragma once

#include <string>

#include "domain/match_profile.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

// Single-row writes of the match profile that enrolment keeps in step with an application. The bulk
// SaveProfiles (match_profile_repository.hpp) serves imports; these touch one person.

/// Inserts or updates `profile`'s side, languages, topics, availability and eligibility. An existing row keeps
/// its capacity (an admin may have raised a mentor's; a mentee's is always 1), preferences and ranking; a new
/// row gets the profile's.
void WriteApplicantProfile(Connection& session, long long programme_id, const domain::MatchProfile& profile,
                           long long now);

/// Sets only the eligibility flag of an existing profile; does nothing when there is none.
void SetProfileEligible(Connection& session, long long programme_id, const std::string& employee_id, bool eligible,
                        long long now);

}  // namespace upward::storage
