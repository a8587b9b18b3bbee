#pragma once

#include <string>

#include "domain/invitation.hpp"
#include "domain/programme.hpp"
#include "domain/records/mail_records.hpp"

namespace upward::service {

/// The invitation email: who invites them to what, on which side, the sign-up link and when it expires.
/// `link` carries the token; the message holds nothing else secret.
domain::OutgoingMail InvitationMail(const std::string& dedupe_key, const domain::Invitation& invitation,
                                    const std::string& invitee_name, const domain::Programme& programme,
                                    const std::string& link);

}  // namespace upward::service
