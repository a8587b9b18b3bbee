// Training modules as the domain sees them: validation naming the field, grading, and the Markdown file format.
#include "domain/training.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "core/errors.hpp"
#include "domain/training_document.hpp"

namespace upward::domain {
namespace {

// The module of the grading tests: four questions whose right answers are 1, 0, 1 and 3.
std::vector<QuizQuestion> FourQuestions() {
    return {
        {"Q1", {"a", "b", "c"}, 1}, {"Q2", {"yes", "no"}, 0}, {"Q3", {"x", "y"}, 1}, {"Q4", {"p", "q", "r", "s"}, 3}};
}

TrainingModule ValidModule() {
    TrainingModule module;
    module.title = "Patience";
    module.body_markdown = "Be **patient**.\n";
    module.quiz = FourQuestions();
    return module;
}

TEST(TrainingModuleTest, ValidateNamesTheFieldThatBreaksARule) {
    const auto field = [](const std::function<void(TrainingModule&)>& change) -> std::string {
        auto module = ValidModule();
        change(module);
        try {
            Validate(module);
        } catch (const InvalidInput& error) {
            return error.Field();
        }
        return "";
    };
    EXPECT_EQ(field([](TrainingModule&) {}), "");
    EXPECT_EQ(field([](TrainingModule& m) { m.title.clear(); }), "title");
    EXPECT_EQ(field([](TrainingModule& m) { m.body_markdown = "\n \n"; }), "body_markdown");
    EXPECT_EQ(field([](TrainingModule& m) { m.pass_mark = 0; }), "pass_mark");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz.clear(); }), "quiz");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[2].options = {"only one"}; }), "quiz[2].options");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[2].options = {"same", "Same"}; }), "quiz[2].options[1]");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[2].options = {"fine", ""}; }), "quiz[2].options[1]");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[2].options[1] = std::string(501, 'x'); }), "quiz[2].options[1]");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[0].question = std::string(1001, 'x'); }), "quiz[0].question");
    EXPECT_EQ(field([](TrainingModule& m) { m.quiz[0].answer = 3; }), "quiz[0].answer");
}

TEST(TrainingModuleTest, RoleIsFixedOnceTheModuleExists) {
    auto module = ValidModule();
    TrainingModulePatch same_role;
    same_role.role = ProgrammeRole::kMentor;
    same_role.title = "Same role";
    EXPECT_NO_THROW(ApplyTrainingModulePatch(same_role, module, false));
    EXPECT_EQ(module.title, "Same role");
    TrainingModulePatch other_role;
    other_role.role = ProgrammeRole::kMentee;
    try {
        ApplyTrainingModulePatch(other_role, module, false);
        FAIL() << "changing the role was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "role");
    }
    EXPECT_EQ(module.role, ProgrammeRole::kMentor);
    ApplyTrainingModulePatch(other_role, module, true);
    EXPECT_EQ(module.role, ProgrammeRole::kMentee);
}

TEST(QuizGradingTest, ScoresThePercentageRightAndListsWrongQuestions) {
    const auto module = ValidModule();
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
