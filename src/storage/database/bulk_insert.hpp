#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

/// Appends many rows to one table inside the caller's transaction: COPY on PostgreSQL (SOCI would send
/// one row per round trip) and a reused many-row prepared INSERT on SQLite. Values go in column order,
/// each row closed by EndRow; Finish sends what is left and must be called before the data is read.
/// Empty text is written as NULL.
class BulkInsert {
public:
    BulkInsert(Connection& session, Backend backend, const std::string& table, const std::vector<std::string>& columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    void Text(std::string_view text);
    void Integer(long long value);
    void EndRow();
    void Finish();

    class Writer;

private:
    std::unique_ptr<Writer> writer_;
};

}  // namespace upward::storage
