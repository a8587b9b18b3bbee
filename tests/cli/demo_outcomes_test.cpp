// The demo's leaving dates: SeedDemoOutcomes on a programme like the demo's running one marks more comparable
// colleagues than participants as left during the programme, so its retention comparison shows figures.
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/text.hpp"
#include "demo/demo_running.hpp"
#include "programme_fields.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/outcomes_service.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

constexpr long long kNow = 1790000000;  // 2026-09-21
constexpr long long kWeek = 7 * 86400;

TEST(DemoOutcomes, LeavingDatesInsideTheProgrammeForMoreColleaguesThanParticipants) {
    TestDatabase database(storage::Backend::kSqlite);
    ManualClock clock(kNow);
    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    const auto starts_on = FormatDate(kNow - 18 * kWeek);
    const auto programme = service::ProgrammeService(database.Get(), clock)
                               .Create(admin, ProgrammeFields({{"name", "Running"},
                                                               {"starts_on", starts_on},
                                                               {"ends_on", FormatDate(kNow + 8 * kWeek)}}))
                               .id;
    {
        auto session = database.Get().Acquire();
        const auto person = [&](const std::string& id, int grade, const std::string& department) {
            *session << "INSERT INTO people (employee_id, grade, department, hire_date, updated_at) "
                        "VALUES (:id, :g, :d, '2020-01-01', 1)",
                soci::use(id), soci::use(grade), soci::use(department);
        };
        for (int i = 0; i < 12; ++i) {
            const auto n = std::to_string(i);
            person("S" + n, 8, "Sales");
            person("J" + n, 2, "Data");
            domain::Pair pair;
            pair.programme_id = programme;
            pair.mentee = "S" + n;
            pair.mentor = "J" + n;
            pair.status = domain::PairStatus::kActive;
            storage::InsertPair(*session, pair);
        }
        for (int i = 0; i < 40; ++i) {
            person("C" + std::to_string(i), 2, "Data");
            person("D" + std::to_string(i), 8, "Sales");
        }
        person("ELSEWHERE", 5, "Legal");
    }

    demo::SeedDemoOutcomes(database.Get(), clock, programme);

    auto session = database.Get().Acquire();
    long long participants_left = 0, colleagues_left = 0, outside_left = 0, outside_window = 0;
    *session << "SELECT COUNT(*) FROM people WHERE leaving_date IS NOT NULL AND (employee_id LIKE 'S%' OR "
                "employee_id LIKE 'J%')",
        soci::into(participants_left);
    *session
        << "SELECT COUNT(*) FROM people WHERE left_company = 1 AND (employee_id LIKE 'C%' OR employee_id LIKE 'D%')",
        soci::into(colleagues_left);
    *session << "SELECT COUNT(*) FROM people WHERE employee_id = 'ELSEWHERE' AND leaving_date IS NOT NULL",
        soci::into(outside_left);
    const auto today = FormatDate(kNow);
    *session
        << "SELECT COUNT(*) FROM people WHERE leaving_date IS NOT NULL AND (leaving_date <= :s OR leaving_date > :t)",
        soci::use(starts_on), soci::use(today), soci::into(outside_window);
    EXPECT_EQ(colleagues_left, 80 / 5);
    EXPECT_EQ(participants_left, 24 / 12);
    EXPECT_EQ(outside_left, 0) << "only the participants' cells";
    EXPECT_EQ(outside_window, 0) << "every leaving date falls inside the programme so far";

    const auto outcomes = service::OutcomesService(database.Get(), clock).Outcomes(admin, programme);
    EXPECT_EQ(outcomes.retention.participants.size, 24);
    EXPECT_EQ(outcomes.retention.comparison.size, 80);
    EXPECT_FALSE(outcomes.retention.participants.retention.Withheld());
    EXPECT_FALSE(outcomes.retention.comparison.retention.Withheld());
    EXPECT_GT(*outcomes.retention.difference, 0.0) << "participants stayed more in the demo";
}

}  // namespace
}  // namespace upward::testing
