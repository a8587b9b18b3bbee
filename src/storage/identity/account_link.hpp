#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "domain/person.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

// How accounts (users) and directory people (employee ids) are linked: users.person_id.

/// The id of the oldest account linked to `employee_id`, if any.
std::optional<long long> FindUserIdByPerson(Connection& session, const std::string& employee_id);

/// Links an account to a person.
void LinkUserToPerson(Connection& session, long long user_id, const std::string& employee_id);

/// Whether an account linked to `employee_id` is a member of the programme (on any side).
bool PersonIsMember(Connection& session, long long programme_id, const std::string& employee_id);

/// The directory entries (name, grade, department) of everyone `table` (invitations or applications) holds for
/// the programme, by employee id.
std::unordered_map<std::string, domain::Person> DirectoryEntriesIn(Connection& session, const std::string& table,
                                                                   long long programme_id);

}  // namespace upward::storage
