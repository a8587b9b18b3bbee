#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/match_profile.hpp"

namespace upward::domain {

/// What is stored: pending until accepted or revoked. "expired" is not stored; it is a pending invitation
/// whose time ran out (EffectiveStatus).
enum class InvitationStatus { kPending, kAccepted, kRevoked };

std::string_view ToString(InvitationStatus status);
std::optional<InvitationStatus> ParseInvitationStatus(std::string_view text);

inline constexpr int kDefaultInvitationDays = 14;
inline constexpr int kMaxInvitationDays = 90;

/// An invitation to apply to a programme on one side. The link's token is never stored, only its digest.
struct Invitation {
    long long id = 0;
    long long programme_id = 0;
    std::string employee_id;
    std::string email;
    Side side = Side::kMentee;
    std::string token_hash;
    InvitationStatus status = InvitationStatus::kPending;
    std::optional<long long> invited_by;
    long long created_at = 0;
    long long expires_at = 0;
    std::optional<long long> accepted_at;
    std::optional<long long> accepted_user_id;
};

/// "pending", "expired" (pending and `now` at or past expires_at), "accepted" or "revoked".
std::string EffectiveStatus(const Invitation& invitation, long long now);

}  // namespace upward::domain
