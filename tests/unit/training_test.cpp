// Training modules as the domain sees them: validation naming the field, grading, and the Markdown file format.
#include "domain/training.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "core/errors.hpp"
#include "domain/training_document.hpp"

namespace upward::domain {
namespace {

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
        ApplyTrainingModuleFields(body, module, true);
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(TrainingModuleTest, AcceptsAValidModule) {
    TrainingModule module;
    ApplyTrainingModuleFields(ValidModule(), module, true);
    EXPECT_EQ(module.role, ProgrammeRole::kMentor);
    EXPECT_EQ(module.title, "Patience");
    ASSERT_EQ(module.quiz.size(), 4u);
    EXPECT_EQ(module.quiz[3].answer, 3);
    EXPECT_EQ(module.pass_mark, 75);
}

TEST(TrainingModuleTest, ValidationNamesTheField) {
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

TEST(TrainingModuleTest, RoleIsFixedOnceTheModuleExists) {
    TrainingModule module;
    ApplyTrainingModuleFields(ValidModule(), module, true);
    EXPECT_NO_THROW(ApplyTrainingModuleFields({{"role", "mentor"}, {"title", "Same role"}}, module, false));
    EXPECT_EQ(module.title, "Same role");
    try {
        ApplyTrainingModuleFields({{"role", "mentee"}}, module, false);
        FAIL() << "changing the role was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "role");
    }
}

TEST(TrainingModuleTest, QuizJsonForParticipantsHasNoAnswers) {
    TrainingModule module;
    ApplyTrainingModuleFields(ValidModule(), module, true);
    const auto shown = QuizToJson(module.quiz, false);
    ASSERT_EQ(shown.size(), 4u);
    for (const auto& question : shown) {
        EXPECT_FALSE(question.contains("answer")) << question.dump();
        EXPECT_TRUE(question.contains("options"));
    }
    const auto stored = QuizToJson(module.quiz, true);
    EXPECT_EQ(QuizFromJson(stored).at(3).answer, 3);
}

TEST(QuizGradingTest, ScoresThePercentageRightAndListsWrongQuestions) {
    TrainingModule module;
    ApplyTrainingModuleFields(ValidModule(), module, true);
    const auto all_right = GradeQuiz(module.quiz, {1, 0, 1, 3}, 75);
    EXPECT_EQ(all_right.score, 100);
    EXPECT_TRUE(all_right.passed);
    EXPECT_TRUE(all_right.wrong.empty());

    const auto three_of_four = GradeQuiz(module.quiz, {1, 0, 0, 3}, 75);
    EXPECT_EQ(three_of_four.score, 75);
    EXPECT_TRUE(three_of_four.passed);  // the pass mark is reached exactly
    EXPECT_EQ(three_of_four.wrong, std::vector<int>({2}));

    const auto half = GradeQuiz(module.quiz, {0, 0, 0, 3}, 75);
    EXPECT_EQ(half.score, 50);
    EXPECT_FALSE(half.passed);
    EXPECT_EQ(half.correct, 2);
    EXPECT_EQ(half.total, 4);
    EXPECT_EQ(half.wrong, std::vector<int>({0, 2}));
}

TEST(QuizGradingTest, RoundsDownSoTwoOfThreeFailsAPassMarkOf67) {
    std::vector<QuizQuestion> quiz = {{"a", {"x", "y"}, 0}, {"b", {"x", "y"}, 0}, {"c", {"x", "y"}, 0}};
    const auto grade = GradeQuiz(quiz, {0, 0, 1}, 67);
    EXPECT_EQ(grade.score, 66);
    EXPECT_FALSE(grade.passed);
    EXPECT_TRUE(GradeQuiz(quiz, {0, 0, 1}, 66).passed);
}

TEST(QuizGradingTest, RefusesAnswersThatDoNotFitTheQuiz) {
    std::vector<QuizQuestion> quiz = {{"a", {"x", "y"}, 0}, {"b", {"x", "y", "z"}, 2}};
    try {
        GradeQuiz(quiz, {0}, 50);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers");
    }
    try {
        GradeQuiz(quiz, {0, 3}, 50);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers[1]");
    }
    try {
        AnswersFromJson(json::array({0, "1"}));
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers[1]");
    }
    try {
        AnswersFromJson(json::object());
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "answers");
    }
    EXPECT_EQ(AnswersFromJson(json::array({1, 0})), std::vector<int>({1, 0}));
}

TEST(TrainingDocumentTest, ReadsFrontMatterBodyAndQuiz) {
    const auto document = ParseTrainingDocument(
        "---\ntitle: Patience: at their pace\npass_mark: 80%\nrole: mentor\n---\n\nFirst paragraph.\n\n## "
        "Details\n\nMore.\n\n"
        "## Quiz\n\n1. What do you do\n   when they are stuck?\n   - [ ] Take over\n   - [x] Let them try again\n"
        "2) Second?\n   * [X] Right\n   * [ ] Wrong\n   * [ ] Also wrong\n");
    EXPECT_EQ(document.title, "Patience: at their pace");
    EXPECT_EQ(document.pass_mark, 80);
    EXPECT_EQ(document.front_matter.at("role"), "mentor");
    EXPECT_EQ(document.body_markdown, "First paragraph.\n\n## Details\n\nMore.\n");
    ASSERT_EQ(document.quiz.size(), 2u);
    EXPECT_EQ(document.quiz[0].question, "What do you do when they are stuck?");
    EXPECT_EQ(document.quiz[0].options, std::vector<std::string>({"Take over", "Let them try again"}));
    EXPECT_EQ(document.quiz[0].answer, 1);
    EXPECT_EQ(document.quiz[1].answer, 0);
    EXPECT_EQ(document.quiz[1].options.size(), 3u);
}

TEST(TrainingDocumentTest, TakesTheTitleFromALeadingHeadingWithoutFrontMatter) {
    const auto document = ParseTrainingDocument("\n# Listening\n\nListen first.\n\n## Quiz\n1. Q?\n- [x] a\n- [ ] b\n");
    EXPECT_EQ(document.title, "Listening");
    EXPECT_EQ(document.body_markdown, "Listen first.\n");
    EXPECT_EQ(document.pass_mark, 75);
    ASSERT_EQ(document.quiz.size(), 1u);
}

TEST(TrainingDocumentTest, ReportsTheLineOrFieldThatIsWrong) {
    const auto field = [](const std::string& text) -> std::string {
        try {
            ParseTrainingDocument(text);
        } catch (const InvalidInput& error) {
            return error.Field();
        }
        return "";
    };
    EXPECT_EQ(field("---\ntitle: x\npass_mark: 80\n"), "line 1");
    EXPECT_EQ(field("---\ntitle: x\nnot a pair\n---\nbody\n"), "line 3");
    EXPECT_EQ(field("---\npass_mark: lots\n---\nbody\n"), "pass_mark");
    EXPECT_EQ(field("---\npass_mark: 0\n---\nbody\n"), "pass_mark");
    EXPECT_EQ(field("body\n## Quiz\n- [x] option before question\n"), "line 3");
    EXPECT_EQ(field("body\n## Quiz\n1. Q\n- [x] a\nstray text\n"), "line 5");
    EXPECT_EQ(field("body\n## Quiz\n1. Q\n- [ ] a\n- [ ] b\n"), "quiz[0].answer");
    EXPECT_EQ(field("body\n## Quiz\n1. Q\n- [x] a\n- [ ] b\n2. R\n- [x] a\n- [x] b\n"), "quiz[1].answer");
}

}  // namespace
}  // namespace upward::domain
