#include "storage/directory/person_contact.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::optional<PersonContact> FindPersonContact(Connection& session, const std::string& employee_id) {
    PersonContact contact;
    {
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT name, email FROM people WHERE employee_id = :e", soci::use(employee_id));
        for (const auto& row : rows) {
            contact.name = TextColumn(row, "name");
            contact.email = TextColumn(row, "email");
        }
    }
    soci::rowset<soci::row> accounts =
        (session.prepare << "SELECT email, display_name FROM users WHERE person_id = :e AND disabled = 0 ORDER BY id",
         soci::use(employee_id));
    for (const auto& row : accounts) {
        contact.email = TextColumn(row, "email");
        if (contact.name.empty()) contact.name = TextColumn(row, "display_name");
        break;
    }
    if (contact.email.empty()) return std::nullopt;
    if (contact.name.empty()) contact.name = employee_id;
    return contact;
}

}  // namespace upward::storage
