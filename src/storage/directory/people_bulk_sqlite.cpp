#include <fcntl.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "storage/database/sql.hpp"
#include "storage/directory/people_bulk.hpp"

namespace upward::storage {

namespace {

using namespace sqlite_api;

// Below this many rows the plain upsert is quick enough and keeps the indexes untouched.
constexpr std::size_t kRebuildIndexesFrom = 10000;
constexpr std::size_t kValuesPerRow = 12;
// 64 rows of 12 values stay far below SQLite's limit of 32766 parameters per statement.
constexpr std::size_t kRowsPerStatement = 64;
// The page cache while rows are written: the default 2 MiB is just too small to keep the pages that every
// insert touches again (the tables' right edges and inner pages), and each one pushed out early is written
// to the WAL again and again, with its checksums read back at commit.
constexpr long long kWriteCacheKib = 8LL * 1024;

sqlite3* Handle(Connection& session) {
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
        return text == nullptr ? std::string()
                               : std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, index)));
    }
    long long IntegerColumn(int index) { return sqlite3_column_int64(statement_, index); }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

long long QueryInteger(sqlite3* db, const std::string& sql) {
    Statement query(db, sql);
    return query.NextRow() ? query.IntegerColumn(0) : 0;
}

// Sets an integer PRAGMA of the connection for as long as it lives, then the value it had: the connection
// goes back to the pool afterwards.
class PragmaWhile {
public:
    PragmaWhile(sqlite3* db, std::string name, long long value)
        : db_(db), name_(std::move(name)), previous_(QueryInteger(db, "PRAGMA " + name_)) {
        Execute(db, "PRAGMA " + name_ + " = " + std::to_string(value));
    }
    ~PragmaWhile() {
        // Best effort when unwinding: a failure leaves only a tuned connection behind.
        sqlite3_exec(db_, ("PRAGMA " + name_ + " = " + std::to_string(previous_)).c_str(), nullptr, nullptr, nullptr);
    }
    PragmaWhile(const PragmaWhile&) = delete;
    PragmaWhile& operator=(const PragmaWhile&) = delete;

private:
    sqlite3* db_;
    std::string name_;
    long long previous_;
};

// Has the kernel write the WAL to disk in the background while this lives. The checkpoint at commit fsyncs
// the WAL before copying it into the database; a bulk load has put a few hundred megabytes there, and the
// part already on disk by then does not hold the commit up. sync_file_range only starts the writing, but
// it blocks while handing a large file to the disk queue, hence the thread. Advice only: durability still
// comes from SQLite's own fsync.
class WalWriteback {
public:
    explicit WalWriteback(sqlite3* db) {
#ifdef SYNC_FILE_RANGE_WRITE
        const char* database = sqlite3_db_filename(db, "main");
        if (database == nullptr || *database == '\0') return;  // a temporary or in-memory database
        const char* wal = sqlite3_filename_wal(database);
        if (wal == nullptr || *wal == '\0') return;
        thread_ = std::thread([path = std::string(wal)] {
            const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) return;
            ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            ::close(fd);
        });
#else
        (void)db;
#endif
    }
    ~WalWriteback() {
        if (thread_.joinable()) thread_.join();
    }
    WalWriteback(const WalWriteback&) = delete;
    WalWriteback& operator=(const WalWriteback&) = delete;

private:
    std::thread thread_;
};

bool PeopleTableEmpty(sqlite3* db) {
    Statement probe(db, "SELECT 1 FROM people LIMIT 1");
    return !probe.NextRow();
}

// The secondary indexes as their migrations declared them (the UNIQUE index has no SQL and stays).
std::vector<std::pair<std::string, std::string>> SecondaryIndexes(sqlite3* db) {
    Statement query(
        db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL");
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
    std::optional<PragmaWhile> cache(std::in_place, db, "cache_size", -kWriteCacheKib);

    // Many rows per statement: each statement's start and end (including AUTOINCREMENT's bookkeeping) is
    // paid once per batch instead of once per person.
    //
    // OR FAIL: a many-row INSERT that may ABORT half-way must be able to undo its own first rows, so SQLite
    // copies every page it touches into a statement journal first, which doubled the pages written by a
    // bulk load. Nothing here is expected to fail (the rows were checked), and if something does, the error
    // ends the caller's transaction, which undoes all of it anyway.
    const auto prepare = [&](std::size_t rows) {
        std::string sql = std::string("INSERT OR FAIL INTO people (") + kPersonColumns + ") VALUES ";
        const std::string now_parameter = "?" + std::to_string(rows * kValuesPerRow + 1);
        for (std::size_t row = 0; row < rows; ++row) {
            sql += row == 0 ? "(" : ", (";
            for (std::size_t value = 1; value <= kValuesPerRow; ++value)
                sql += "?" + std::to_string(row * kValuesPerRow + value) + ", ";
            sql += "1, " + now_parameter + ")";
        }
        if (!rebuild) {
            sql +=
                " ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, email = excluded.email, "
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
    // The pages still dirty go to the WAL now, each once. Left in the cache they would be pushed out by the
    // next statement, and CREATE INDEX, a statement that can be undone, copies every page it pushes out
    // into its statement journal first. Its sort runs are as big as the cache, and smaller runs sort faster:
    // the cache is back to its size before the indexes are built.
    if (sqlite3_db_cacheflush(db) != SQLITE_OK) Fail(db, "writing the page cache");
    cache.reset();
    if (indexes.empty()) return;
    // The table is in the WAL now and the indexes take a while: time for the disk to take the table.
    const WalWriteback writeback(db);
    for (const auto& index : indexes) Execute(db, index.second);
}

}  // namespace

void WritePeopleSqlite(Connection& session, std::size_t count, const PersonSource& upserts,
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

std::vector<domain::Person> LoadAllPeopleSqlite(Connection& session) {
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
