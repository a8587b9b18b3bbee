#include "service/directory/people_import.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "demo/demo_directory.hpp"
#include "storage/directory/people_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

const std::string kHeader = "Employee ID,Name,Grade,Department,Time Zone,Manager ID,Leaving Date\n";

class PeopleImportTest : public ::testing::TestWithParam<Backend> {
protected:
    PeopleImportTest() : database_(GetParam()), clock_(kNow) {}

    ImportReport Import(const std::string& csv, ImportOptions options = {}) {
        return ImportPeople(database_.Get(), csv, options, clock_);
    }
    long long Count(bool active_only = false) {
        auto session = database_.Get().Acquire();
        return storage::CountPeople(*session, active_only);
    }
    std::optional<domain::Person> Find(const std::string& id) {
        auto session = database_.Get().Acquire();
        return storage::FindPerson(*session, id);
    }

    TestDatabase database_;
    ManualClock clock_;
};

const std::string kTeam = kHeader +
                          "E1,Ada Obi,9,Exec,Europe/London,,\n"
                          "E2,Ben Tan,6,Engineering,Asia/Singapore,E1,\n"
                          "E3,Cy Dube,3,Engineering,Africa/Johannesburg,E2,2024-03-31\n"
                          "E4,Di Roy,3,Engineering,America/Toronto,E2,2099-01-01\n";

TEST_P(PeopleImportTest, ImportsEveryField) {
    const auto report = Import(kTeam);
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.rows, 4);
    EXPECT_EQ(report.inserted, 4);
    EXPECT_EQ(report.updated + report.unchanged + report.deactivated, 0);
    EXPECT_EQ(Count(), 4);
    const auto cy = Find("E3");
    ASSERT_TRUE(cy.has_value());
    EXPECT_EQ(cy->name, "Cy Dube");
    EXPECT_EQ(cy->grade, 3);
    EXPECT_EQ(cy->department, "Engineering");
    EXPECT_EQ(cy->time_zone, "Africa/Johannesburg");
    EXPECT_EQ(cy->manager_id, "E2");
    EXPECT_EQ(cy->leaving_date, "2024-03-31");
    EXPECT_TRUE(cy->left);
    EXPECT_TRUE(cy->active);
    EXPECT_FALSE(Find("E4")->left);  // leaving in the future: still here
}

TEST_P(PeopleImportTest, ReimportUpsertsAndCountsChanges) {
    Import(kTeam);
    const auto again = Import(kTeam);
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(again.inserted + again.updated, 0);

    const auto changed = Import(kHeader +
                                "E1,Ada Obi,10,Exec,Europe/London,,\n"  // promoted
                                "E2,Ben Tan,6,Engineering,Asia/Singapore,E1,\n"
                                "E5,Eve Ng,2,Engineering,Asia/Tokyo,E2,\n");
    EXPECT_EQ(changed.inserted, 1);
    EXPECT_EQ(changed.updated, 1);
    EXPECT_EQ(changed.unchanged, 1);
    EXPECT_EQ(changed.deactivated, 0);  // not a full import: missing people stay active
    EXPECT_EQ(Find("E1")->grade, 10);
    EXPECT_EQ(Count(true), 5);
}

TEST_P(PeopleImportTest, FullImportDeactivatesTheMissingButNeverDeletes) {
    Import(kTeam);
    ImportOptions full;
    full.full = true;
    const auto report = Import(kHeader +
                                   "E1,Ada Obi,9,Exec,Europe/London,,\n"
                                   "E2,Ben Tan,6,Engineering,Asia/Singapore,E1,\n",
                               full);
    EXPECT_EQ(report.deactivated, 2);
    EXPECT_EQ(report.unchanged, 2);
    EXPECT_EQ(Count(false), 4);
    EXPECT_EQ(Count(true), 2);
    EXPECT_FALSE(Find("E3")->active);

    // Coming back reactivates: an update.
    const auto back = Import(kTeam, full);
    EXPECT_EQ(back.updated, 2);
    EXPECT_EQ(back.unchanged, 2);
    EXPECT_EQ(back.deactivated, 0);
    EXPECT_EQ(Count(true), 4);
}

TEST_P(PeopleImportTest, DryRunReportsAndWritesNothing) {
    ImportOptions dry;
    dry.dry_run = true;
    const auto report = Import(kTeam, dry);
    EXPECT_FALSE(report.applied);
    EXPECT_EQ(report.inserted, 4);
    EXPECT_EQ(Count(), 0);

    Import(kTeam);
    dry.full = true;
    const auto full = Import(kHeader + "E1,Ada Obi,9,Exec,Europe/London,,\n", dry);
    EXPECT_EQ(full.deactivated, 3);
    EXPECT_EQ(Count(true), 4);
}

TEST_P(PeopleImportTest, OneBadRowChangesNothing) {
    Import(kTeam);
    const std::string with_bad_row = kHeader +
                                     "E1,Ada Obi,10,Exec,Europe/London,,\n"
                                     "E2,Ben Tan,six,Engineering,Asia/Singapore,E1,\n"
                                     "E6,Fay Li,2,Engineering,Asia/Tokyo,E1,\n";
    try {
        ImportOptions full;
        full.full = true;
        Import(with_bad_row, full);
        FAIL() << "a file with a bad row was imported";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "file");
        EXPECT_NE(std::string(error.what()).find("1 bad row"), std::string::npos) << error.what();
        ASSERT_EQ(error.Rows().size(), 1u);
        EXPECT_EQ(error.Rows()[0].row, 3);
        EXPECT_EQ(error.Rows()[0].field, "grade");
    }
    EXPECT_EQ(Find("E1")->grade, 9);
    EXPECT_FALSE(Find("E6").has_value());
    EXPECT_EQ(Count(true), 4);
}

