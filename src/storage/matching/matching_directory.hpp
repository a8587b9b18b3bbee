#pragma once

#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// The active people directory in columns, as matching reads it: what the rules and scores need and no
/// personal text. Departments and time zones are interned (each name once, people hold its index).
struct DirectoryColumns {
    std::vector<std::string> employee_id;
    std::vector<long long> grade;
    std::vector<int> department;  // index into department_names, -1 when absent
    std::vector<int> time_zone;   // index into time_zone_names, -1 when absent
    std::vector<std::string> manager_id;
    std::vector<std::string> department_names;
    std::vector<std::string> time_zone_names;

    std::size_t Size() const { return employee_id.size(); }
};

/// Every active person, in one query fetched in batches.
DirectoryColumns LoadActiveDirectory(Connection& session);

/// The named people and everyone up their manager chains (active people only): enough to decide the
/// reporting-line rule among the named people without reading the whole directory. Unknown ids are left out.
DirectoryColumns LoadDirectoryChains(Connection& session, const std::vector<std::string>& employee_ids);

}  // namespace upward::storage
