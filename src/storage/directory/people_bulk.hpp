#pragma once

#include <string>
#include <vector>

#include "storage/database/connection.hpp"
#include "storage/directory/people_repository.hpp"

// The directory's bulk paths, one per backend: SOCI's own bulk operations send PostgreSQL one row at a time
// and pay a conversion per value on SQLite, far too slow for a million-row HRIS export.
namespace upward::storage {

// The columns an import writes, in the order both backends bind them.
inline constexpr const char* kPersonColumns =
    "employee_id, name, email, grade, title, department, location, time_zone, manager_id, hire_date, "
    "leaving_date, left_company, active, updated_at";

void WritePeopleSqlite(Connection& session, std::size_t count, const PersonSource& upserts,
                       const std::vector<std::string>& deactivate, long long now);
std::vector<domain::Person> LoadAllPeopleSqlite(Connection& session);

void WritePeoplePostgres(Connection& session, std::size_t count, const PersonSource& upserts,
                         const std::vector<std::string>& deactivate, long long now);

}  // namespace upward::storage
