// An application body as the API reads it (http) and checks it against the programme and the applicant's side
// (domain): the catalogue's spelling, and the field every wrong value names.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/application.hpp"
#include "http/enrolment/enrolment_json.hpp"

namespace upward::http {
namespace {

using domain::Side;
using nlohmann::json;

domain::Programme Catalogue() {
    domain::Programme programme;
    programme.topics = {"AI tools", "Social media"};
    return programme;
}

domain::ApplicationAnswers Read(const json& body, Side side) {
    return domain::CheckApplicationAnswers(ApplicationAnswersFromJson(body), side, Catalogue());
}

json Answers(json topics) {
    return {{"topics", std::move(topics)},
            {"languages", {"EN", "pt-BR", "en"}},
            {"availability",
             {{{"day", "wed"}, {"start", "14:00"}, {"end", "15:00"}},
              {{"day", "mon"}, {"start", "09:00"}, {"end", "10:00"}}}},
            {"motivation", "  To learn.  "},
            {"goals", "Listen better."}};
}

std::string FieldOf(const json& body, Side side) {
    try {
        Read(body, side);
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(ApplicationJsonTest, ReadsAMentorsAnswersInTheCataloguesSpelling) {
    const auto answers =
        Read(Answers({{{"topic", "ai TOOLS"}, {"level", 5}, {"evidence", "Built our assistant."}}}), Side::kMentor);
    ASSERT_EQ(answers.topics.size(), 1u);
    EXPECT_EQ(answers.topics[0].topic, "AI tools");
    EXPECT_EQ(answers.topics[0].level, 5);
    EXPECT_EQ(answers.languages, (std::vector<std::string>{"en", "pt-br"}));
    ASSERT_EQ(answers.availability.size(), 2u);
    EXPECT_EQ(answers.availability[0].day, 0);  // sorted: Monday first
    EXPECT_EQ(answers.motivation, "To learn.");
}

TEST(ApplicationJsonTest, NamesTheFieldThatIsWrong) {
    const json mentor_topic = {{"topic", "AI tools"}, {"level", 3}, {"evidence", "Workshop."}};
    EXPECT_EQ(FieldOf(Answers({mentor_topic, {{"topic", "Knitting"}, {"level", 3}, {"evidence", "x"}}}), Side::kMentor),
              "topics[1].topic");
    EXPECT_EQ(FieldOf(Answers({mentor_topic, mentor_topic}), Side::kMentor), "topics[1].topic");
    EXPECT_EQ(FieldOf(Answers({{{"topic", "AI tools"}, {"level", 0}, {"evidence", "x"}}}), Side::kMentor),
              "topics[0].level");
    EXPECT_EQ(FieldOf(Answers({{{"topic", "AI tools"}, {"level", 2}}}), Side::kMentor), "topics[0].evidence");
    EXPECT_EQ(FieldOf(Answers({{{"topic", "AI tools"}, {"level", 2}, {"evidence", "two\nlines"}}}), Side::kMentor),
              "topics[0].evidence");
    EXPECT_EQ(FieldOf(Answers({{{"topic", "AI tools"}, {"priority", 6}}}), Side::kMentee), "topics[0].priority");
    EXPECT_EQ(FieldOf(Answers({mentor_topic}), Side::kMentee), "topics[0].evidence");  // a mentee gives priorities
    EXPECT_EQ(FieldOf(Answers(json::array()), Side::kMentee), "topics");

    auto body = Answers({mentor_topic});
    body["languages"] = {"english"};
    EXPECT_EQ(FieldOf(body, Side::kMentor), "languages[0]");
    body = Answers({mentor_topic});
    body["availability"][1]["end"] = "08:00";
    EXPECT_EQ(FieldOf(body, Side::kMentor), "availability[1]");
    body = Answers({mentor_topic});
    body["motivation"] = std::string(domain::kMaxMotivationLength + 1, 'x');
    EXPECT_EQ(FieldOf(body, Side::kMentor), "motivation");
    body = Answers({mentor_topic});
    body["motivation"] = " ";
    EXPECT_EQ(FieldOf(body, Side::kMentor), "motivation");
    body = Answers({mentor_topic});
    body["salary"] = 1;
    EXPECT_EQ(FieldOf(body, Side::kMentor), "salary");
}

TEST(ApplicationJsonTest, ReadsTheSideTheApplicantNames) {
    auto body = Answers(json::array());
    EXPECT_FALSE(ApplicationAnswersFromJson(body).side);
    body["side"] = "mentee";
    EXPECT_EQ(ApplicationAnswersFromJson(body).side, Side::kMentee);
    body["side"] = "sponsor";
    EXPECT_EQ(FieldOf(body, Side::kMentee), "side");
    body = Answers(json::array());
    body.erase("availability");
    EXPECT_EQ(FieldOf(body, Side::kMentee), "availability");
}

}  // namespace
}  // namespace upward::http
