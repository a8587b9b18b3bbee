#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>

#include "storage/people_bulk.hpp"

namespace upward::storage {

namespace {

// COPY data goes to the server in pieces of about this size.
constexpr std::size_t kCopyChunk = 1 << 20;

PGconn* Handle(soci::session& session) {
    return static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_;
}

// Streams rows in COPY's text format: tab-separated, \N for NULL, backslash escapes.
class CopyIn {
public:
    CopyIn(PGconn* connection, const std::string& sql) : connection_(connection) {
        PGresult* result = PQexec(connection_, sql.c_str());
        const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ready) Fail("starting " + sql);
        buffer_.reserve(kCopyChunk + 4096);
    }

    void Text(std::string_view text) {
        Separate();
        if (text.empty()) {
            buffer_ += "\\N";
            return;
        }
        for (const char c : text) {
            switch (c) {
                case '\\': buffer_ += "\\\\"; break;
                case '\t': buffer_ += "\\t"; break;
                case '\n': buffer_ += "\\n"; break;
                case '\r': buffer_ += "\\r"; break;
                default: buffer_ += c;
            }
        }
    }
    void Integer(long long value) {
        Separate();
        buffer_ += std::to_string(value);
    }
    void EndRow() {
        buffer_ += '\n';
        first_in_row_ = true;
        if (buffer_.size() >= kCopyChunk) Flush();
    }
    void Finish() {
        Flush();
        if (PQputCopyEnd(connection_, nullptr) != 1) Fail("ending COPY");
        bool ok = true;
        std::string message;
        while (PGresult* result = PQgetResult(connection_)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                ok = false;
                message = PQresultErrorMessage(result);
            }
            PQclear(result);
        }
        if (!ok) throw std::runtime_error("people directory: COPY failed: " + message);
    }

private:
    void Separate() {
        if (!first_in_row_) buffer_ += '\t';
        first_in_row_ = false;
    }
    void Flush() {
        if (buffer_.empty()) return;
        if (PQputCopyData(connection_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) Fail("sending COPY data");
        buffer_.clear();
    }
    [[noreturn]] void Fail(const std::string& what) {
        throw std::runtime_error("people directory: " + what + ": " + PQerrorMessage(connection_));
    }

    PGconn* connection_;
    std::string buffer_;
    bool first_in_row_ = true;
};

}  // namespace

void WritePeoplePostgres(soci::session& session, std::size_t count, const PersonSource& upserts,
                         const std::vector<std::string>& deactivate, long long now) {
    PGconn* connection = Handle(session);
    // Staging tables vanish at the end of the caller's transaction; dropping first allows a second call in it.
    if (count > 0) {
        session << "DROP TABLE IF EXISTS pg_temp.people_incoming";
        session << "CREATE TEMP TABLE people_incoming (employee_id TEXT NOT NULL, name TEXT, email TEXT, "
                   "grade BIGINT NOT NULL, title TEXT, department TEXT, location TEXT, time_zone TEXT, "
                   "manager_id TEXT, hire_date TEXT, leaving_date TEXT, left_company INTEGER NOT NULL) ON COMMIT DROP";
        CopyIn copy(connection,
                    "COPY people_incoming (employee_id, name, email, grade, title, department, location, time_zone, "
                    "manager_id, hire_date, leaving_date, left_company) FROM STDIN");
        PersonValues person;
        while (upserts(person)) {
            copy.Text(person.employee_id);
            copy.Text(person.name);
            copy.Text(person.email);
            copy.Integer(person.grade);
            copy.Text(person.title);
            copy.Text(person.department);
            copy.Text(person.location);
            copy.Text(person.time_zone);
            copy.Text(person.manager_id);
            copy.Text(person.hire_date);
            copy.Text(person.leaving_date);
            copy.Integer(person.left ? 1 : 0);
            copy.EndRow();
        }
        copy.Finish();
        session << std::string("INSERT INTO people (") + kPersonColumns +
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
        CopyIn copy(connection, "COPY people_leaving (employee_id) FROM STDIN");
        for (const auto& employee_id : deactivate) {
            copy.Text(employee_id);
            copy.EndRow();
        }
        copy.Finish();
        session << "UPDATE people SET active = 0, updated_at = :now FROM people_leaving "
                   "WHERE people.employee_id = people_leaving.employee_id AND people.active = 1",
            soci::use(now);
    }
}

}  // namespace upward::storage
