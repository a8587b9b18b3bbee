#include "service/access/programme_access.hpp"

#include "storage/database/connection.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/screening/programme_reviewer_repository.hpp"

namespace upward::service {

NotFound NoProgramme(long long programme_id) {
    return NotFound("no programme with id " + std::to_string(programme_id));
}

domain::Programme ProgrammeOrNotFound(storage::Connection& session, long long programme_id) {
    auto programme = storage::FindProgramme(session, programme_id);
    if (!programme) throw NoProgramme(programme_id);
    return *programme;
}

void RequireAdmin(const domain::Caller& caller) {
    if (!caller.IsAdmin()) throw Forbidden("only a programme admin may do this");
}

bool MaySeeProgramme(const domain::Caller& caller, long long programme_id) {
    return caller.IsAdmin() || caller.IsSponsor() || caller.IsMemberOf(programme_id);
}

domain::Programme VisibleProgramme(storage::Connection& session, const domain::Caller& caller, long long programme_id) {
    if (!MaySeeProgramme(caller, programme_id)) throw NoProgramme(programme_id);
    return ProgrammeOrNotFound(session, programme_id);
}

bool OverseesProgramme(const domain::Caller& caller, long long programme_id) {
    return caller.IsAdmin() || caller.SponsorsProgramme(programme_id);
}

domain::Programme OverseenProgramme(storage::Connection& session, const domain::Caller& caller, long long programme_id,
                                    std::string_view what) {
    if (!caller.IsAdmin() && !caller.IsSponsor()) {
        throw Forbidden("only administrators and the programme's sponsors see its " + std::string(what));
    }
    auto programme = ProgrammeOrNotFound(session, programme_id);
    if (!OverseesProgramme(caller, programme_id)) {
        throw Forbidden("you sponsor other programmes, not this one: its " + std::string(what) +
                        " are for its own sponsors");
    }
    return programme;
}

Participant RequireParticipant(const domain::Caller& caller, long long programme_id,
                               std::optional<domain::ProgrammeRole> role, std::string_view action) {
    const std::string who = role ? std::string(domain::ToString(*role)) : "participant";
    const auto refuse = [&] { return Forbidden("only a " + who + " of the programme may " + std::string(action)); };
    if (caller.IsAdmin() || caller.IsSponsor()) throw refuse();
    bool mentor = false;
    bool mentee = false;
    for (const auto& membership : caller.memberships) {
        if (membership.programme_id != programme_id) continue;
        (membership.role == domain::ProgrammeRole::kMentor ? mentor : mentee) = true;
    }
    if (!mentor && !mentee) throw NoProgramme(programme_id);
    if (mentor && mentee) {
        throw Conflict("your account is both mentor and mentee of programme " + std::to_string(programme_id) +
                       "; a mentor must not be a mentee of the same programme: ask an admin to remove one");
    }
    if (role && (*role == domain::ProgrammeRole::kMentor) != mentor) throw refuse();
    if (caller.person_id.empty()) {
        throw Forbidden("your account is not linked to a person in the directory; an admin can link it");
    }
    return {mentor ? domain::Side::kMentor : domain::Side::kMentee, caller.person_id};
}

domain::Programme RequireReviewerOf(storage::Connection& session, const domain::Caller& caller, long long programme_id,
                                    std::string_view action, MemberRefusal refusal, ReviewerKind* kind) {
    if (caller.IsSponsor()) throw Forbidden("sponsors see aggregate figures only, never individual applications");
    auto programme = ProgrammeOrNotFound(session, programme_id);
    if (caller.IsAdmin()) {
        if (kind) *kind = ReviewerKind::kAdmin;
        return programme;
    }
    if (storage::IsProgrammeReviewer(session, programme_id, caller.user_id)) {
        if (kind) *kind = ReviewerKind::kNamedReviewer;
        return programme;
    }
    if (caller.IsMemberOf(programme_id) && refusal == MemberRefusal::kForbidden) {
        throw Forbidden("only the programme's reviewers may " + std::string(action));
    }
    throw NoProgramme(programme_id);
}

}  // namespace upward::service
