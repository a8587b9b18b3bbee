#include "storage/directory/people_repository.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"
#include "storage/directory/people_bulk.hpp"

namespace upward::storage {

namespace {

constexpr int kMaxPageSize = 500;
// Rows per round trip when the whole directory is read from PostgreSQL.
constexpr std::size_t kFetchBatch = 10000;

domain::Person ReadPerson(const soci::row& row) {
    domain::Person person;
    person.employee_id = TextColumn(row, "employee_id");
    person.name = TextColumn(row, "name");
    person.email = TextColumn(row, "email");
    person.grade = IntColumn(row, "grade");
    person.title = TextColumn(row, "title");
    person.department = TextColumn(row, "department");
    person.location = TextColumn(row, "location");
    person.time_zone = TextColumn(row, "time_zone");
    person.manager_id = TextColumn(row, "manager_id");
    person.hire_date = TextColumn(row, "hire_date");
    person.leaving_date = TextColumn(row, "leaving_date");
    person.left = IntColumn(row, "left_company") != 0;
    person.active = IntColumn(row, "active") != 0;
    return person;
}

bool IsSqlite(Connection& session) { return session.get_backend_name() == "sqlite3"; }

// LIKE treats % and _ as wildcards; a search for "50%" means the characters.
std::string ContainsPattern(std::string_view text) {
    std::string pattern = "%";
    for (const char c : ToLower(text)) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

std::vector<domain::Person> LoadAllPeoplePostgres(Connection& session) {
    constexpr int kTextColumns = 10;
    std::vector<std::string> text[kTextColumns];
    std::vector<soci::indicator> present[kTextColumns];
    std::vector<long long> grade(kFetchBatch);
    std::vector<int> left(kFetchBatch);
    std::vector<int> active(kFetchBatch);
    for (int i = 0; i < kTextColumns; ++i) {
        text[i].resize(kFetchBatch);
        present[i].resize(kFetchBatch);
    }
    // Grade and the flags are NOT NULL; every text column may be NULL.
    soci::statement statement =
        (session.prepare << "SELECT employee_id, name, email, title, department, location, time_zone, manager_id, "
                            "hire_date, leaving_date, grade, left_company, active FROM people ORDER BY employee_id",
         soci::into(text[0], present[0]), soci::into(text[1], present[1]), soci::into(text[2], present[2]),
         soci::into(text[3], present[3]), soci::into(text[4], present[4]), soci::into(text[5], present[5]),
         soci::into(text[6], present[6]), soci::into(text[7], present[7]), soci::into(text[8], present[8]),
         soci::into(text[9], present[9]), soci::into(grade), soci::into(left), soci::into(active));
    statement.execute();
    std::vector<domain::Person> people;
    while (statement.fetch()) {
        const auto value = [&](int column, std::size_t row) {
            return present[column][row] == soci::i_ok ? std::move(text[column][row]) : std::string();
        };
        for (std::size_t row = 0; row < grade.size(); ++row) {
            domain::Person& person = people.emplace_back();
            person.employee_id = value(0, row);
            person.name = value(1, row);
            person.email = value(2, row);
            person.title = value(3, row);
            person.department = value(4, row);
            person.location = value(5, row);
            person.time_zone = value(6, row);
            person.manager_id = value(7, row);
            person.hire_date = value(8, row);
            person.leaving_date = value(9, row);
            person.grade = grade[row];
            person.left = left[row] != 0;
            person.active = active[row] != 0;
        }
        // SOCI shrinks the vectors to the rows it fetched; the next batch needs the full size again.
        for (int i = 0; i < kTextColumns; ++i) {
            text[i].resize(kFetchBatch);
            present[i].resize(kFetchBatch);
        }
        grade.resize(kFetchBatch);
        left.resize(kFetchBatch);
        active.resize(kFetchBatch);
    }
    return people;
}

}  // namespace

PeoplePage ListPeople(Connection& session, const PeopleQuery& query) {
    const int limit = std::clamp(query.limit, 1, kMaxPageSize);
    std::string sql = std::string("SELECT ") + kPersonColumns + " FROM people WHERE 1 = 1";
    const std::string pattern = ContainsPattern(query.text);
    const int active = query.active.value_or(true) ? 1 : 0;
    if (!query.cursor.empty()) sql += " AND employee_id > :cursor";
    if (!query.department.empty()) sql += " AND department = :department";
    if (query.active) sql += " AND active = :active";
    if (!query.text.empty()) {
        sql +=
            " AND (LOWER(name) LIKE :p1 ESCAPE '\\' OR LOWER(email) LIKE :p2 ESCAPE '\\'"
            " OR LOWER(employee_id) LIKE :p3 ESCAPE '\\' OR LOWER(title) LIKE :p4 ESCAPE '\\'"
            " OR LOWER(department) LIKE :p5 ESCAPE '\\')";
    }
    // One row more than the page tells whether another page follows.
    sql += " ORDER BY employee_id LIMIT " + std::to_string(limit + 1);

    soci::details::prepare_temp_type statement = (session.prepare << sql);
    if (!query.cursor.empty()) statement, soci::use(query.cursor, "cursor");
    if (!query.department.empty()) statement, soci::use(query.department, "department");
    if (query.active) statement, soci::use(active, "active");
    if (!query.text.empty()) {
        statement, soci::use(pattern, "p1"), soci::use(pattern, "p2"), soci::use(pattern, "p3"),
            soci::use(pattern, "p4"), soci::use(pattern, "p5");
    }
    soci::rowset<soci::row> rows(statement);
    PeoplePage page;
    for (const auto& row : rows) page.items.push_back(ReadPerson(row));
    if (page.items.size() > static_cast<std::size_t>(limit)) {
        page.items.pop_back();
        page.next_cursor = page.items.back().employee_id;
    }
    return page;
}

std::optional<domain::Person> FindPerson(Connection& session, const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kPersonColumns + " FROM people WHERE employee_id = :id",
         soci::use(employee_id));
    for (const auto& row : rows) return ReadPerson(row);
    return std::nullopt;
}

long long CountPeople(Connection& session, bool active_only) {
    long long count = 0;
    session << std::string("SELECT COUNT(*) FROM people") + (active_only ? " WHERE active = 1" : ""), soci::into(count);
    return count;
}

std::vector<domain::Person> LoadAllPeople(Connection& session) {
    return IsSqlite(session) ? LoadAllPeopleSqlite(session) : LoadAllPeoplePostgres(session);
}

void LockPeopleForImport(Connection& session, Backend backend) {
    // Readers carry on; a second import or edit waits for this transaction.
    if (backend == Backend::kPostgres) session << "LOCK TABLE people IN SHARE ROW EXCLUSIVE MODE";
}

void WritePeople(Connection& session, Backend backend, std::size_t count, const PersonSource& source,
                 const std::vector<std::string>& deactivate, long long now) {
    if (count == 0 && deactivate.empty()) return;
    if (backend == Backend::kSqlite) {
        WritePeopleSqlite(session, count, source, deactivate, now);
    } else {
        WritePeoplePostgres(session, count, source, deactivate, now);
    }
}

void WritePeople(Connection& session, Backend backend, const std::vector<const domain::Person*>& upserts,
                 const std::vector<std::string>& deactivate, long long now) {
    std::vector<const domain::Person*> sorted = upserts;
    const auto by_id = [](const domain::Person* a, const domain::Person* b) { return a->employee_id < b->employee_id; };
    if (!std::is_sorted(sorted.begin(), sorted.end(), by_id)) std::sort(sorted.begin(), sorted.end(), by_id);
    std::size_t next = 0;
    const PersonSource source = [&](PersonValues& values) {
        if (next == sorted.size()) return false;
        const domain::Person& person = *sorted[next++];
        values = {person.employee_id, person.name,       person.email,        person.grade,
                  person.title,       person.department, person.location,     person.time_zone,
                  person.manager_id,  person.hire_date,  person.leaving_date, person.left};
        return true;
    };
    WritePeople(session, backend, sorted.size(), source, deactivate, now);
}

void MarkPersonLeft(Connection& session, const std::string& employee_id, const std::string& leaving_date,
                    long long now) {
    session << "UPDATE people SET leaving_date = :d, left_company = 1, updated_at = :now WHERE employee_id = :id",
        soci::use(leaving_date), soci::use(now), soci::use(employee_id);
}

}  // namespace upward::storage
