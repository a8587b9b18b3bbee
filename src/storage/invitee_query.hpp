#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"

namespace upward::storage {

/// Whom an admin invites by filter: active people (not left) within a grade range, department and location.
/// Empty text and absent bounds do not filter.
struct InviteeFilter {
    std::optional<long long> grade_min;
    std::optional<long long> grade_max;
    std::string department;
    std::string location;
};

/// The people matching `filter`, in employee id order, at most `limit` of them.
std::vector<domain::Person> FindInvitees(soci::session& session, const InviteeFilter& filter, std::size_t limit);

/// The lowest grade of any active person in the directory (none when it is empty): the floor of the mentee
/// grade rule.
std::optional<long long> LowestActiveGrade(soci::session& session);

}  // namespace upward::storage
