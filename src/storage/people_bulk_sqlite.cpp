#include <soci/sqlite3/soci-sqlite3.h>

#include <memory>
#include <stdexcept>

#include "storage/people_bulk.hpp"

namespace upward::storage {

namespace {

using namespace sqlite_api;

// Below this many rows the plain upsert is quick enough and keeps the indexes untouched.
constexpr std::size_t kRebuildIndexesFrom = 10000;
constexpr std::size_t kValuesPerRow = 12;
// 64 rows of 12 values stay far below SQLite's limit of 32766 parameters per statement.
constexpr std::size_t kRowsPerStatement = 64;

sqlite3* Handle(soci::session& session) {
    return static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
}

[[noreturn]] void Fail(sqlite3* db, const std::string& what) {
    throw std::runtime_error("people directory: " + what + ": " + sqlite3_errmsg(db));
}

void Execute(sqlite3* db, const std::string& sql) {
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) Fail(db, sql);
}

// One prepared statement reused for every row: values are bound in place, never copied (SQLITE_STATIC),
// so the caller's strings must outlive each Run.
class Statement {
public:
    Statement(sqlite3* db, const std::string& sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr) != SQLITE_OK) {
            Fail(db, "preparing " + sql);
        }
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Empty text is stored as NULL, as everywhere else in the directory.
    void Text(int index, std::string_view text) {
        if (text.empty()) {
            sqlite3_bind_null(statement_, index);
        } else {
            sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
        }
    }
    void Integer(int index, long long value) { sqlite3_bind_int64(statement_, index, value); }
    void Run() {
        if (sqlite3_step(statement_) != SQLITE_DONE) Fail(db_, "writing a person");
        sqlite3_reset(statement_);
    }
    bool NextRow() {
        const int status = sqlite3_step(statement_);
        if (status == SQLITE_ROW) return true;
        if (status != SQLITE_DONE) Fail(db_, "reading people");
        return false;
    }
    std::string Column(int index) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, index));
        return text == nullptr ? std::string() : std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, index)));
    }
    long long IntegerColumn(int index) { return sqlite3_column_int64(statement_, index); }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

bool PeopleTableEmpty(sqlite3* db) {
    Statement probe(db, "SELECT 1 FROM people LIMIT 1");
    return !probe.NextRow();
}

// The secondary indexes as their migrations declared them (the UNIQUE index has no SQL and stays).
std::vector<std::pair<std::string, std::string>> SecondaryIndexes(sqlite3* db) {
    Statement query(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL");
    std::vector<std::pair<std::string, std::string>> indexes;
    while (query.NextRow()) indexes.emplace_back(query.Column(0), query.Column(1));
    return indexes;
}

void Upsert(sqlite3* db, std::size_t count, const PersonSource& people, long long now) {
    // Into an empty table, building the secondary indexes once afterwards is much cheaper than keeping them
    // up to date row by row; DROP and CREATE INDEX are part of the caller's transaction, so a failure
    // restores them with everything else.
    const bool rebuild = count >= kRebuildIndexesFrom && PeopleTableEmpty(db);
    const auto indexes = rebuild ? SecondaryIndexes(db) : std::vector<std::pair<std::string, std::string>>{};
    for (const auto& index : indexes) Execute(db, "DROP INDEX \"" + index.first + "\"");

    // Many rows per statement: each statement's start and end (including AUTOINCREMENT's bookkeeping) is
    // paid once per batch instead of once per person.
    const auto prepare = [&](std::size_t rows) {
        std::string sql = std::string("INSERT INTO people (") + kPersonColumns + ") VALUES ";
        const std::string now_parameter = "?" + std::to_string(rows * kValuesPerRow + 1);
        for (std::size_t row = 0; row < rows; ++row) {
            sql += row == 0 ? "(" : ", (";
            for (std::size_t value = 1; value <= kValuesPerRow; ++value) sql += "?" + std::to_string(row * kValuesPerRow + value) + ", ";
            sql += "1, " + now_parameter + ")";
        }
        if (!rebuild) {
            sql += " ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                   "grade = excluded.grade, title = excluded.title, department = excluded.department, "
                   "location = excluded.location, time_zone = excluded.time_zone, manager_id = excluded.manager_id, "
                   "hire_date = excluded.hire_date, leaving_date = excluded.leaving_date, "
                   "left_company = excluded.left_company, active = 1, updated_at = excluded.updated_at";
        }
        auto statement = std::make_unique<Statement>(db, sql);
        statement->Integer(static_cast<int>(rows * kValuesPerRow + 1), now);
        return statement;
    };
    std::unique_ptr<Statement> full_batch;  // prepared once, on first use
    std::vector<PersonValues> batch;
    batch.reserve(kRowsPerStatement);
    const auto flush = [&] {
        std::unique_ptr<Statement> last_batch;
        if (batch.size() == kRowsPerStatement && !full_batch) full_batch = prepare(kRowsPerStatement);
        if (batch.size() < kRowsPerStatement) last_batch = prepare(batch.size());
        Statement& insert = last_batch ? *last_batch : *full_batch;
        int at = 0;
        for (const PersonValues& person : batch) {
            insert.Text(++at, person.employee_id);
            insert.Text(++at, person.name);
            insert.Text(++at, person.email);
            insert.Integer(++at, person.grade);
            insert.Text(++at, person.title);
            insert.Text(++at, person.department);
            insert.Text(++at, person.location);
            insert.Text(++at, person.time_zone);
            insert.Text(++at, person.manager_id);
            insert.Text(++at, person.hire_date);
            insert.Text(++at, person.leaving_date);
            insert.Integer(++at, person.left ? 1 : 0);
        }
        insert.Run();
        batch.clear();
    };
    PersonValues person;
    while (people(person)) {
        batch.push_back(person);
        if (batch.size() == kRowsPerStatement) flush();
    }
    if (!batch.empty()) flush();
    for (const auto& index : indexes) Execute(db, index.second);
}

}  // namespace

void WritePeopleSqlite(soci::session& session, std::size_t count, const PersonSource& upserts,
                       const std::vector<std::string>& deactivate, long long now) {
    sqlite3* db = Handle(session);
    if (count > 0) Upsert(db, count, upserts, now);
    if (deactivate.empty()) return;
    Statement update(db, "UPDATE people SET active = 0, updated_at = ?1 WHERE employee_id = ?2 AND active = 1");
    update.Integer(1, now);
    for (const auto& employee_id : deactivate) {
        update.Text(2, employee_id);
        update.Run();
    }
}

std::vector<domain::Person> LoadAllPeopleSqlite(soci::session& session) {
    sqlite3* db = Handle(session);
    Statement query(db, std::string("SELECT ") + kPersonColumns + " FROM people ORDER BY employee_id");
    std::vector<domain::Person> people;
    Statement count(db, "SELECT COUNT(*) FROM people");
    if (count.NextRow()) people.reserve(static_cast<std::size_t>(count.IntegerColumn(0)));
    while (query.NextRow()) {
        domain::Person& person = people.emplace_back();
        person.employee_id = query.Column(0);
        person.name = query.Column(1);
        person.email = query.Column(2);
        person.grade = query.IntegerColumn(3);
        person.title = query.Column(4);
        person.department = query.Column(5);
        person.location = query.Column(6);
        person.time_zone = query.Column(7);
        person.manager_id = query.Column(8);
        person.hire_date = query.Column(9);
        person.leaving_date = query.Column(10);
        person.left = query.IntegerColumn(11) != 0;
        person.active = query.IntegerColumn(12) != 0;
    }
    return people;
}

}  // namespace upward::storage
