#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/errors.hpp"
#include "domain/match_profile.hpp"
#include "domain/programme.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

// Who the caller is to a programme, decided here and nowhere else. Every capability asks these functions; none
// re-derives a rule from the caller's role. Denials follow one convention: Forbidden (403) when the caller may
// know the resource exists (an admin, a sponsor, a member asking for something their side may not do), NotFound
// (404) otherwise, worded exactly as for a programme that does not exist.

/// The error for a programme that does not exist, or that the caller may not know of.
NotFound NoProgramme(long long programme_id);

/// The programme, or NotFound.
domain::Programme ProgrammeOrNotFound(storage::Connection& session, long long programme_id);

/// Throws Forbidden unless the caller is an admin.
void RequireAdmin(const domain::Caller& caller);

/// Whether the caller may see the programme at all: admins and sponsors (sponsors know the organisation's
/// programmes, by name), and its members.
bool MaySeeProgramme(const domain::Caller& caller, long long programme_id);

/// The programme when the caller may see it (MaySeeProgramme); NotFound otherwise, as if it did not exist.
domain::Programme VisibleProgramme(storage::Connection& session, const domain::Caller& caller, long long programme_id);

/// Whether the caller oversees the programme: admins, and the sponsors of this programme (an organisation-wide
/// sponsor, one without sponsor memberships, oversees every programme).
bool OverseesProgramme(const domain::Caller& caller, long long programme_id);

/// The programme when the caller oversees it, for reads of its figures (`what`: "outcomes", "funnel", ...).
/// Participants and outsiders are Forbidden before the programme is looked up (the refusal says nothing about
/// it); a programme that does not exist is NotFound; a sponsor of other programmes is Forbidden.
domain::Programme OverseenProgramme(storage::Connection& session, const domain::Caller& caller, long long programme_id,
                                    std::string_view what);

/// The caller as a participant of one programme: the side they joined on and who they are in the directory.
struct Participant {
    domain::Side side = domain::Side::kMentee;
    std::string employee_id;
};

/// Participants act only as themselves, in programmes they belong to, on their own side. Admins and sponsors are
/// Forbidden (they run and oversee programmes, they take no part); anyone else who is not a member gets NotFound.
/// A member of the wrong side (when `role` is given), or an account not linked to the directory, is Forbidden;
/// a member on both sides is a Conflict (a mentor must not be a mentee of the same programme). `action` completes
/// "only a mentee of the programme may ...".
Participant RequireParticipant(const domain::Caller& caller, long long programme_id,
                               std::optional<domain::ProgrammeRole> role, std::string_view action);

enum class ReviewerKind { kAdmin, kNamedReviewer };

/// What a member of the programme who is not one of its reviewers gets: Forbidden for programme-wide reads
/// (the queue), NotFound for one application (applicants never learn about other applicants).
enum class MemberRefusal { kForbidden, kNotFound };

/// The programme, when the caller reviews its mentor applications: admins review every programme, named
/// reviewers theirs. Sponsors are Forbidden (they see aggregates only); members who are not reviewers get
/// `refusal`; everybody else gets NotFound. `action` completes "only reviewers may ...".
domain::Programme RequireReviewerOf(storage::Connection& session, const domain::Caller& caller, long long programme_id,
                                    std::string_view action, MemberRefusal refusal, ReviewerKind* kind = nullptr);

}  // namespace upward::service
