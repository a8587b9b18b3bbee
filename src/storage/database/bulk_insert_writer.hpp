#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database/bulk_insert.hpp"

// The per-backend halves of BulkInsert.
namespace upward::storage {

class BulkInsert::Writer {
public:
    virtual ~Writer() = default;
    virtual void Text(std::string_view text) = 0;
    virtual void Integer(long long value) = 0;
    virtual void EndRow() = 0;
    virtual void Finish() = 0;
};

std::unique_ptr<BulkInsert::Writer> MakeSqliteBulkWriter(Connection& session, const std::string& table,
                                                         const std::vector<std::string>& columns);
std::unique_ptr<BulkInsert::Writer> MakePostgresBulkWriter(Connection& session, const std::string& table,
                                                           const std::vector<std::string>& columns);

}  // namespace upward::storage
