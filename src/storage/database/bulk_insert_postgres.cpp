#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>

#include "storage/database/bulk_insert_writer.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// COPY data goes to the server in pieces of about this size.
constexpr std::size_t kCopyChunk = 1 << 20;

// Streams rows in COPY's text format: tab-separated, \N for NULL, backslash escapes.
class PostgresWriter final : public BulkInsert::Writer {
public:
    PostgresWriter(Connection& session, const std::string& table, const std::vector<std::string>& columns)
        : connection_(static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_), table_(table) {
        std::string sql = "COPY " + table + " (";
        for (std::size_t c = 0; c < columns.size(); ++c) sql += (c == 0 ? "" : ", ") + columns[c];
        sql += ") FROM STDIN";
        PGresult* result = PQexec(connection_, sql.c_str());
        const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ready) Fail("starting COPY");
        buffer_.reserve(kCopyChunk + 4096);
    }
    ~PostgresWriter() override {
        // An unfinished COPY (an exception on the way) must end, or the connection stays in COPY mode and
        // the caller's ROLLBACK fails.
        if (!finished_) {
            PQputCopyEnd(connection_, "abandoned");
            while (PGresult* result = PQgetResult(connection_)) PQclear(result);
        }
    }

    void Text(std::string_view text) override {
        Separate();
        if (text.empty()) {
            buffer_ += "\\N";
            return;
        }
        for (const char c : text) {
            switch (c) {
                case '\\':
                    buffer_ += "\\\\";
                    break;
                case '\t':
                    buffer_ += "\\t";
                    break;
                case '\n':
                    buffer_ += "\\n";
                    break;
                case '\r':
                    buffer_ += "\\r";
                    break;
                default:
                    buffer_ += c;
            }
        }
    }
    void Integer(long long value) override {
        Separate();
        buffer_ += std::to_string(value);
    }
    void EndRow() override {
        buffer_ += '\n';
        first_in_row_ = true;
        if (buffer_.size() >= kCopyChunk) Flush();
    }
    void Finish() override {
        Flush();
        finished_ = true;
        if (PQputCopyEnd(connection_, nullptr) != 1) Fail("ending COPY");
        std::string message;
        while (PGresult* result = PQgetResult(connection_)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) message = PQresultErrorMessage(result);
            PQclear(result);
        }
        if (!message.empty()) throw std::runtime_error("bulk insert into " + table_ + ": COPY failed: " + message);
    }

private:
    void Separate() {
        if (!first_in_row_) buffer_ += '\t';
        first_in_row_ = false;
    }
    void Flush() {
        if (buffer_.empty()) return;
        if (PQputCopyData(connection_, buffer_.data(), static_cast<int>(buffer_.size())) != 1)
            Fail("sending COPY data");
        buffer_.clear();
    }
    [[noreturn]] void Fail(const std::string& what) {
        throw std::runtime_error("bulk insert into " + table_ + ": " + what + ": " + PQerrorMessage(connection_));
    }

    PGconn* connection_;
    std::string table_;
    std::string buffer_;
    bool first_in_row_ = true;
    bool finished_ = false;
};

}  // namespace

std::unique_ptr<BulkInsert::Writer> MakePostgresBulkWriter(Connection& session, const std::string& table,
                                                           const std::vector<std::string>& columns) {
    return std::make_unique<PostgresWriter>(session, table, columns);
}

}  // namespace upward::storage
