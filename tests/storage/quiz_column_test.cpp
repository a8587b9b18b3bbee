// The training_modules.quiz column keeps its own format: the bytes a module's quiz was always stored as.
#include "storage/training/quiz_column.hpp"

#include <gtest/gtest.h>

namespace upward::storage {
namespace {

TEST(QuizColumnTest, KeepsTheStoredBytesAndReadsThemBack) {
    const std::vector<domain::QuizQuestion> quiz = {{"Q1", {"a", "b"}, 1}, {"Q2", {"yes", "no", "maybe"}, 2}};
    const auto text = EncodeQuiz(quiz);
    EXPECT_EQ(text, R"([{"answer":1,"options":["a","b"],"question":"Q1"},)"
                    R"({"answer":2,"options":["yes","no","maybe"],"question":"Q2"}])");
    const auto read = DecodeQuiz(text);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[1].question, "Q2");
    EXPECT_EQ(read[1].options, quiz[1].options);
    EXPECT_EQ(read[1].answer, 2);
    EXPECT_TRUE(DecodeQuiz("[]").empty());
}

}  // namespace
}  // namespace upward::storage
