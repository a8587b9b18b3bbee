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
    /// A sponsor's sponsor memberships: the programmes they oversee. None makes an organisation-wide sponsor
    /// who oversees every programme. Ignored for any other role.
    std::vector<long long> sponsored_programmes;

    bool IsAdmin() const { return role == Role::kAdmin; }
    bool IsSponsor() const { return role == Role::kSponsor; }
    /// Sponsors this programme: a sponsor with a sponsor membership of it, or an organisation-wide sponsor.
    bool SponsorsProgramme(long long programme_id) const {
        if (!IsSponsor()) return false;
        if (sponsored_programmes.empty()) return true;
        for (const auto id : sponsored_programmes) {
            if (id == programme_id) return true;
        }
        return false;
    }
    bool IsMemberOf(long long programme_id) const {
        for (const auto& membership : memberships) {
            if (membership.programme_id == programme_id) return true;
        }
        return false;
    }
};

}  // namespace upward::domain
