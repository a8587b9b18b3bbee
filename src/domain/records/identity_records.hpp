#pragma once

// Accounts and API tokens as storage holds them. Plain data: storage returns it, services pass it up, http renders it.

#include <optional>
#include <string>

#include "domain/roles.hpp"

namespace upward::domain {

struct ApiToken {
    long long id = 0;
    long long user_id = 0;
    std::string name;
    long long created_at = 0;
    std::optional<long long> last_used_at;
    bool revoked = false;
};

struct UserRecord {
    long long id = 0;
    std::string email;
    std::string display_name;
    std::string password_hash;
    Role role = Role::kParticipant;
    std::string person_id;
    bool disabled = false;
    long long created_at = 0;
};

}  // namespace upward::domain