TEST_P(PeopleImportTest, SkipBadRowsImportsTheRestAndReportsThem) {
    ImportOptions skip;
    skip.skip_bad_rows = true;
    const auto report = Import(kHeader +
                                   "E1,Ada Obi,9,Exec,Europe/London,,\n"
                                   "E2,Ben Tan,6,Engineering,Mars/Base,E1,\n"  // bad zone
                                   "E3,Cy Dube,3,Engineering,,E2,\n"           // manager skipped
                                   "E4,Di Roy,3,Engineering,,E1,\n"
                                   "E4,Di Roy,4,Engineering,,E1,\n",  // duplicate
                               skip);
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.rows, 5);
    EXPECT_EQ(report.inserted, 2);
    ASSERT_EQ(report.errors.size(), 3u);
    EXPECT_EQ(report.errors[0].row, 3);
    EXPECT_EQ(report.errors[0].field, "time_zone");
    EXPECT_EQ(report.errors[1].row, 4);
    EXPECT_EQ(report.errors[1].field, "manager_id");
    EXPECT_EQ(report.errors[2].row, 6);
    EXPECT_EQ(report.errors[2].field, "employee_id");
    EXPECT_EQ(Count(), 2);
    EXPECT_EQ(Find("E4")->grade, 3);  // the first of the duplicates
}

TEST_P(PeopleImportTest, ManagerCycleAcrossFileAndDirectoryIsRefused) {
    Import(kTeam);  // E2 reports to E1
    try {
        Import(kHeader + "E1,Ada Obi,9,Exec,Europe/London,E2,\n");
        FAIL() << "a reporting cycle was imported";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.Rows().size(), 1u);
        EXPECT_EQ(error.Rows()[0].row, 2);
        EXPECT_EQ(error.Rows()[0].field, "manager_id");
        EXPECT_NE(error.Rows()[0].reason.find("E1 -> E2 -> E1"), std::string::npos) << error.Rows()[0].reason;
    }
    EXPECT_TRUE(Find("E1")->manager_id.empty());
}

TEST_P(PeopleImportTest, CustomColumnsThroughTheMapping) {
    ImportOptions options;
    options.mapping = ParseMappingOption("employee_id=Staff Ref,grade=Pay Band,manager_id=Line Manager");
    const auto report = Import("Staff Ref,Known As,Pay Band,Line Manager\nS1,Ada,7,\nS2,Ben,5,S1\n", options);
    EXPECT_EQ(report.inserted, 2);
    EXPECT_EQ(Find("S2")->manager_id, "S1");
    EXPECT_EQ(Find("S2")->grade, 5);
}

// A failure halfway through the write (forced by a trigger) leaves the directory exactly as it was.
TEST_P(PeopleImportTest, FailedWriteRollsBackEverything) {
    Import(kTeam);
    {
        auto session = database_.Get().Acquire();
        if (GetParam() == Backend::kSqlite) {
            *session << "CREATE TRIGGER refuse_e8 BEFORE INSERT ON people WHEN NEW.employee_id = 'E8' "
                        "BEGIN SELECT RAISE(ABORT, 'refused'); END";
        } else {
            *session << "CREATE FUNCTION refuse_e8() RETURNS trigger AS $$ BEGIN "
                        "IF NEW.employee_id = 'E8' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ "
                        "LANGUAGE plpgsql";
            *session << "CREATE TRIGGER refuse_e8 BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION refuse_e8()";
        }
    }
    ImportOptions full;
    full.full = true;
    EXPECT_ANY_THROW(Import(kHeader + "E1,Ada Obi,10,Exec,Europe/London,,\n"
                                      "E7,Gus Ho,2,Exec,,E1,\n"
                                      "E8,Hal Oz,2,Exec,,E1,\n",
                            full));
    EXPECT_EQ(Find("E1")->grade, 9);
    EXPECT_FALSE(Find("E7").has_value());
    EXPECT_EQ(Count(true), 4);
}

TEST_P(PeopleImportTest, QuotedValuesSurviveTheBatchedWrite) {
    std::string csv =
        "\xEF\xBB\xBF"
        "Employee ID,Name,Grade,Title\r\n";
    // Values with doubled quotes are unescaped into the reader's own buffer; they must still be right
    // when a whole batch of rows is written together.
    for (int i = 0; i < 150; ++i) {
        csv +=
            "Q" + std::to_string(100 + i) + ",\"Ada \"\"No. " + std::to_string(i) + "\"\" Obi\",3,\"Lead, Data\"\r\n";
    }
    EXPECT_EQ(Import(csv).inserted, 150);
    const auto first = Find("Q100");
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->name, "Ada \"No. 0\" Obi");
    EXPECT_EQ(first->title, "Lead, Data");
    EXPECT_EQ(Find("Q249")->name, "Ada \"No. 149\" Obi");
    EXPECT_EQ(Import(csv).unchanged, 150);
}

TEST_P(PeopleImportTest, GeneratedDirectoryImportsCleanly) {
    const auto csv = demo::GenerateDirectoryCsv(400, 1);
    const auto report = Import(csv);
    EXPECT_EQ(report.inserted, 400);
    EXPECT_TRUE(report.errors.empty());
    EXPECT_EQ(Import(csv).unchanged, 400);
}

INSTANTIATE_TEST_SUITE_P(Backends, PeopleImportTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
