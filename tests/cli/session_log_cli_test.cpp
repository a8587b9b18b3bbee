// The session log as an operator meets it: `upward notes-key generate` (a key on stdout, or a new file readable
// by its owner alone that is never overwritten), and the demo's running programme with its shared log seeded
// (action items, goal progress with one stalled pair, insights in every status) and pairs at risk to show.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <set>

#include "cli_runner.hpp"
#include "core/clock.hpp"
#include "demo/demo_directory.hpp"
#include "demo/demo_running.hpp"
#include "service/directory/people_import.hpp"
#include "service/reporting/pairs_at_risk.hpp"
#include "service/session_log/notes_cipher.hpp"
#include "storage/database/row_access.hpp"
#include "storage/identity/user_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

TEST(NotesKeyCli, GeneratesAKeyOnStdoutOrIntoANewOwnerOnlyFile) {
    TempDir dir;
    const auto printed = RunUpward(dir, {"notes-key", "generate"});
    ASSERT_EQ(printed.status, 0) << printed.err;
    EXPECT_NO_THROW(service::NotesKey::FromBase64(printed.out, "stdout"));

    const auto written = RunUpward(dir, {"notes-key", "generate", "--output", "notes.key"});
    ASSERT_EQ(written.status, 0) << written.err;
    struct stat info {};
    ASSERT_EQ(::stat(dir.File("notes.key").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);
    const auto key = service::NotesKey::FromBase64(ReadFile(dir.File("notes.key")), "file");
    EXPECT_NE(written.out.find(key.Id()), std::string::npos) << "names the key by its id";
    EXPECT_EQ(written.out.find(key.ToBase64()), std::string::npos) << "never prints the key it wrote";

    const auto again = RunUpward(dir, {"notes-key", "generate", "--output", "notes.key"});
    EXPECT_EQ(again.status, 4);
    EXPECT_NE(again.err.find("never overwritten"), std::string::npos) << again.err;
    EXPECT_EQ(service::NotesKey::FromBase64(ReadFile(dir.File("notes.key")), "file").Id(), key.Id());
}

TEST(DemoSessionLogTest, TheRunningProgrammeHasASharedLogAndPairsAtRisk) {
    constexpr long long kNow = 1'790'000'000;
    TestDatabase database(storage::Backend::kSqlite);
    ManualClock clock(kNow);
    service::ImportPeople(database.Get(), demo::GenerateDirectoryCsv(400, 2026), {}, clock);
    {
        auto session = database.Get().Acquire();
        for (const auto& [email, role] : {std::pair{"admin@demo.upward.example", domain::Role::kAdmin},
                                          std::pair{"sponsor@demo.upward.example", domain::Role::kSponsor}}) {
            domain::UserRecord user;
            user.email = email;
            user.display_name = email;
            user.role = role;
            user.created_at = kNow;
            storage::InsertUser(*session, user);
        }
    }
    const auto programme_id =
        demo::SeedDemoRunningProgramme(database.Get(), clock, "admin@demo.upward.example", "demo-password-hash");
    ASSERT_GT(programme_id, 0);
    demo::SeedDemoSessionLog(database.Get(), clock, programme_id);

    auto session = database.Get().Acquire();
    const auto count = [&](const std::string& sql) {
        long long n = 0;
        *session << sql, soci::use(programme_id), soci::into(n);
        return n;
    };
    const std::string of_programme = " JOIN pairs p ON p.id = t.pair_id WHERE p.programme_id = :p";
    EXPECT_GE(count("SELECT COUNT(*) FROM action_items t" + of_programme), 20);
    EXPECT_GE(count("SELECT COUNT(*) FROM action_items t" + of_programme + " AND t.status = 'done'"), 10);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT t.pair_id) FROM goal_progress t" + of_programme), 10);
    std::set<std::string> statuses;
    {
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT DISTINCT t.status FROM insights t" + of_programme, soci::use(programme_id));
        for (const auto& row : rows) statuses.insert(storage::TextColumn(row, "status"));
    }
    EXPECT_EQ(statuses, (std::set<std::string>{"adopted", "dropped", "planned", "tried"}));
    EXPECT_GE(count("SELECT COUNT(*) FROM insights t" + of_programme + " AND t.status = 'adopted'"), 3);

    // The pair that stopped meeting and the pair whose goals stalled are both flagged, with their reasons.
    std::set<std::string> reasons;
    const auto at_risk = service::FindPairsAtRisk(*session, programme_id, kNow);
    for (const auto& pair : at_risk) {
        for (const auto& reason : pair.reasons) reasons.insert(reason.code);
    }
    EXPECT_TRUE(reasons.count("no_recent_session")) << at_risk.size();
    EXPECT_TRUE(reasons.count("stalled_goals")) << at_risk.size();
    EXPECT_LT(at_risk.size(), 10u) << "most pairs are healthy";
}

}  // namespace
}  // namespace upward::testing
