// `upward funnel` as an admin scripts it: counts per side and step, the people with what holds them, exit statuses.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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

// The "mentors mentees" figures of one step's line of the table.
std::string RowOf(const std::string& table, const std::string& step) {
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::string name, mentors, mentees;
        words >> name >> mentors >> mentees;
        if (name == step) return mentors + " " + mentees;
    }
    return "";
}

class FunnelCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::ofstream(dir_.File("people.csv"))
            << "Employee ID,Name,Grade\nB1,Bea Boss,9\nJ1,Jo Junior,2\nJ2,Jay Junior,2\n";
        ASSERT_EQ(Upward({"import", "people", "people.csv"}).status, 0);
        // Programmes and pairs come from the web UI or the API; made here through the service and the repository.
        auto database = storage::Database::Open(dir_.File("upward.db"));
        SystemClock clock;
        domain::Caller admin;
        admin.role = domain::Role::kAdmin;
        programme_ =
            service::ProgrammeService(*database, clock).Create(admin, ProgrammeFields({{"name", "Scripted"}})).id;
        auto session = database->Acquire();
        *session << "INSERT INTO invitations (programme_id, employee_id, email, side, token_hash, status, created_at, "
                    "expires_at) VALUES (:p, 'J2', 'jay@example.com', 'mentor', 'digest', 'pending', 1, 4102444800)",
            soci::use(programme_);
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "B1";
        pair.mentor = "J1";
        pair.status = domain::PairStatus::kActive;
        storage::InsertPair(*session, pair);
    }

    CommandResult Upward(const std::vector<std::string>& args) { return RunUpward(dir_, args); }

    TempDir dir_;
    long long programme_ = 0;
};

TEST_F(FunnelCliTest, CountsAsATableAndPeopleAsJson) {
    const auto id = std::to_string(programme_);
    const auto table = Upward({"funnel", "--programme", id});
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_EQ(RowOf(table.out, "invited"), "1 0") << table.out;
    EXPECT_EQ(RowOf(table.out, "applied"), "0 0") << table.out;
    EXPECT_EQ(RowOf(table.out, "ground_rules_acknowledged"), "0 0") << "no rules: nothing to count" << table.out;
    EXPECT_EQ(RowOf(table.out, "matched"), "1 1") << table.out;
    EXPECT_EQ(RowOf(table.out, "agreement_signed"), "1 1") << table.out;
    EXPECT_EQ(table.out.find("Jay Junior"), std::string::npos) << "names only with --people";

    const auto listed = Upward({"funnel", "--programme", id, "--people"});
    EXPECT_NE(listed.out.find("mentor\tinvited\tJ2\tJay Junior\tinvitation_not_accepted"), std::string::npos)
        << listed.out;
    EXPECT_NE(listed.out.find("mentee\tagreement_signed\tB1\tBea Boss\tdone"), std::string::npos) << listed.out;

    const auto json = Upward({"funnel", "--programme", id, "--people", "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    const auto document = nlohmann::json::parse(json.out);
    EXPECT_EQ(document["sides"][0]["side"], "mentor");
    EXPECT_EQ(document["sides"][0]["steps"][0]["count"], 1);
    EXPECT_EQ(document["sides"][0]["steps"][0]["people"][0]["employee_id"], "J2");
    EXPECT_EQ(document["sides"][1]["steps"][7]["people"][0]["blocked_on"], nullptr);
}

TEST_F(FunnelCliTest, BadInputAndUnknownProgrammes) {
    EXPECT_EQ(Upward({"funnel", "--programme", std::to_string(programme_), "--format", "xml"}).status, 2);
    const auto missing = Upward({"funnel", "--programme", "999"});
    EXPECT_EQ(missing.status, 3);
    EXPECT_NE(missing.err.find("no programme"), std::string::npos);
    EXPECT_EQ(Upward({"funnel"}).status, 2);
}

}  // namespace
}  // namespace upward::testing
