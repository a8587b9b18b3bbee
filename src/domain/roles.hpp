#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upward::domain {

/// An account's organisation-wide role. Mentor and mentee are per programme (ProgrammeRole).
enum class Role { kAdmin, kSponsor, kParticipant };
enum class ProgrammeRole { kMentor, kMentee };

std::string_view ToString(Role role);
std::string_view ToString(ProgrammeRole role);
std::optional<Role> ParseRole(std::string_view text);
std::optional<ProgrammeRole> ParseProgrammeRole(std::string_view text);

struct Membership {
    long long programme_id = 0;
    ProgrammeRole role = ProgrammeRole::kMentee;
};

/// Who is calling: resolved once per request from a session cookie or an API token.
struct Caller {
    long long user_id = 0;
    std::string email;
    std::string display_name;
    std::string person_id;
    Role role = Role::kParticipant;
    std::vector<Membership> memberships;

    bool IsAdmin() const { return role == Role::kAdmin; }
    bool IsSponsor() const { return role == Role::kSponsor; }
    bool IsMemberOf(long long programme_id) const {
        for (const auto& membership : memberships) {
            if (membership.programme_id == programme_id) return true;
        }
        return false;
    }
};

}  // namespace upward::domain
