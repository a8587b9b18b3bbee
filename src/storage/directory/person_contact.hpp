#pragma once

#include <optional>
#include <string>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// Where to write to a person: the email of their (enabled) account when they have one, since that is the
/// address they sign in with, otherwise the directory's; the name is the directory's, else the account's.
struct PersonContact {
    std::string name;
    std::string email;
};

/// nullopt when neither the account nor the directory has an email address for `employee_id`.
std::optional<PersonContact> FindPersonContact(Connection& session, const std::string& employee_id);

}  // namespace upward::storage
