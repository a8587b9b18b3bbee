#include "storage/database/bulk_insert.hpp"

#include "storage/database/bulk_insert_writer.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

BulkInsert::BulkInsert(Connection& session, Backend backend, const std::string& table,
                       const std::vector<std::string>& columns)
    : writer_(backend == Backend::kSqlite ? MakeSqliteBulkWriter(session, table, columns)
                                          : MakePostgresBulkWriter(session, table, columns)) {}

BulkInsert::~BulkInsert() = default;

void BulkInsert::Text(std::string_view text) { writer_->Text(text); }
void BulkInsert::Integer(long long value) { writer_->Integer(value); }
void BulkInsert::EndRow() { writer_->EndRow(); }
void BulkInsert::Finish() { writer_->Finish(); }

}  // namespace upward::storage
