#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/person.hpp"
#include "storage/database.hpp"

namespace upward::storage {

/// One page request of the directory. `text` matches name, email, employee id, title and department,
/// case-insensitively, anywhere in the value; `department` matches exactly; `cursor` is the previous page's
/// next_cursor. `limit` is clamped to 1..500.
struct PeopleQuery {
    std::string text;
    std::string department;
    std::optional<bool> active;
    std::string cursor;
    int limit = 50;
};

struct PeoplePage {
    std::vector<domain::Person> items;
    /// Empty when there are no more pages.
    std::string next_cursor;
};

/// Keyset paging ordered by employee id, so pages stay stable while people are added.
PeoplePage ListPeople(soci::session& session, const PeopleQuery& query);
std::optional<domain::Person> FindPerson(soci::session& session, const std::string& employee_id);
long long CountPeople(soci::session& session, bool active_only);
/// The whole directory, active or not, in employee id order: the import diffs against it.
std::vector<domain::Person> LoadAllPeople(soci::session& session);

/// Inside the caller's write transaction: keeps other writers out of the directory until it ends, so an
/// import's checks hold for what it writes (SQLite's BEGIN IMMEDIATE already does this).
void LockPeopleForImport(soci::session& session, Backend backend);

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
void WritePeople(soci::session& session, Backend backend, std::size_t count, const PersonSource& source,
                 const std::vector<std::string>& deactivate, long long now);

/// Inside the caller's transaction: inserts or updates `upserts` (matched by employee id, marked active) and
/// marks the people with the `deactivate` ids inactive. Never deletes. Bulk paths per backend keep a
/// million-row import fast: a reused prepared statement on SQLite, COPY on PostgreSQL.
void WritePeople(soci::session& session, Backend backend, const std::vector<const domain::Person*>& upserts,
                 const std::vector<std::string>& deactivate, long long now);

}  // namespace upward::storage
