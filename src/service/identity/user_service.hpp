#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "service/storage_handles.hpp"

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

/// Accounts, for the operator at the command line.
class UserService {
public:
    UserService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    CreatedUser Add(const NewUser& user) { return AddUser(database_, clock_, user); }
    /// The id of the account whose sign-in email is `email`.
    std::optional<long long> FindIdByEmail(const std::string& email);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
