#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "storage/database.hpp"

namespace upward::service {

struct NewUser {
    std::string email;
    /// admin, sponsor, participant; or mentor/mentee together with programme_id.
    std::string role;
    std::string display_name;
    std::string person_id;
    long long programme_id = 0;
    std::string password;  // empty: one is generated and returned
};

struct CreatedUser {
    long long id = 0;
    std::string generated_password;  // empty when the caller chose the password
};

/// Creates an account. InvalidInput names the field; Conflict when the email is taken.
CreatedUser AddUser(storage::Database& database, const Clock& clock, const NewUser& user);

}  // namespace upward::service
