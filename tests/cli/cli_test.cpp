// The `upward` binary as an operator uses it: exit statuses, messages on stderr, and what ends up stored.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

class CliTest : public ::testing::Test {
protected:
    CommandResult Upward(const std::vector<std::string>& args, const std::string& input = "",
                         const std::string& env = "") {
        return RunUpward(dir_, args, input, env);
    }
    void WriteFile(const std::string& name, const std::string& content) { std::ofstream(dir_.File(name)) << content; }

    TempDir dir_;
};

TEST_F(CliTest, VersionAndUsage) {
    const auto version = Upward({"--version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_NE(version.out.find("upward "), std::string::npos);
    EXPECT_EQ(Upward({}).status, 2);
    EXPECT_EQ(Upward({"frobnicate"}).status, 2);
    const auto help = Upward({"--help"});
    EXPECT_EQ(help.status, 0);
    for (const char* command : {"serve", "migrate", "import", "people", "user", "token", "demo"}) {
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    }
}

TEST_F(CliTest, MigrateCreatesTheDefaultDatabaseInTheCurrentFolder) {
    const auto run = Upward({"migrate"});
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("schema version"), std::string::npos);
    EXPECT_TRUE(std::ifstream(dir_.File("upward.db")).good());
}

TEST_F(CliTest, UserAddPrintsAGeneratedPasswordOnceAndRefusesDuplicates) {
    const auto first = Upward({"user", "add", "--email", "Boss@Example.com", "--role", "admin"});
    ASSERT_EQ(first.status, 0) << first.err;
    const auto at = first.out.find("password: ");
    ASSERT_NE(at, std::string::npos);
    EXPECT_GE(first.out.size() - at - 10, 20u);
    const auto again = Upward({"user", "add", "--email", "boss@example.com", "--role", "admin"});
    EXPECT_EQ(again.status, 4);
    EXPECT_NE(again.err.find("exists"), std::string::npos);
}

TEST_F(CliTest, UserAddChecksItsArguments) {
    const auto bad_email = Upward({"user", "add", "--email", "nobody", "--role", "admin"});
    EXPECT_EQ(bad_email.status, 2);
    EXPECT_NE(bad_email.err.find("email"), std::string::npos);
    EXPECT_EQ(Upward({"user", "add", "--email", "a@b.c", "--role", "king"}).status, 2);
    const auto mentor = Upward({"user", "add", "--email", "a@b.c", "--role", "mentor"});
    EXPECT_EQ(mentor.status, 2);
    EXPECT_NE(mentor.err.find("programme"), std::string::npos);
    const auto short_password =
        Upward({"user", "add", "--email", "a@b.c", "--role", "admin", "--password-stdin"}, "short\n");
    EXPECT_EQ(short_password.status, 2);
    EXPECT_NE(short_password.err.find("password"), std::string::npos);
}

TEST_F(CliTest, PasswordFromStdinIsNeverEchoed) {
    const auto run =
        Upward({"user", "add", "--email", "a@b.c", "--role", "admin", "--password-stdin"}, "a very secret phrase\n");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out.find("a very secret phrase"), std::string::npos);
    EXPECT_EQ(run.out.find("password:"), std::string::npos);
}

TEST_F(CliTest, ImportWithABadRowExitsNonZeroNamesTheRowAndWritesNothing) {
    WriteFile("people.csv", "Employee ID,Name,Grade,Manager ID\nE1,Ada,9,\nE2,Bo,three,E1\nE3,Cy,2,E1\n");
    const auto run = Upward({"import", "people", "people.csv"});
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("row 3"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("grade"), std::string::npos) << run.err;
    const auto listed = Upward({"people", "list", "--format", "json"});
    ASSERT_EQ(listed.status, 0) << listed.err;
    EXPECT_EQ(nlohmann::json::parse(listed.out).size(), 0u);

    const auto skipped = Upward({"import", "people", "people.csv", "--skip-bad-rows"});
    EXPECT_EQ(skipped.status, 0) << skipped.err;
    EXPECT_EQ(nlohmann::json::parse(Upward({"people", "list", "--format", "json"}).out).size(), 2u);
}

