// The default modules every programme starts with: real content for each of the seed's points, valid quizzes.
#include "service/training/training_defaults.hpp"

#include <gtest/gtest.h>

#include <set>

#include "service/training/markdown_renderer.hpp"

namespace upward::service {
namespace {

domain::Programme ProgrammeWithTopics(std::vector<std::string> topics) {
    domain::Programme programme;
    programme.id = 7;
    programme.name = "Digital";
    programme.topics = std::move(topics);
    return programme;
}

std::vector<std::string> Titles(const std::vector<domain::TrainingModule>& modules, domain::ProgrammeRole role) {
    std::vector<std::string> titles;
    for (const auto& module : modules) {
        if (module.role == role) titles.push_back(module.title);
    }
    return titles;
}

TEST(TrainingDefaultsTest, CoverTheSeedsPointsForEachRoleInOrder) {
    const auto modules = DefaultTrainingModules(ProgrammeWithTopics({"AI tools"}), 100);
    EXPECT_EQ(Titles(modules, domain::ProgrammeRole::kMentor),
              std::vector<std::string>({"Patience: teaching at the learner's pace",
                                        "Restricting advice to the topics in scope", "Confidentiality",
                                        "Teaching by example"}));
    EXPECT_EQ(Titles(modules, domain::ProgrammeRole::kMentee),
              std::vector<std::string>({"Listening to learn", "Checking your ego at the door", "Acting on advice"}));
}

TEST(TrainingDefaultsTest, EachHasSubstantialTextAndThreeOrFourQuestions) {
    for (const auto& module : DefaultTrainingModules(ProgrammeWithTopics({}), 100)) {
        EXPECT_EQ(module.programme_id, 7);
        EXPECT_GT(module.body_markdown.size(), 1200u) << module.title;
        EXPECT_GE(module.quiz.size(), 3u) << module.title;
        EXPECT_LE(module.quiz.size(), 4u) << module.title;
        EXPECT_EQ(module.pass_mark, 75) << module.title;
        EXPECT_EQ(module.created_at, 100);
        // The right answer is not always in the same place, so guessing one position fails.
        std::set<int> answer_positions;
        for (const auto& question : module.quiz) answer_positions.insert(question.answer);
        EXPECT_GT(answer_positions.size(), 1u) << module.title;
        EXPECT_EQ(module.body_markdown.find("{{"), std::string::npos) << module.title;
        EXPECT_NE(RenderMarkdown(module.body_markdown).find("<p>"), std::string::npos);
    }
}

TEST(TrainingDefaultsTest, TheRelevantTopicsModuleListsTheProgrammesTopicsAsText) {
    const auto modules = DefaultTrainingModules(ProgrammeWithTopics({"AI tools", "Social *media* <script>"}), 100);
    const auto relevant = std::find_if(modules.begin(), modules.end(), [](const auto& module) {
        return module.title.find("topics in scope") != std::string::npos;
    });
    ASSERT_NE(relevant, modules.end());
    const auto html = RenderMarkdown(relevant->body_markdown);
    EXPECT_NE(html.find("<li>AI tools</li>"), std::string::npos) << html;
    EXPECT_NE(html.find("<li>Social *media* &lt;script&gt;</li>"), std::string::npos) << html;

    const auto without = DefaultTrainingModules(ProgrammeWithTopics({}), 100);
    const auto none = std::find_if(without.begin(), without.end(), [](const auto& module) {
        return module.title.find("topics in scope") != std::string::npos;
    });
    EXPECT_NE(none->body_markdown.find("No topics are listed"), std::string::npos);
}

}  // namespace
}  // namespace upward::service
