#pragma once

#include <string>

#include "domain/match_profile.hpp"
#include "domain/roles.hpp"

namespace upward::service {

/// The caller as a participant of one programme: the side they joined on and who they are in the directory.
struct Participant {
    domain::Side side = domain::Side::kMentee;
    std::string employee_id;
};

/// Participants act only as themselves in programmes they belong to. Sponsors see aggregates only (Forbidden);
/// to anyone else who is not a member the programme's enrolment does not exist (NotFound). A member on both
/// sides is refused (a mentor must not also be a mentee of the same programme), and so is an account not linked
/// to the directory (Forbidden).
Participant RequireParticipant(const domain::Caller& caller, long long programme_id);

}  // namespace upward::service
