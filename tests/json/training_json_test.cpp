// The training API's module fields and quiz answers as the http layer reads and renders them: every field a wrong
// value names, and a participant's quiz without its answers.
#include "http/training/training_json.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "core/errors.hpp"
#include "domain/training.hpp"

namespace upward::http {
namespace {

using domain::ProgrammeRole;
using domain::TrainingModule;
using nlohmann::json;

json ValidModule() {
    return {{"role", "mentor"},
            {"title", "Patience"},
            {"body_markdown", "Be **patient**.\n"},
            {"pass_mark", 75},
            {"quiz",
             {{{"question", "Q1"}, {"options", {"a", "b", "c"}}, {"answer", 1}},
              {{"question", "Q2"}, {"options", {"yes", "no"}}, {"answer", 0}},
              {{"question", "Q3"}, {"options", {"x", "y"}}, {"answer", 1}},
              {{"question", "Q4"}, {"options", {"p", "q", "r", "s"}}, {"answer", 3}}}}};
}

// The field InvalidInput names when `change` is applied to a valid module, or "" when it is accepted.
std::string FieldOf(const std::function<void(json&)>& change) {
    auto body = ValidModule();
    change(body);
    TrainingModule module;
    try {
        domain::ApplyTrainingModulePatch(TrainingModulePatchFromJson(body), module, true);
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(TrainingModuleJsonTest, AcceptsAValidModule) {
    TrainingModule module;
    domain::ApplyTrainingModulePatch(TrainingModulePatchFromJson(ValidModule()), module, true);
    EXPECT_EQ(module.role, ProgrammeRole::kMentor);
    EXPECT_EQ(module.title, "Patience");
    ASSERT_EQ(module.quiz.size(), 4u);
    EXPECT_EQ(module.quiz[3].answer, 3);
    EXPECT_EQ(module.pass_mark, 75);
}

TEST(TrainingModuleJsonTest, ValidationNamesTheField) {
    EXPECT_EQ(FieldOf([](json&) {}), "");
    EXPECT_EQ(FieldOf([](json& b) { b["title"] = "  "; }), "title");
    EXPECT_EQ(FieldOf([](json& b) { b["title"] = 5; }), "title");
    EXPECT_EQ(FieldOf([](json& b) { b["title"] = std::string(201, 'x'); }), "title");
    EXPECT_EQ(FieldOf([](json& b) { b["body_markdown"] = "\n \n"; }), "body_markdown");
    EXPECT_EQ(FieldOf([](json& b) { b["body_markdown"] = std::string(100'001, 'x'); }), "body_markdown");
    EXPECT_EQ(FieldOf([](json& b) { b["pass_mark"] = 0; }), "pass_mark");
    EXPECT_EQ(FieldOf([](json& b) { b["pass_mark"] = 101; }), "pass_mark");
    EXPECT_EQ(FieldOf([](json& b) { b["pass_mark"] = "75"; }), "pass_mark");
    EXPECT_EQ(FieldOf([](json& b) { b["role"] = "sponsor"; }), "role");
    EXPECT_EQ(FieldOf([](json& b) { b["colour"] = "red"; }), "colour");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"] = json::array(); }), "quiz");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"] = "none"; }), "quiz");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][1] = "Q?"; }), "quiz[1]");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][2]["options"] = {"only one"}; }), "quiz[2].options");
    EXPECT_EQ(FieldOf([](json& b) {
                  b["quiz"][2]["options"] = json::array({"a", "b", "c", "d", "e", "f", "g", "h", "i"});
              }),
              "quiz[2].options");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][2]["options"] = {"same", "Same"}; }), "quiz[2].options[1]");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][2]["options"] = {"fine", ""}; }), "quiz[2].options[1]");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][2]["options"] = {"fine", 3}; }), "quiz[2].options[1]");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][0]["answer"] = 3; }), "quiz[0].answer");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][0]["answer"] = -1; }), "quiz[0].answer");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][0].erase("answer"); }), "quiz[0].answer");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][0]["question"] = ""; }), "quiz[0].question");
    EXPECT_EQ(FieldOf([](json& b) { b["quiz"][0]["hint"] = "no"; }), "quiz[0].hint");
    EXPECT_EQ(FieldOf([](json& b) {
                  b["quiz"] = json::array();
                  for (int i = 0; i < 21; ++i) b["quiz"].push_back(ValidModule()["quiz"][0]);
              }),
              "quiz");
}

TEST(TrainingModuleJsonTest, ReadsOnlyTheFieldsTheBodySets) {
    const auto patch = TrainingModulePatchFromJson({{"role", "mentee"}, {"title", "  Same role  "}});
    EXPECT_EQ(patch.role, ProgrammeRole::kMentee);
    EXPECT_EQ(patch.title, "Same role");
    EXPECT_FALSE(patch.quiz || patch.pass_mark || patch.body_markdown);
    // Markdown keeps its whitespace: indentation and trailing spaces carry meaning there.
    EXPECT_EQ(TrainingModulePatchFromJson({{"body_markdown", "    code\n"}}).body_markdown, "    code\n");
}

TEST(TrainingModuleJsonTest, QuizJsonForParticipantsHasNoAnswers) {
    const auto quiz = *TrainingModulePatchFromJson(ValidModule()).quiz;
    const auto shown = QuizToJson(quiz, false);
    ASSERT_EQ(shown.size(), 4u);
    for (const auto& question : shown) {
        EXPECT_FALSE(question.contains("answer")) << question.dump();
        EXPECT_TRUE(question.contains("options"));
    }
    const auto admins = QuizToJson(quiz, true);
    EXPECT_EQ(admins.at(3).at("answer"), 3);
}

TEST(TrainingModuleJsonTest, AnswersAreOptionIndices) {
    try {
        QuizAnswersFromJson(json::array({0, "1"}));
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers[1]");
    }
    try {
        QuizAnswersFromJson(json::object());
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers");
    }
    EXPECT_EQ(QuizAnswersFromJson(json::array({1, 0})), std::vector<int>({1, 0}));
}

}  // namespace
}  // namespace upward::http
