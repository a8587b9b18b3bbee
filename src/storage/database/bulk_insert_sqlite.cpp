#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <stdexcept>
#include <variant>

#include "storage/database/bulk_insert_writer.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

using namespace sqlite_api;

// Rows per INSERT: the statement's start and end are paid once per batch. SQLite allows 32766 parameters.
constexpr std::size_t kMaxParameters = 30000;
constexpr std::size_t kMaxRowsPerStatement = 64;

class SqliteWriter final : public BulkInsert::Writer {
public:
    SqliteWriter(Connection& session, const std::string& table, const std::vector<std::string>& columns)
        : db_(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_),
          table_(table),
          columns_(columns),
          rows_per_statement_(
              std::max<std::size_t>(1, std::min(kMaxRowsPerStatement, kMaxParameters / columns.size()))) {
        values_.reserve(rows_per_statement_ * columns_.size());
    }
    ~SqliteWriter() override {
        if (full_ != nullptr) sqlite3_finalize(full_);
    }

    // Values are copied: the caller's text may be gone by the time a batch is sent.
    void Text(std::string_view text) override {
        if (text.empty()) {
            values_.emplace_back(std::monostate{});
        } else {
            values_.emplace_back(std::string(text));
        }
    }
    void Integer(long long value) override { values_.emplace_back(value); }
    void EndRow() override {
        if (values_.size() != (++rows_) * columns_.size()) {
            throw std::logic_error("bulk insert into " + table_ + ": a row has the wrong number of values");
        }
        if (rows_ == rows_per_statement_) Flush();
    }
    void Finish() override { Flush(); }

private:
    sqlite3_stmt* Prepare(std::size_t rows) {
        std::string sql = "INSERT INTO " + table_ + " (";
        for (std::size_t c = 0; c < columns_.size(); ++c) sql += (c == 0 ? "" : ", ") + columns_[c];
        sql += ") VALUES ";
        for (std::size_t r = 0; r < rows; ++r) {
            sql += r == 0 ? "(" : ", (";
            for (std::size_t c = 0; c < columns_.size(); ++c) sql += c == 0 ? "?" : ", ?";
            sql += ")";
        }
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
            Fail("preparing the insert");
        }
        return statement;
    }

    void Flush() {
        if (rows_ == 0) return;
        const bool full = rows_ == rows_per_statement_;
        if (full && full_ == nullptr) full_ = Prepare(rows_per_statement_);
        sqlite3_stmt* statement = full ? full_ : Prepare(rows_);
        int index = 0;
        for (const auto& value : values_) {
            ++index;
            if (const auto* text = std::get_if<std::string>(&value)) {
                sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
            } else if (const auto* number = std::get_if<long long>(&value)) {
                sqlite3_bind_int64(statement, index, *number);
            } else {
                sqlite3_bind_null(statement, index);
            }
        }
        const int status = sqlite3_step(statement);
        if (full) {
            sqlite3_reset(statement);
        } else {
            sqlite3_finalize(statement);
        }
        if (status != SQLITE_DONE) Fail("writing rows");
        values_.clear();
        rows_ = 0;
    }

    [[noreturn]] void Fail(const std::string& what) {
        throw std::runtime_error("bulk insert into " + table_ + ": " + what + ": " + sqlite3_errmsg(db_));
    }

    sqlite3* db_;
    std::string table_;
    std::vector<std::string> columns_;
    std::size_t rows_per_statement_;
    std::vector<std::variant<std::monostate, std::string, long long>> values_;
    std::size_t rows_ = 0;
    sqlite3_stmt* full_ = nullptr;
};

}  // namespace

std::unique_ptr<BulkInsert::Writer> MakeSqliteBulkWriter(Connection& session, const std::string& table,
                                                         const std::vector<std::string>& columns) {
    return std::make_unique<SqliteWriter>(session, table, columns);
}

}  // namespace upward::storage
