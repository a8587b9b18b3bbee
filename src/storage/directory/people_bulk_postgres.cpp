#include "storage/database/bulk_insert_writer.hpp"
#include "storage/database/sql.hpp"
#include "storage/directory/people_bulk.hpp"

namespace upward::storage {

void WritePeoplePostgres(Connection& session, std::size_t count, const PersonSource& upserts,
                         const std::vector<std::string>& deactivate, long long now) {
    // Staging tables vanish at the end of the caller's transaction; dropping first allows a second call in it.
    if (count > 0) {
        session << "DROP TABLE IF EXISTS pg_temp.people_incoming";
        session << "CREATE TEMP TABLE people_incoming (employee_id TEXT NOT NULL, name TEXT, email TEXT, "
                   "grade BIGINT NOT NULL, title TEXT, department TEXT, location TEXT, time_zone TEXT, "
                   "manager_id TEXT, hire_date TEXT, leaving_date TEXT, left_company INTEGER NOT NULL) ON COMMIT DROP";
        // The generic COPY writer streams the rows; the upsert then runs server-side in one statement.
        auto copy = MakePostgresBulkWriter(session, "people_incoming",
                                           {"employee_id", "name", "email", "grade", "title", "department", "location",
                                            "time_zone", "manager_id", "hire_date", "leaving_date", "left_company"});
        PersonValues person;
        while (upserts(person)) {
            copy->Text(person.employee_id);
            copy->Text(person.name);
            copy->Text(person.email);
            copy->Integer(person.grade);
            copy->Text(person.title);
            copy->Text(person.department);
            copy->Text(person.location);
            copy->Text(person.time_zone);
            copy->Text(person.manager_id);
            copy->Text(person.hire_date);
            copy->Text(person.leaving_date);
            copy->Integer(person.left ? 1 : 0);
            copy->EndRow();
        }
        copy->Finish();
        session
            << std::string("INSERT INTO people (") + kPersonColumns +
                   ") SELECT employee_id, name, email, grade, title, department, location, time_zone, manager_id, "
                   "hire_date, leaving_date, left_company, 1, :now FROM people_incoming "
                   "ON CONFLICT (employee_id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, "
                   "grade = EXCLUDED.grade, title = EXCLUDED.title, department = EXCLUDED.department, "
                   "location = EXCLUDED.location, time_zone = EXCLUDED.time_zone, manager_id = EXCLUDED.manager_id, "
                   "hire_date = EXCLUDED.hire_date, leaving_date = EXCLUDED.leaving_date, "
                   "left_company = EXCLUDED.left_company, active = 1, updated_at = EXCLUDED.updated_at",
            soci::use(now);
    }
    if (!deactivate.empty()) {
        session << "DROP TABLE IF EXISTS pg_temp.people_leaving";
        session << "CREATE TEMP TABLE people_leaving (employee_id TEXT NOT NULL) ON COMMIT DROP";
        auto copy = MakePostgresBulkWriter(session, "people_leaving", {"employee_id"});
        for (const auto& employee_id : deactivate) {
            copy->Text(employee_id);
            copy->EndRow();
        }
        copy->Finish();
        session << "UPDATE people SET active = 0, updated_at = :now FROM people_leaving "
                   "WHERE people.employee_id = people_leaving.employee_id AND people.active = 1",
            soci::use(now);
    }
}

}  // namespace upward::storage
