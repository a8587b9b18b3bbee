// `upward report health|outcomes` as a script runs it: JSON and CSV documents under the programme's anonymity
// threshold, and bad arguments refused with a non-zero exit naming the argument.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"
#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "programme_fields.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/database/database.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

class ReportCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Four participants (two pairs) and six comparison people, one of whom left; the programme ended in 2025,
        // so its end date is the as-of date whatever day the test runs.
        std::ofstream(dir_.File("people.csv"))
            << "Employee ID,Name,Grade,Department,Hire Date,Leaving Date\n"
               "S1,Sam,8,Sales,2020-01-01,\nS2,Sue,8,Sales,2020-01-01,\nJ1,Jo,2,Data,2020-01-01,\n"
               "J2,Jay,2,Data,2020-01-01,\nC1,Cy,2,Data,2020-01-01,2025-03-01\nC2,Cal,2,Data,2020-01-01,\n"
               "C3,Cam,2,Data,2020-01-01,\nD1,Di,8,Sales,2020-01-01,\nD2,Dan,8,Sales,2020-01-01,\n"
               "D3,Dee,8,Sales,2020-01-01,\n";
        const auto imported = Upward({"import", "people", "people.csv"});
        ASSERT_EQ(imported.status, 0) << imported.err;
        auto database = storage::Database::Open(dir_.File("upward.db"));
        SystemClock clock;
        domain::Caller admin;
        admin.role = domain::Role::kAdmin;
        programme_ = service::ProgrammeService(*database, clock)
                         .Create(admin, ProgrammeFields({{"name", "Scripted"},
                                                         {"starts_on", "2025-01-01"},
                                                         {"ends_on", "2025-06-30"},
                                                         {"anonymity_k", 2}}))
                         .id;
        auto session = database->Acquire();
        for (const auto& [mentee, mentor] : {std::pair{"S1", "J1"}, std::pair{"S2", "J2"}}) {
            domain::Pair pair;
            pair.programme_id = programme_;
            pair.mentee = mentee;
            pair.mentor = mentor;
            pair.status = domain::PairStatus::kActive;
            storage::InsertPair(*session, pair);
        }
    }

    void SetK(int k) {
        auto database = storage::Database::Open(dir_.File("upward.db"));
        auto session = database->Acquire();
        *session << "UPDATE programmes SET anonymity_k = :k WHERE id = :p", soci::use(k), soci::use(programme_);
    }

    CommandResult Upward(const std::vector<std::string>& args) { return RunUpward(dir_, args); }
    std::string Id() const { return std::to_string(programme_); }

    TempDir dir_;
    long long programme_ = 0;
};

TEST_F(ReportCliTest, OutcomesAsJsonAndCsv) {
    const auto json = Upward({"report", "outcomes", "--programme", Id(), "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    const auto document = nlohmann::json::parse(json.out);
    EXPECT_EQ(document["as_of"], "2025-06-30");
    EXPECT_EQ(document["retention"]["participants"]["size"], 4);
    EXPECT_EQ(document["retention"]["comparison"]["stayed"], 5);
    EXPECT_TRUE(document["retention"]["too_small"].get<bool>());

    const auto csv = Upward({"report", "outcomes", "--programme", Id(), "--format", "csv"});
    ASSERT_EQ(csv.status, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("section,item,figure,value,count,note", 0), 0u) << csv.out;
    EXPECT_NE(csv.out.find("retention,participants,retention_rate,1.000,4,"), std::string::npos) << csv.out;
    EXPECT_NE(csv.out.find("retention,comparison,retention_rate,0.833,6,"), std::string::npos) << csv.out;

    const auto by_default = Upward({"report", "outcomes", "--programme", Id()});
    ASSERT_EQ(by_default.status, 0) << by_default.err;
    EXPECT_EQ(nlohmann::json::parse(by_default.out), document) << "json is the default";
}

TEST_F(ReportCliTest, TheSameAnonymityRulesAsTheWebUi) {
    SetK(5);
    const auto json = Upward({"report", "outcomes", "--programme", Id(), "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    const auto document = nlohmann::json::parse(json.out);
    EXPECT_TRUE(document["retention"]["participants"]["retention"]["value"].is_null());
    EXPECT_TRUE(document["retention"]["participants"]["stayed"].is_null());
    EXPECT_TRUE(document["retention"]["difference"].is_null());
    const auto csv = Upward({"report", "outcomes", "--programme", Id(), "--format", "csv"});
    EXPECT_NE(csv.out.find("retention,participants,retention_rate,,4,fewer than 5 people"), std::string::npos)
        << csv.out;
    EXPECT_EQ(csv.out.find("1.000"), std::string::npos) << "the withheld rate appears nowhere";
}

TEST_F(ReportCliTest, BadArgumentsNameTheArgument) {
    const auto format = Upward({"report", "outcomes", "--programme", Id(), "--format", "xml"});
    EXPECT_EQ(format.status, 2);
    EXPECT_NE(format.err.find("--format"), std::string::npos) << format.err;

    const auto missing = Upward({"report", "outcomes"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("--programme"), std::string::npos) << missing.err;

    const auto not_a_number = Upward({"report", "outcomes", "--programme", "abc"});
    EXPECT_EQ(not_a_number.status, 2);
    EXPECT_NE(not_a_number.err.find("--programme"), std::string::npos) << not_a_number.err;

    const auto zero = Upward({"report", "outcomes", "--programme", "0"});
    EXPECT_EQ(zero.status, 2);
    EXPECT_NE(zero.err.find("--programme"), std::string::npos) << zero.err;

    const auto kind = Upward({"report", "weather", "--programme", Id()});
    EXPECT_EQ(kind.status, 2);
    EXPECT_NE(kind.err.find("weather"), std::string::npos) << kind.err;

    const auto nothing = Upward({"report"});
    EXPECT_EQ(nothing.status, 2);

    const auto unknown = Upward({"report", "outcomes", "--programme", "999"});
    EXPECT_EQ(unknown.status, 3);
    EXPECT_NE(unknown.err.find("no programme"), std::string::npos) << unknown.err;

    EXPECT_EQ(Upward({"report", "health", "--programme", Id(), "--format", "xml"}).status, 2);
}

// The health document comes from the health dashboard's RenderHealthReport; its JSON carries the funnel.
TEST_F(ReportCliTest, HealthAsJsonHasTheFunnel) {
    const auto json = Upward({"report", "health", "--programme", Id(), "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    const auto document = nlohmann::json::parse(json.out);
    EXPECT_TRUE(document.contains("funnel")) << json.out;
    const auto csv = Upward({"report", "health", "--programme", Id(), "--format", "csv"});
    EXPECT_EQ(csv.status, 0) << csv.err;
    EXPECT_FALSE(csv.out.empty());
}

}  // namespace
}  // namespace upward::testing
