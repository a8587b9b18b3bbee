// The demo's intake programme: seeded on an empty database, its enrolment funnel shows the people the seed
// put at each step (invited, accepted, applied, approved, trained, acknowledged), the pairs its match run
// proposed and the agreements two of them signed.
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "demo/demo_enrolment.hpp"
#include "demo/demo_seed.hpp"
#include "service/reporting/funnel_service.hpp"
#include "storage/database/row_access.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

class DemoIntakeTest : public ::testing::TestWithParam<storage::Backend> {};

std::vector<long long> Counts(const domain::SideFunnel& side) {
    std::vector<long long> counts;
    for (const auto& step : side.steps) counts.push_back(step.count);
    return counts;
}

long long CountRows(storage::Database& database, const std::string& sql, long long programme_id) {
    auto session = database.Acquire();
    long long count = 0;
    *session << sql, soci::use(programme_id), soci::into(count);
    return count;
}

TEST_P(DemoIntakeTest, FunnelCountsMatchTheSeed) {
    TestDatabase database(GetParam());
    TempDir dir;
    ManualClock clock(1'790'000'000);
    demo::EnsureDemo(database.Get(), clock, dir.File("demo.db"));

    long long programme_id = 0;
    {
        auto session = database.Get().Acquire();
        const std::string name = demo::kDemoIntakeName;
        *session << "SELECT id FROM programmes WHERE name = :n", soci::use(name), soci::into(programme_id);
    }
    ASSERT_GT(programme_id, 0);
    // What the match run and the participants made of it, read from the tables the funnel does not own.
    const auto matched = CountRows(
        database.Get(), "SELECT COUNT(*) FROM pairs WHERE programme_id = :p AND status <> 'declined'", programme_id);
    const auto active = CountRows(
        database.Get(), "SELECT COUNT(*) FROM pairs WHERE programme_id = :p AND status = 'active'", programme_id);
    ASSERT_GE(matched, demo::kDemoIntakeAcceptedPairs);
    EXPECT_EQ(active, demo::kDemoIntakeSignedPairs);

    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    const auto funnel = service::FunnelService(database.Get(), clock).Funnel(admin, programme_id);
    ASSERT_EQ(funnel.sides.size(), 2u);
    for (const auto& side : funnel.sides) {
        const bool mentor = side.side == domain::Side::kMentor;
        const auto& plan = mentor ? demo::kDemoIntakeMentors : demo::kDemoIntakeMentees;
        const std::vector<long long> expected = {plan.invited, plan.accepted,     plan.applied, plan.approved,
                                                 plan.trained, plan.acknowledged, matched,      active};
        EXPECT_EQ(Counts(side), expected) << (mentor ? "mentors" : "mentees");
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoIntakeTest, ::testing::ValuesIn(AllBackends()), [](const auto& info) {
    return info.param == storage::Backend::kSqlite ? "Sqlite" : "Postgres";
});

}  // namespace
}  // namespace upward::testing
