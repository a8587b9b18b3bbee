// The applications table's JSON columns keep their own formats: the bytes applications were always stored as, and
// text that does not read gives nothing rather than failing a listing.
#include "storage/enrolment/application_columns.hpp"

#include <gtest/gtest.h>

namespace upward::storage {
namespace {

TEST(ApplicationColumnsTest, TopicsKeepTheStoredBytesOfEachSide) {
    const std::vector<domain::ApplicationTopic> topics = {{"AI tools", 4, "Ran the workshop.", 0}};
    EXPECT_EQ(EncodeApplicationTopics(topics, domain::Side::kMentor),
              R"([{"evidence":"Ran the workshop.","level":4,"topic":"AI tools"}])");
    EXPECT_EQ(EncodeApplicationTopics({{"Social media", 0, "", 5}}, domain::Side::kMentee),
              R"([{"priority":5,"topic":"Social media"}])");
    const auto read = DecodeApplicationTopics(EncodeApplicationTopics(topics, domain::Side::kMentor));
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].topic, "AI tools");
    EXPECT_EQ(read[0].level, 4);
    EXPECT_EQ(read[0].evidence, "Ran the workshop.");
    EXPECT_TRUE(DecodeApplicationTopics("not json").empty());
}

TEST(ApplicationColumnsTest, ScreeningAnswersRoundTripAndBadTextReadsAsNone) {
    const std::vector<domain::ScreeningAnswer> answers = {{11, "Ünïcode \"quoted\""}, {12, "b"}};
    const auto text = EncodeScreeningAnswers(answers);
    EXPECT_EQ(text, R"([{"answer":"Ünïcode \"quoted\"","question_id":11},{"answer":"b","question_id":12}])");
    const auto back = DecodeScreeningAnswers(text);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].question_id, 11);
    EXPECT_EQ(back[0].answer, "Ünïcode \"quoted\"");
    EXPECT_TRUE(DecodeScreeningAnswers("not json").empty());
    EXPECT_TRUE(DecodeScreeningAnswers("").empty());
}

}  // namespace
}  // namespace upward::storage
