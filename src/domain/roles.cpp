#include "domain/roles.hpp"

namespace upward::domain {

std::string_view ToString(Role role) {
    switch (role) {
        case Role::kAdmin:
            return "admin";
        case Role::kSponsor:
            return "sponsor";
        case Role::kParticipant:
            return "participant";
    }
    return "participant";
}

std::string_view ToString(ProgrammeRole role) { return role == ProgrammeRole::kMentor ? "mentor" : "mentee"; }

std::optional<Role> ParseRole(std::string_view text) {
    if (text == "admin") return Role::kAdmin;
    if (text == "sponsor") return Role::kSponsor;
    if (text == "participant") return Role::kParticipant;
    return std::nullopt;
}

std::optional<ProgrammeRole> ParseProgrammeRole(std::string_view text) {
    if (text == "mentor") return ProgrammeRole::kMentor;
    if (text == "mentee") return ProgrammeRole::kMentee;
    return std::nullopt;
}

}  // namespace upward::domain
