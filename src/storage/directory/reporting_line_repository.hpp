#pragma once

#include <set>
#include <string>

#include "storage/database/connection.hpp"

namespace upward::storage {

// The reporting line as the directory's manager_id column draws it, walked by the database with a recursive
// query. Inactive people stay in the walk: a chain through someone marked inactive is still the line the
// directory records. UNION (not UNION ALL) drops rows seen before, so bad data with a cycle still ends.

/// Everyone above `employee_id`: their manager, the manager's manager, and so on. Empty for unknown people.
std::set<std::string> ManagerChain(Connection& session, const std::string& employee_id);

/// The employee ids of the programme's mentor applicants who report to `manager_id`, directly or further down.
std::set<std::string> MentorApplicantsReportingTo(Connection& session, long long programme_id,
                                                  const std::string& manager_id);

}  // namespace upward::storage
