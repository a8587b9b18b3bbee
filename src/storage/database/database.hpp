#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

enum class Backend { kSqlite, kPostgres };

/// The one database the product runs on: an SQLite file (the embedded default) or a PostgreSQL server
/// (a postgresql:// URL). Every difference between the two is absorbed here and in the migrator;
/// repositories write one SQL with :name placeholders.
class Database {
public:
    /// `url` is `postgresql://...`/`postgres://...`, or `sqlite:PATH`, or a plain file path.
    /// Throws Unavailable when the database cannot be opened.
    static std::unique_ptr<Database> Open(const std::string& url, std::size_t pool_size = 8);
    ~Database();

    Backend GetBackend() const { return backend_; }
    /// The URL with any password removed, safe for logs.
    const std::string& DisplayUrl() const { return display_url_; }

    ConnectionLease Acquire();

    /// Applies every embedded migration not yet applied, each in its own transaction, under a lock so that
    /// several server instances starting together apply each one once. Returns the versions it applied.
    std::vector<int> Migrate();
    /// The highest applied migration version, 0 for an empty database.
    int SchemaVersion();
    /// The highest version the binary carries.
    static int LatestSchemaVersion();

private:
    Database(Backend backend, std::string display_url, std::size_t pool_size);

    Backend backend_;
    std::string display_url_;
    struct Pool;
    std::unique_ptr<Pool> pool_;
};

/// A write transaction. SQLite's is BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of
/// failing when a reader upgrades; PostgreSQL's is a plain BEGIN. Rolls back unless committed.
class Transaction {
public:
    Transaction(Connection& session, Backend backend);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void Commit();

private:
    Connection& session_;
    bool open_ = true;
};

/// Rewrites the backend-specific words of a migration ({{id}}, {{blob}}).
std::string RenderMigrationSql(const std::string& sql, Backend backend);

/// A postgresql:// URL as libpq keyword=value pairs, the form SOCI's PostgreSQL backend passes through intact.
/// Throws InvalidInput naming "db" when libpq cannot parse the URL.
std::string PostgresConnectionString(const std::string& url);

/// Removes the password from a connection URL.
std::string RedactUrl(const std::string& url);

}  // namespace upward::storage
