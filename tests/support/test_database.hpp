#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/database/database.hpp"
#include "storage/database/sql.hpp"

namespace upward::testing {

/// The backends every storage and service test runs against.
std::vector<storage::Backend> AllBackends();
std::string BackendName(storage::Backend backend);

/// A fresh, migrated, empty database for one test: a temporary SQLite file, or a new database on the
/// throwaway PostgreSQL cluster that CTest starts (its URL is in the file named by UPWARD_TEST_PG_URL_FILE).
/// Removed again when this goes out of scope.
class TestDatabase {
public:
    explicit TestDatabase(storage::Backend backend);
    ~TestDatabase();
    storage::Database& Get() { return *database_; }
    const std::string& Url() const { return url_; }

private:
    storage::Backend backend_;
    std::string url_;
    std::string admin_url_;
    std::string name_;
    std::unique_ptr<storage::Database> database_;
};

/// A temporary directory removed with everything in it when this goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& Path() const { return path_; }
    std::string File(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

/// The throwaway cluster's URL; fails the calling test when the harness did not start one.
std::string PostgresAdminUrl();

}  // namespace upward::testing