TEST_F(CliTest, ImportDryRunFullAndMapping) {
    WriteFile("hris.csv", "Worker,Band,Boss\nW1,8,\nW2,3,W1\nW3,2,W1\n");
    const auto mapped =
        Upward({"import", "people", "hris.csv", "--map", "employee_id=Worker,grade=Band,manager_id=Boss"});
    ASSERT_EQ(mapped.status, 0) << mapped.err;
    EXPECT_NE(mapped.out.find("3 inserted"), std::string::npos) << mapped.out;

    WriteFile("smaller.csv", "Worker,Band,Boss\nW1,8,\nW2,4,W1\n");
    const std::vector<std::string> full = {
        "import", "people", "smaller.csv", "--map", "employee_id=Worker,grade=Band,manager_id=Boss", "--full"};
    auto dry = full;
    dry.push_back("--dry-run");
    const auto dry_run = Upward(dry);
    ASSERT_EQ(dry_run.status, 0) << dry_run.err;
    EXPECT_NE(dry_run.out.find("1 updated"), std::string::npos) << dry_run.out;
    EXPECT_NE(dry_run.out.find("1 deactivated"), std::string::npos) << dry_run.out;
    EXPECT_EQ(Upward({"people", "list", "--format", "csv"}).out.find("W3") != std::string::npos, true);

    ASSERT_EQ(Upward(full).status, 0);
    const auto active = Upward({"people", "list", "--format", "csv"}).out;
    EXPECT_EQ(active.find("W3"), std::string::npos);
    const auto everyone = Upward({"people", "list", "--format", "csv", "--include-inactive"}).out;
    EXPECT_NE(everyone.find("W3"), std::string::npos) << "deactivated, never deleted";
    EXPECT_EQ(Upward({"import", "people", "hris.csv", "--map", "grade"}).status, 2);
    EXPECT_EQ(Upward({"import", "people", "missing.csv"}).status, 2);
}

TEST_F(CliTest, PeopleListFormats) {
    WriteFile("people.csv", "Employee ID,Name,Grade,Department\nE1,\"Okafor, Ada\",9,Board\n");
    ASSERT_EQ(Upward({"import", "people", "people.csv"}).status, 0);
    const auto csv = Upward({"people", "list", "--format", "csv"});
    EXPECT_NE(csv.out.find("\"Okafor, Ada\""), std::string::npos) << csv.out;
    const auto json = nlohmann::json::parse(Upward({"people", "list", "--format", "json"}).out);
    EXPECT_EQ(json[0]["name"], "Okafor, Ada");
    const auto table = Upward({"people", "list"});
    EXPECT_NE(table.out.find("employee_id"), std::string::npos);
    EXPECT_EQ(Upward({"people", "list", "--format", "xml"}).status, 2);
}

TEST_F(CliTest, TokenCreateNeedsAnExistingAccount) {
    EXPECT_EQ(Upward({"token", "create", "--email", "ghost@example.com"}).status, 3);
    ASSERT_EQ(Upward({"user", "add", "--email", "ops@example.com", "--role", "admin"}).status, 0);
    const auto token = Upward({"token", "create", "--email", "ops@example.com"});
    EXPECT_EQ(token.status, 0);
    EXPECT_EQ(token.out.rfind("upw_", 0), 0u);
}

TEST_F(CliTest, DatabaseFromTheEnvironmentAndUnreachableServersWithoutLeakingPasswords) {
    EXPECT_EQ(Upward({"migrate"}, "", "UPWARD_DB=other.db").status, 0);
    EXPECT_TRUE(std::ifstream(dir_.File("other.db")).good());
    const auto unreachable = Upward({"--db", "postgresql://upward:hunter2secret@127.0.0.1:1/none", "migrate"});
    EXPECT_EQ(unreachable.status, 5);
    EXPECT_EQ(unreachable.err.find("hunter2secret"), std::string::npos) << unreachable.err;
}

TEST_F(CliTest, DemoSeedsOnceAndKeepsItsCredentials) {
    const auto first = Upward({"demo"});
    ASSERT_EQ(first.status, 0) << first.err;
    const auto second = Upward({"demo"});
    ASSERT_EQ(second.status, 0) << second.err;
    EXPECT_EQ(first.out, second.out);
    const auto people = nlohmann::json::parse(Upward({"people", "list", "--format", "json"}).out);
    EXPECT_GE(people.size(), 300u);
}

TEST_F(CliTest, ServeStopsGracefullyOnSigterm) {
    ASSERT_EQ(Upward({"migrate"}).status, 0);
    const std::string command =
        "cd " + Quote(dir_.Path()) + " && exec " + Quote(UPWARD_BINARY) + " serve --port 0 2>serve.log";
    FILE* pipe = ::popen(("sh -c " + Quote(command + " & echo $!; wait")).c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    char line[256];
    ASSERT_NE(std::fgets(line, sizeof line, pipe), nullptr);
    const int pid = std::stoi(line);
    ASSERT_NE(std::fgets(line, sizeof line, pipe), nullptr);
    EXPECT_EQ(std::string(line).rfind("listening on http://127.0.0.1:", 0), 0u) << line;
    ::kill(pid, SIGTERM);
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
    }
    const int status = ::pclose(pipe);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    const auto log = ReadFile(dir_.File("serve.log"));
    EXPECT_NE(log.find("\"event\":\"shutdown\""), std::string::npos) << log;
    EXPECT_NE(log.find("\"event\":\"stopped\""), std::string::npos) << log;
}

}  // namespace
}  // namespace upward::testing
