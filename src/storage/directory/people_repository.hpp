#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/person.hpp"
#include "domain/records/directory_records.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

using domain::PeopleQuery;

using domain::PeoplePage;

/// Keyset paging ordered by employee id, so pages stay stable while people are added.
PeoplePage ListPeople(Connection& session, const PeopleQuery& query);
std::optional<domain::Person> FindPerson(Connection& session, const std::string& employee_id);
long long CountPeople(Connection& session, bool active_only);
/// Records that the person left the company on `leaving_date` (YYYY-MM-DD).
void MarkPersonLeft(Connection& session, const std::string& employee_id, const std::string& leaving_date,
                    long long now);
/// The whole directory, active or not, in employee id order: the import diffs against it.
std::vector<domain::Person> LoadAllPeople(Connection& session);

/// Inside the caller's write transaction: keeps other writers out of the directory until it ends, so an
/// import's checks hold for what it writes (SQLite's BEGIN IMMEDIATE already does this).
void LockPeopleForImport(Connection& session, Backend backend);

/// One person's values to write, as views into the caller's buffers (empty text is stored as NULL).
struct PersonValues {
    std::string_view employee_id;
    std::string_view name;
    std::string_view email;
    long long grade = 0;
    std::string_view title;
    std::string_view department;
    std::string_view location;
    std::string_view time_zone;
    std::string_view manager_id;
    std::string_view hire_date;
    std::string_view leaving_date;
    bool left = false;
};

/// Hands out the people to write one at a time, false when done. The text it points to must stay valid until
/// WritePeople returns (rows are written in batches). A million-row import streams its rows this way instead
/// of holding a million Person copies.
using PersonSource = std::function<bool(PersonValues&)>;

/// As below, with the people from `source` (`count` of them, which picks the bulk path). Each employee id
/// at most once; in employee id order the SQLite path is fastest.
void WritePeople(Connection& session, Backend backend, std::size_t count, const PersonSource& source,
                 const std::vector<std::string>& deactivate, long long now);

/// Inside the caller's transaction: inserts or updates `upserts` (matched by employee id, marked active) and
/// marks the people with the `deactivate` ids inactive. Never deletes. Bulk paths per backend keep a
/// million-row import fast: a reused prepared statement on SQLite, COPY on PostgreSQL.
void WritePeople(Connection& session, Backend backend, const std::vector<const domain::Person*>& upserts,
                 const std::vector<std::string>& deactivate, long long now);

}  // namespace upward::storage
