#include "storage/enrolment/invitee_query.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::vector<domain::Person> FindInvitees(Connection& session, const InviteeFilter& filter, std::size_t limit) {
    std::string sql =
        "SELECT employee_id, name, email, grade, department, location FROM people WHERE active = 1 AND left_company = "
        "0";
    if (filter.grade_min) sql += " AND grade >= :grade_min";
    if (filter.grade_max) sql += " AND grade <= :grade_max";
    if (!filter.department.empty()) sql += " AND department = :department";
    if (!filter.location.empty()) sql += " AND location = :location";
    sql += " ORDER BY employee_id LIMIT " + std::to_string(limit);

    const long long grade_min = filter.grade_min.value_or(0);
    const long long grade_max = filter.grade_max.value_or(0);
    soci::details::prepare_temp_type statement = (session.prepare << sql);
    if (filter.grade_min) statement, soci::use(grade_min, "grade_min");
    if (filter.grade_max) statement, soci::use(grade_max, "grade_max");
    if (!filter.department.empty()) statement, soci::use(filter.department, "department");
    if (!filter.location.empty()) statement, soci::use(filter.location, "location");
    soci::rowset<soci::row> rows(statement);
    std::vector<domain::Person> people;
    for (const auto& row : rows) {
        domain::Person person;
        person.employee_id = TextColumn(row, "employee_id");
        person.name = TextColumn(row, "name");
        person.email = TextColumn(row, "email");
        person.grade = IntColumn(row, "grade");
        person.department = TextColumn(row, "department");
        person.location = TextColumn(row, "location");
        people.push_back(std::move(person));
    }
    return people;
}

std::optional<long long> LowestActiveGrade(Connection& session) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT MIN(grade) AS lowest FROM people WHERE active = 1 AND left_company = 0");
    for (const auto& row : rows) return OptionalIntColumn(row, "lowest");
    return std::nullopt;
}

}  // namespace upward::storage
