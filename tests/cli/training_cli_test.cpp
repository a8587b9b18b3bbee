// `upward training` as an admin who scripts uses it: importing modules from Markdown files and listing them.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.hpp"
#include "core/clock.hpp"
#include "programme_fields.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/database/database.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

const char* const kModule =
    "---\n"
    "title: Running a hybrid meeting\n"
    "pass_mark: 50\n"
    "---\n"
    "Half the room is on a screen. **Say who is speaking** before you speak.\n"
    "\n"
    "## Quiz\n"
    "\n"
    "1. Who should speak first in a hybrid meeting?\n"
    "   - [ ] Whoever is in the room\n"
    "   - [x] Whoever the agenda names, wherever they are\n"
    "2. What helps remote people most?\n"
    "   - [x] Naming yourself before you speak\n"
    "   - [ ] A louder microphone\n";

class TrainingCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(Upward({"migrate"}).status, 0);
        // Programmes are set up in the web UI or the API; create one the way they do.
        auto database = storage::Database::Open(dir_.File("upward.db"));
        SystemClock clock;
        service::ProgrammeService programmes(*database, clock);
        domain::Caller admin;
        admin.role = domain::Role::kAdmin;
        programme_ = std::to_string(programmes.Create(admin, ProgrammeFields({{"name", "Digital"}})).id);
    }

    CommandResult Upward(const std::vector<std::string>& args) { return RunUpward(dir_, args); }
    void WriteFile(const std::string& name, const std::string& content) { std::ofstream(dir_.File(name)) << content; }

    TempDir dir_;
    std::string programme_;
};

TEST_F(TrainingCliTest, ListShowsTheDefaultModulesInOrder) {
    const auto listed = Upward({"training", "list", "--programme", programme_, "--format", "json"});
    ASSERT_EQ(listed.status, 0) << listed.err;
    const auto modules = json::parse(listed.out);
    ASSERT_EQ(modules.size(), 7u);
    EXPECT_EQ(modules[0]["role"], "mentee");
    EXPECT_EQ(modules[0]["title"], "Listening to learn");
    EXPECT_EQ(modules[3]["role"], "mentor");
    EXPECT_EQ(modules[3]["position"], 1);
    EXPECT_EQ(modules[3]["title"], "Patience: teaching at the learner's pace");

    const auto mentors = Upward({"training", "list", "--programme", programme_, "--role", "mentor"});
    ASSERT_EQ(mentors.status, 0) << mentors.err;
    EXPECT_NE(mentors.out.find("Confidentiality"), std::string::npos);
    EXPECT_EQ(mentors.out.find("Listening to learn"), std::string::npos);
}

TEST_F(TrainingCliTest, ImportAddsAModuleFromAMarkdownFile) {
    WriteFile("hybrid.md", kModule);
    const auto imported = Upward({"training", "import", "--programme", programme_, "--role", "mentee", "hybrid.md"});
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(
        imported.out.find("\"Running a hybrid meeting\" added for mentees at position 4 (2 questions, pass mark 50%)"),
        std::string::npos)
        << imported.out;

    const auto listed = json::parse(
        Upward({"training", "list", "--programme", programme_, "--role", "mentee", "--format", "json"}).out);
    ASSERT_EQ(listed.size(), 4u);
    EXPECT_EQ(listed[3]["title"], "Running a hybrid meeting");
    EXPECT_EQ(listed[3]["questions"], 2);
    EXPECT_EQ(listed[3]["pass_mark"], 50);
}

TEST_F(TrainingCliTest, BadFilesAndArgumentsExitWithTheFieldAndChangeNothing) {
    std::string no_answer = kModule;
    no_answer.replace(no_answer.find("[x] Naming"), 3, "[ ]");
    WriteFile("no-answer.md", no_answer);
    const auto missing_answer =
        Upward({"training", "import", "--programme", programme_, "--role", "mentor", "no-answer.md"});
    EXPECT_EQ(missing_answer.status, 2);
    EXPECT_NE(missing_answer.err.find("quiz[1].answer"), std::string::npos) << missing_answer.err;

    WriteFile("stray.md", std::string(kModule) + "Some text that is no option\n");
    const auto stray = Upward({"training", "import", "--programme", programme_, "--role", "mentor", "stray.md"});
    EXPECT_EQ(stray.status, 2);
    EXPECT_NE(stray.err.find("line 15"), std::string::npos) << stray.err;

    WriteFile("mentee-only.md", "---\ntitle: T\nrole: mentee\n---\nBody\n## Quiz\n1. Q\n- [x] a\n- [ ] b\n");
    const auto wrong_role =
        Upward({"training", "import", "--programme", programme_, "--role", "mentor", "mentee-only.md"});
    EXPECT_EQ(wrong_role.status, 2);
    EXPECT_NE(wrong_role.err.find("role"), std::string::npos);

    EXPECT_EQ(Upward({"training", "import", "--programme", programme_, "--role", "boss", "mentee-only.md"}).status, 2);
    EXPECT_EQ(Upward({"training", "import", "--programme", programme_, "--role", "mentor", "absent.md"}).status, 2);
    WriteFile("hybrid.md", kModule);
    EXPECT_EQ(Upward({"training", "import", "--programme", "999", "--role", "mentor", "hybrid.md"}).status, 3);
    EXPECT_EQ(Upward({"training", "list", "--programme", "999"}).status, 3);

    const auto listed = json::parse(Upward({"training", "list", "--programme", programme_, "--format", "json"}).out);
    EXPECT_EQ(listed.size(), 7u);
}

}  // namespace
}  // namespace upward::testing
