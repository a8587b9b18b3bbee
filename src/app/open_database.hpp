#pragma once

#include <memory>
#include <string>

#include "service/storage_handles.hpp"

namespace upward::app {

/// The database the process runs on, opened and migrated; closed when this goes out of scope.
class OpenDatabase {
public:
    /// `url`: a postgresql:// URL, sqlite:PATH or a file path; `pool_size` connections. Applies every pending
    /// migration. Throws Unavailable when the database cannot be opened.
    explicit OpenDatabase(const std::string& url, std::size_t pool_size = 8);
    ~OpenDatabase();
    OpenDatabase(const OpenDatabase&) = delete;
    OpenDatabase& operator=(const OpenDatabase&) = delete;

    storage::Database& Get() { return *database_; }
    /// The URL without its password, for logs.
    const std::string& DisplayUrl() const;

private:
    std::unique_ptr<storage::Database> database_;
};

/// What `upward migrate` reports.
struct MigrationReport {
    int applied = 0;
    int schema_version = 0;
};

/// Applies every pending migration to the database at `url` over one connection.
MigrationReport Migrate(const std::string& url);

}  // namespace upward::app
