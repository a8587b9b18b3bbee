// The database layer itself, on both backends: migrations, transactions, the URL handling.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "storage/identity/user_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

class DatabaseTest : public ::testing::TestWithParam<storage::Backend> {};

TEST_P(DatabaseTest, MigrationsApplyOnceAndRecordTheVersion) {
    TestDatabase database(GetParam());
    EXPECT_EQ(database.Get().SchemaVersion(), storage::Database::LatestSchemaVersion());
    EXPECT_TRUE(database.Get().Migrate().empty()) << "a second run applies nothing";
}

TEST_P(DatabaseTest, UncommittedTransactionsRollBack) {
    TestDatabase database(GetParam());
    auto session = database.Get().Acquire();
    {
        storage::Transaction transaction(*session, database.Get().GetBackend());
        domain::UserRecord user;
        user.email = "gone@example.com";
        user.display_name = "Gone";
        storage::InsertUser(*session, user);
    }
    EXPECT_FALSE(storage::FindUserByEmail(*session, "gone@example.com").has_value());
    {
        storage::Transaction transaction(*session, database.Get().GetBackend());
        domain::UserRecord user;
        user.email = "kept@example.com";
        user.display_name = "Kept";
        const auto id = storage::InsertUser(*session, user);
        EXPECT_GT(id, 0);
        transaction.Commit();
    }
    const auto kept = storage::FindUserByEmail(*session, "kept@example.com");
    ASSERT_TRUE(kept.has_value());
    EXPECT_TRUE(kept->password_hash.empty()) << "absent text stays NULL and reads back empty";
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

TEST(DatabaseUrlTest, PasswordsAreRedactedForLogs) {
    EXPECT_EQ(storage::RedactUrl("postgresql://app:s3cret@db:5432/upward"), "postgresql://app:***@db:5432/upward");
    EXPECT_EQ(storage::RedactUrl("host=db password=s3cret"), "host=db password=***");
    EXPECT_EQ(storage::RedactUrl("upward.db"), "upward.db");
}

TEST(DatabaseUrlTest, PostgresUrlsBecomeKeywordPairs) {
    EXPECT_EQ(storage::PostgresConnectionString("postgresql://app@127.0.0.1:5433/upward"),
              "user='app' dbname='upward' host='127.0.0.1' port='5433'");
    EXPECT_THROW(storage::PostgresConnectionString("postgresql://[bad"), InvalidInput);
}

TEST(DatabaseUrlTest, MigrationWordsPerBackend) {
    EXPECT_NE(storage::RenderMigrationSql("id {{id}}", storage::Backend::kSqlite).find("AUTOINCREMENT"),
              std::string::npos);
    EXPECT_NE(storage::RenderMigrationSql("id {{id}}", storage::Backend::kPostgres).find("IDENTITY"),
              std::string::npos);
    EXPECT_EQ(storage::RenderMigrationSql("b {{blob}}", storage::Backend::kPostgres), "b BYTEA");
}

}  // namespace
}  // namespace upward::testing
