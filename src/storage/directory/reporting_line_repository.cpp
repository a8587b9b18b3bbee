#include "storage/directory/reporting_line_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::set<std::string> ManagerChain(Connection& session, const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "WITH RECURSIVE chain (manager_id) AS ("
                            " SELECT manager_id FROM people WHERE employee_id = :e"
                            " UNION"
                            " SELECT p.manager_id FROM people p JOIN chain c ON p.employee_id = c.manager_id"
                            ") SELECT manager_id FROM chain WHERE manager_id IS NOT NULL AND manager_id <> ''",
         soci::use(employee_id));
    std::set<std::string> chain;
    for (const auto& row : rows) chain.insert(TextColumn(row, "manager_id"));
    chain.erase(employee_id);  // a person listed as their own manager is not above themselves
    return chain;
}

std::set<std::string> MentorApplicantsReportingTo(Connection& session, long long programme_id,
                                                  const std::string& manager_id) {
    // Walks up from every mentor applicant at once, carrying who the walk started from.
    soci::rowset<soci::row> rows =
        (session.prepare
             << "WITH RECURSIVE chain (applicant, manager_id) AS ("
                " SELECT a.employee_id, p.manager_id FROM applications a"
                " JOIN people p ON p.employee_id = a.employee_id"
                " WHERE a.programme_id = :p AND a.side = 'mentor'"
                " UNION"
                " SELECT c.applicant, p.manager_id FROM chain c JOIN people p ON p.employee_id = c.manager_id"
                ") SELECT DISTINCT applicant FROM chain WHERE manager_id = :m AND applicant <> :m2",
         soci::use(programme_id), soci::use(manager_id), soci::use(manager_id));
    std::set<std::string> applicants;
    for (const auto& row : rows) applicants.insert(TextColumn(row, "applicant"));
    return applicants;
}

}  // namespace upward::storage
