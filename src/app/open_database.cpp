#include "app/open_database.hpp"

#include "storage/database/database.hpp"

namespace upward::app {

OpenDatabase::OpenDatabase(const std::string& url, std::size_t pool_size)
    : database_(storage::Database::Open(url, pool_size)) {
    database_->Migrate();
}

OpenDatabase::~OpenDatabase() = default;

const std::string& OpenDatabase::DisplayUrl() const { return database_->DisplayUrl(); }

MigrationReport Migrate(const std::string& url) {
    auto database = storage::Database::Open(url, 1);
    const auto applied = database->Migrate();
    return {static_cast<int>(applied.size()), database->SchemaVersion()};
}

}  // namespace upward::app
