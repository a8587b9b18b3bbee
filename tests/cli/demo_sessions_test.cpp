// The demo's running programme seeded into a temporary SQLite file: ten active pairs of accounts with signed
// agreements, each with a series whose past sessions have attendance, cancellations by both sides with their
// reasons, one senior escalated to the sponsor, one pair that stopped meeting, and sessions still ahead.
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/text.hpp"
#include "demo/demo_directory.hpp"
#include "demo/demo_running.hpp"
#include "service/directory/people_import.hpp"
#include "storage/database/row_access.hpp"
#include "storage/identity/user_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

constexpr long long kNow = 1'790'000'000;
constexpr long long kDay = 86400;

long long Count(storage::Database& database, const std::string& sql, long long id) {
    auto session = database.Acquire();
    long long count = 0;
    *session << sql, soci::use(id), soci::into(count);
    return count;
}

TEST(DemoSessionsTest, TheRunningProgrammeHasSessionsWithHistory) {
    TestDatabase database(storage::Backend::kSqlite);
    ManualClock clock(kNow);
    service::ImportPeople(database.Get(), demo::GenerateDirectoryCsv(400, 2026), {}, clock);
    long long sponsor_id = 0;
    {
        auto session = database.Get().Acquire();
        domain::UserRecord admin;
        admin.email = "admin@demo.upward.example";
        admin.display_name = "Demo Admin";
        admin.role = domain::Role::kAdmin;
        admin.created_at = kNow;
        storage::InsertUser(*session, admin);
        domain::UserRecord sponsor;
        sponsor.email = "sponsor@demo.upward.example";
        sponsor.display_name = "Demo Sponsor";
        sponsor.role = domain::Role::kSponsor;
        sponsor.created_at = kNow;
        sponsor_id = storage::InsertUser(*session, sponsor);
    }
    const auto programme_id =
        demo::SeedDemoRunningProgramme(database.Get(), clock, "admin@demo.upward.example", "demo-password-hash");
    ASSERT_GT(programme_id, 0);
    auto& db = database.Get();
    auto session = db.Acquire();

    std::string name, starts_on, ends_on;
    int cadence = 0;
    *session << "SELECT name, starts_on, ends_on, cadence_days FROM programmes WHERE id = :id", soci::use(programme_id),
        soci::into(name), soci::into(starts_on), soci::into(ends_on), soci::into(cadence);
    EXPECT_EQ(name, demo::kDemoRunningName);
    EXPECT_EQ(starts_on, FormatDate(kNow - 18 * 7 * kDay)) << "started 18 weeks ago";
    EXPECT_EQ(ends_on, FormatDate(kNow + 8 * 7 * kDay)) << "ends in 8 weeks";
    EXPECT_EQ(cadence, 14);

    // Ten active pairs of twenty accounts with the demo password; the sponsor is a member.
    EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM pairs WHERE programme_id = :p AND status = 'active'", programme_id), 10);
    EXPECT_EQ(Count(db,
                    "SELECT COUNT(DISTINCT u.id) FROM users u JOIN pairs p ON u.person_id IN (p.mentee, p.mentor) "
                    "WHERE p.programme_id = :p AND u.password_hash = 'demo-password-hash'",
                    programme_id),
              20);
    EXPECT_EQ(
        Count(db, "SELECT COUNT(*) FROM programme_members WHERE programme_id = :p AND role IN ('mentee', 'mentor')",
              programme_id),
        20);
    long long sponsor_member = 0;
    *session << "SELECT COUNT(*) FROM programme_members WHERE programme_id = :p AND user_id = :u AND role = 'sponsor'",
        soci::use(programme_id), soci::use(sponsor_id), soci::into(sponsor_member);
    EXPECT_EQ(sponsor_member, 1);
    EXPECT_EQ(Count(db,
                    "SELECT COUNT(*) FROM pair_agreements a JOIN pairs p ON p.id = a.pair_id WHERE p.programme_id = :p "
                    "AND a.mentee_signed_at IS NOT NULL AND a.mentor_signed_at IS NOT NULL",
                    programme_id),
              10);

    // Every pair has one series, sessions behind it and sessions ahead of it.
    std::vector<long long> pairs;
    {
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT id FROM pairs WHERE programme_id = :p ORDER BY id", soci::use(programme_id));
        for (const auto& row : rows) pairs.push_back(storage::IntColumn(row, "id"));
    }
    int escalated = 0, stalled = 0;
    for (const auto pair : pairs) {
        EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM session_series WHERE pair_id = :p AND status = 'active'", pair), 1);
        long long past = 0, ahead = 0, held_recently = 0, pending_past = 0;
        const long long recent = kNow - 6 * 7 * kDay;
        *session << "SELECT COUNT(*) FROM session_occurrences WHERE pair_id = :p AND starts_at < :now", soci::use(pair),
            soci::use(kNow), soci::into(past);
        *session << "SELECT COUNT(*) FROM session_occurrences WHERE pair_id = :p AND starts_at > :now AND "
                    "status = 'scheduled'",
            soci::use(pair), soci::use(kNow), soci::into(ahead);
        *session << "SELECT COUNT(*) FROM session_occurrences WHERE pair_id = :p AND starts_at > :recent AND "
                    "outcome = 'held'",
            soci::use(pair), soci::use(recent), soci::into(held_recently);
        *session << "SELECT COUNT(*) FROM session_occurrences WHERE pair_id = :p AND starts_at < :now AND "
                    "status = 'scheduled' AND outcome = 'pending'",
            soci::use(pair), soci::use(kNow), soci::into(pending_past);
        EXPECT_GE(past, 8) << "about nine fortnightly sessions in 18 weeks";
        EXPECT_GE(ahead, 3);
        EXPECT_GE(pending_past, 1) << "the latest session waits for confirmations";
        if (held_recently == 0) ++stalled;
        if (Count(db, "SELECT COUNT(*) FROM session_escalations WHERE pair_id = :p", pair) > 0) ++escalated;
    }
    EXPECT_EQ(stalled, 1) << "one pair held nothing in the last six weeks";
    EXPECT_EQ(escalated, 1) << "one senior crossed the escalation threshold";
    EXPECT_EQ(
        Count(db, "SELECT COUNT(*) FROM session_escalations WHERE programme_id = :p AND trigger_kind = 'consecutive'",
              programme_id),
        1);
    EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM session_escalations WHERE programme_id = :p AND trigger_kind = 'total'",
                    programme_id),
              1);
    EXPECT_EQ(Count(db,
                    "SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE 'session-escalation:%' AND "
                    "recipient = 'sponsor@demo.upward.example' AND :p > 0",
                    programme_id),
              2);

    // Mostly held; cancellations by both sides, each with a reason and its author; moves with reasons.
    const auto held = Count(db,
                            "SELECT COUNT(*) FROM session_occurrences o JOIN pairs p ON p.id = o.pair_id "
                            "WHERE p.programme_id = :p AND o.outcome = 'held'",
                            programme_id);
    const auto settled = Count(db,
                               "SELECT COUNT(*) FROM session_occurrences o JOIN pairs p ON p.id = o.pair_id "
                               "WHERE p.programme_id = :p AND (o.outcome <> 'pending' OR o.status = 'cancelled')",
                               programme_id);
    EXPECT_GT(held * 4, settled * 3) << held << " held of " << settled;
    for (const std::string side : {"mentee", "mentor"}) {
        long long cancelled = 0;
        *session << "SELECT COUNT(*) FROM session_changes c JOIN pairs p ON p.id = c.pair_id WHERE p.programme_id = :p "
                    "AND c.kind = 'occurrence_cancelled' AND c.actor_side = :s AND c.reason <> '' AND "
                    "c.actor_user_id IS NOT NULL",
            soci::use(programme_id), soci::use(side), soci::into(cancelled);
        EXPECT_GE(cancelled, 2) << side;
    }
    EXPECT_GE(Count(db,
                    "SELECT COUNT(*) FROM session_changes c JOIN pairs p ON p.id = c.pair_id WHERE "
                    "p.programme_id = :p AND c.kind = 'occurrence_moved'",
                    programme_id),
              2);
    EXPECT_EQ(Count(db,
                    "SELECT COUNT(*) FROM session_changes c JOIN pairs p ON p.id = c.pair_id WHERE "
                    "p.programme_id = :p AND c.kind = 'series_proposed' AND c.actor_side = 'system'",
                    programme_id),
              10);
}

}  // namespace
}  // namespace upward::testing
