#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/invitation.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

// The invitations table (migrations/V004__enrolment.sql). Tokens are looked up by digest only.

long long InsertInvitation(Connection& session, const domain::Invitation& invitation);
std::optional<domain::Invitation> FindInvitationById(Connection& session, long long invitation_id);
std::optional<domain::Invitation> FindInvitationByTokenHash(Connection& session, const std::string& token_hash);
/// The person's latest invitation to the programme (any status).
std::optional<domain::Invitation> FindLatestInvitation(Connection& session, long long programme_id,
                                                       const std::string& employee_id);
/// The programme's invitations, newest first.
std::vector<domain::Invitation> ListInvitations(Connection& session, long long programme_id);

/// Gives a not-yet-accepted invitation a new token, side, address and expiry, pending again: the old link stops
/// working. Returns false when the invitation was accepted meanwhile.
bool ReissueInvitation(Connection& session, const domain::Invitation& invitation);

/// Marks a pending invitation accepted by `user_id`. Returns false when it was not pending any more (another
/// request used or revoked it first), so a token is used at most once even under concurrent requests.
bool MarkInvitationAccepted(Connection& session, long long invitation_id, long long user_id, long long now);

/// Revokes a pending invitation; returns false when it was not pending.
bool RevokeInvitation(Connection& session, long long invitation_id);

}  // namespace upward::storage
