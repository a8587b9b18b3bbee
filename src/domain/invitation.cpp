#include "domain/invitation.hpp"

namespace upward::domain {

std::string_view ToString(InvitationStatus status) {
    switch (status) {
        case InvitationStatus::kPending:
            return "pending";
        case InvitationStatus::kAccepted:
            return "accepted";
        case InvitationStatus::kRevoked:
            return "revoked";
    }
    return "pending";
}

std::optional<InvitationStatus> ParseInvitationStatus(std::string_view text) {
    if (text == "pending") return InvitationStatus::kPending;
    if (text == "accepted") return InvitationStatus::kAccepted;
    if (text == "revoked") return InvitationStatus::kRevoked;
    return std::nullopt;
}

std::string EffectiveStatus(const Invitation& invitation, long long now) {
    if (invitation.status == InvitationStatus::kPending && now >= invitation.expires_at) return "expired";
    return std::string(ToString(invitation.status));
}

}  // namespace upward::domain
