// `upward invite` as an admin scripts it: by employee ids or by filter, how many were invited, exit statuses.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>

#include "cli_runner.hpp"
#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "programme_fields.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/database/database.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

class InviteCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::ofstream(dir_.File("people.csv")) << "Employee ID,Name,Email,Grade,Department\n"
                                                  "B1,Bea Boss,bea@example.com,9,Sales\n"
                                                  "B2,Bo Boss,bo@example.com,8,Data\n"
                                                  "J1,Jo Junior,jo@example.com,2,Sales\n"
                                                  "J2,Jay Junior,jay@example.com,2,Data\n";
        ASSERT_EQ(Upward({"import", "people", "people.csv"}).status, 0);
        // No command creates programmes (admins use the web UI or the API): made here through the service.
        auto database = storage::Database::Open(dir_.File("upward.db"));
        SystemClock clock;
        domain::Caller admin;
        admin.role = domain::Role::kAdmin;
        programme_ =
            service::ProgrammeService(*database, clock).Create(admin, ProgrammeFields({{"name", "Scripted"}})).id;
    }

    CommandResult Upward(const std::vector<std::string>& args) { return RunUpward(dir_, args); }

    long long Count(const std::string& sql) {
        auto database = storage::Database::Open(dir_.File("upward.db"));
        auto session = database->Acquire();
        long long count = 0;
        *session << sql, soci::into(count);
        return count;
    }

    TempDir dir_;
    long long programme_ = 0;
};

TEST_F(InviteCliTest, InvitesChosenPeopleAndPrintsHowMany) {
    const auto run = Upward({"invite", "--programme", std::to_string(programme_), "--side", "mentor", "--people",
                             "J1,J2,NOPE", "--public-url", "https://mentoring.example.com/"});
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("invited 2 as mentor; skipped 1"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("NOPE: not in the people directory"), std::string::npos) << run.out;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE side = 'mentor' AND status = 'pending'"), 2);
    EXPECT_EQ(
        Count("SELECT COUNT(*) FROM mail_outbox WHERE text_body LIKE '%https://mentoring.example.com/#/invitations/%'"),
        2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE invited_by IS NULL"), 2);  // the operator has no account

    // Again: the same two get new links, counted as reissued.
    const auto again =
        Upward({"invite", "--programme", std::to_string(programme_), "--side", "mentor", "--people", "J1,J2"});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_NE(again.out.find("invited 2 as mentor (2 of them again, with a new link)"), std::string::npos) << again.out;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations"), 2);
}

TEST_F(InviteCliTest, InvitesByFilter) {
    const auto run = Upward({"invite", "--programme", std::to_string(programme_), "--side", "mentee", "--grade-min",
                             "8", "--grade-max", "10", "--department", "Sales"});
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("invited 1 as mentee"), std::string::npos) << run.out;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE employee_id = 'B1' AND side = 'mentee'"), 1);
}

TEST_F(InviteCliTest, RefusesBadArguments) {
    const auto id = std::to_string(programme_);
    EXPECT_EQ(Upward({"invite", "--programme", id, "--side", "boss", "--people", "J1"}).status, 2);
    const auto both =
        Upward({"invite", "--programme", id, "--side", "mentor", "--people", "J1", "--department", "Data"});
    EXPECT_EQ(both.status, 2);
    EXPECT_NE(both.err.find("either --people or a filter"), std::string::npos) << both.err;
    EXPECT_EQ(Upward({"invite", "--programme", id, "--side", "mentor"}).status, 2);
    EXPECT_EQ(Upward({"invite", "--programme", id, "--side", "mentor", "--grade-min", "5", "--grade-max", "3"}).status,
              2);
    EXPECT_EQ(Upward({"invite", "--programme", "999", "--side", "mentor", "--people", "J1"}).status, 3);
    EXPECT_EQ(
        Upward({"invite", "--programme", id, "--side", "mentor", "--people", "J1", "--public-url", "ftp://x"}).status,
        2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations"), 0);
}

}  // namespace
}  // namespace upward::testing
