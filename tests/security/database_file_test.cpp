// Someone else on the machine must not read the database: the file and the write-ahead log beside it are made
// readable by their owner only, whatever the process's umask would have given.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "storage/database/database.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

namespace fs = std::filesystem;

bool OthersOrGroupMayRead(const fs::path& path) {
    const auto permissions = fs::status(path).permissions();
    return (permissions & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none;
}

TEST(DatabaseFileTest, ANewSqliteDatabaseAndItsLogAreTheOwnersAlone) {
    TempDir folder;
    const auto path = fs::path(folder.File("upward.db"));
    const auto old_mask = ::umask(022);  // the usual default, under which files come out world-readable
    {
        auto database = storage::Database::Open("sqlite:" + path.string(), 2);
        database->Migrate();  // writes, so the write-ahead log exists
        ASSERT_TRUE(fs::exists(path.string() + "-wal"));
        EXPECT_FALSE(OthersOrGroupMayRead(path));
        EXPECT_FALSE(OthersOrGroupMayRead(path.string() + "-wal"));
        EXPECT_FALSE(OthersOrGroupMayRead(path.string() + "-shm"));
    }
    ::umask(old_mask);
}

}  // namespace
}  // namespace upward::testing
