#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "domain/records/enrolment_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

using domain::InviteeFilter;

/// The people matching `filter`, in employee id order, at most `limit` of them.
std::vector<domain::Person> FindInvitees(Connection& session, const InviteeFilter& filter, std::size_t limit);

/// The lowest grade of any active person in the directory (none when it is empty): the floor of the mentee
/// grade rule.
std::optional<long long> LowestActiveGrade(Connection& session);

}  // namespace upward::storage
