#include "storage/identity/account_link.hpp"

#include <stdexcept>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::optional<long long> FindUserIdByPerson(Connection& session, const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id FROM users WHERE person_id = :e ORDER BY id LIMIT 1", soci::use(employee_id));
    for (const auto& row : rows) return IntColumn(row, "id");
    return std::nullopt;
}

void LinkUserToPerson(Connection& session, long long user_id, const std::string& employee_id) {
    session << "UPDATE users SET person_id = :e WHERE id = :u", soci::use(employee_id), soci::use(user_id);
}

bool PersonIsMember(Connection& session, long long programme_id, const std::string& employee_id) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM programme_members m JOIN users u ON u.id = m.user_id "
               "WHERE m.programme_id = :p AND u.person_id = :e AND m.role IN ('mentor', 'mentee')",
        soci::use(programme_id), soci::use(employee_id), soci::into(count);
    return count > 0;
}

std::unordered_map<std::string, domain::Person> DirectoryEntriesIn(Connection& session, const std::string& table,
                                                                   long long programme_id) {
    // The table name is one of ours, never the caller's text.
    if (table != "invitations" && table != "applications") throw std::invalid_argument("no such table: " + table);
    soci::rowset<soci::row> rows = (session.prepare << "SELECT employee_id, name, grade, department FROM people WHERE "
                                                       "employee_id IN (SELECT employee_id FROM " +
                                                           table + " WHERE programme_id = :p)",
                                    soci::use(programme_id));
    std::unordered_map<std::string, domain::Person> entries;
    for (const auto& row : rows) {
        domain::Person person;
        person.employee_id = TextColumn(row, "employee_id");
        person.name = TextColumn(row, "name");
        person.grade = IntColumn(row, "grade");
        person.department = TextColumn(row, "department");
        entries.emplace(person.employee_id, std::move(person));
    }
    return entries;
}

}  // namespace upward::storage
