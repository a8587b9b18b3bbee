#include "test_database.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace upward::testing {

std::vector<storage::Backend> AllBackends() { return {storage::Backend::kSqlite, storage::Backend::kPostgres}; }

std::string BackendName(storage::Backend backend) {
    return backend == storage::Backend::kSqlite ? "sqlite" : "postgres";
}

std::string PostgresAdminUrl() {
    const char* file = std::getenv("UPWARD_TEST_PG_URL_FILE");
    std::ifstream in(file != nullptr ? file : "");
    std::string url;
    if (!std::getline(in, url) || url.empty()) {
        throw std::runtime_error(
            "no throwaway PostgreSQL cluster: run the tests through ctest, which starts one "
            "(UPWARD_TEST_PG_URL_FILE names its URL file)");
    }
    return url;
}

namespace {
std::string UniqueSuffix() {
    static std::atomic<int> counter{0};
    std::random_device random;
    return std::to_string(::getpid()) + "_" + std::to_string(random() % 1000000) + "_" + std::to_string(counter++);
}
}  // namespace

TempDir::TempDir() {
    auto base = std::filesystem::temp_directory_path() / ("upward_test_" + UniqueSuffix());
    std::filesystem::create_directories(base);
    path_ = base.string();
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

TestDatabase::TestDatabase(storage::Backend backend) : backend_(backend) {
    name_ = "upward_t_" + UniqueSuffix();
    if (backend == storage::Backend::kSqlite) {
        url_ = (std::filesystem::temp_directory_path() / (name_ + ".db")).string();
    } else {
        admin_url_ = PostgresAdminUrl();
        soci::session admin(soci::postgresql, storage::PostgresConnectionString(admin_url_));
        admin << "CREATE DATABASE " + name_;
        url_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + name_;
    }
    database_ = storage::Database::Open(url_, 4);
    database_->Migrate();
}

TestDatabase::~TestDatabase() {
    database_.reset();
    try {
        if (backend_ == storage::Backend::kSqlite) {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(url_ + suffix);
        } else {
            soci::session admin(soci::postgresql, storage::PostgresConnectionString(admin_url_));
            admin << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
        }
    } catch (const std::exception&) {
        // Leftovers vanish with the throwaway cluster.
    }
}

}  // namespace upward::testing
