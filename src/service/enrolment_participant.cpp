#include "service/enrolment_participant.hpp"

#include "core/errors.hpp"

namespace upward::service {

Participant RequireParticipant(const domain::Caller& caller, long long programme_id) {
    bool mentor = false;
    bool mentee = false;
    for (const auto& membership : caller.memberships) {
        if (membership.programme_id != programme_id) continue;
        (membership.role == domain::ProgrammeRole::kMentor ? mentor : mentee) = true;
    }
    if (!mentor && !mentee) {
        if (caller.IsSponsor()) throw Forbidden("sponsors see a programme's aggregates, not one person's enrolment");
        throw NotFound("you are not a participant of programme " + std::to_string(programme_id));
    }
    if (mentor && mentee) {
        throw Conflict("your account is both mentor and mentee of programme " + std::to_string(programme_id) +
                       "; a mentor must not be a mentee of the same programme: ask an admin to remove one");
    }
    if (caller.person_id.empty()) {
        throw Forbidden("your account is not linked to a person in the directory; an admin can link it");
    }
    return {mentor ? domain::Side::kMentor : domain::Side::kMentee, caller.person_id};
}

}  // namespace upward::service
