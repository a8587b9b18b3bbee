// The rules of an application: what the applicant writes, who may apply on which side, the deadline, and the
// match profile it stands for.
#include "domain/application.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/invitation.hpp"

namespace upward::domain {
namespace {

using nlohmann::json;

Programme Catalogue() {
    Programme programme;
    programme.topics = {"AI tools", "Social media"};
    programme.min_grade_gap = 2;
    return programme;
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
        ParseApplicationAnswers(body, side, Catalogue());
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(ApplicationTest, ReadsAMentorsAnswersInTheCataloguesSpelling) {
    const auto answers =
        ParseApplicationAnswers(Answers({{{"topic", "ai TOOLS"}, {"level", 5}, {"evidence", "Built our assistant."}}}),
                                Side::kMentor, Catalogue());
    ASSERT_EQ(answers.topics.size(), 1u);
    EXPECT_EQ(answers.topics[0].topic, "AI tools");
    EXPECT_EQ(answers.topics[0].level, 5);
    EXPECT_EQ(answers.languages, (std::vector<std::string>{"en", "pt-br"}));
    ASSERT_EQ(answers.availability.size(), 2u);
    EXPECT_EQ(answers.availability[0].day, 0);  // sorted: Monday first
    EXPECT_EQ(answers.motivation, "To learn.");
}

TEST(ApplicationTest, NamesTheFieldThatIsWrong) {
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
    body["motivation"] = std::string(kMaxMotivationLength + 1, 'x');
    EXPECT_EQ(FieldOf(body, Side::kMentor), "motivation");
    body = Answers({mentor_topic});
    body["motivation"] = " ";
    EXPECT_EQ(FieldOf(body, Side::kMentor), "motivation");
    body = Answers({mentor_topic});
    body["salary"] = 1;
    EXPECT_EQ(FieldOf(body, Side::kMentor), "salary");
}

TEST(ApplicationTest, GradeRulesSayWhyWhenRefused) {
    auto programme = Catalogue();
    programme.max_mentor_grade = 3;
    Person junior{.employee_id = "J", .grade = 3};
    Person senior{.employee_id = "S", .grade = 4};
    EXPECT_EQ(ApplicantIneligibility(junior, Side::kMentor, programme, 1), "");
    EXPECT_NE(ApplicantIneligibility(senior, Side::kMentor, programme, 1).find("at most grade 3"), std::string::npos);
    // Mentees need the lowest grade plus the gap: 1 + 2 = 3.
    EXPECT_EQ(ApplicantIneligibility(junior, Side::kMentee, programme, 1), "");
    EXPECT_NE(ApplicantIneligibility(junior, Side::kMentee, programme, 2).find("at least grade 4"), std::string::npos);
    Person former = junior;
    former.left = true;
    EXPECT_NE(ApplicantIneligibility(former, Side::kMentor, programme, 1).find("not active"), std::string::npos);
}

TEST(ApplicationTest, DeadlineIsInclusive) {
    auto programme = Catalogue();
    EXPECT_TRUE(ApplicationsOpen(programme, "2030-01-01"));
    programme.application_deadline = "2025-06-10";
    EXPECT_TRUE(ApplicationsOpen(programme, "2025-06-10"));
    EXPECT_FALSE(ApplicationsOpen(programme, "2025-06-11"));
}

TEST(ApplicationTest, ProfileUsesTheEnginesPriorityScale) {
    EXPECT_EQ(MatchPriority(1), 1);
    EXPECT_EQ(MatchPriority(2), 2);
    EXPECT_EQ(MatchPriority(3), 2);
    EXPECT_EQ(MatchPriority(4), 3);
    EXPECT_EQ(MatchPriority(5), 3);
    Application application;
    application.employee_id = "M";
    application.side = Side::kMentee;
    application.answers =
        ParseApplicationAnswers(Answers({{{"topic", "Social media"}, {"priority", 4}}}), Side::kMentee, Catalogue());
    const auto profile = ToMatchProfile(application);
    EXPECT_EQ(profile.side, Side::kMentee);
    ASSERT_EQ(profile.topics.size(), 1u);
    EXPECT_EQ(profile.topics[0].value, 3);
    EXPECT_EQ(FormatAvailability(profile.availability), "mon 09:00-10:00;wed 14:00-15:00");
    EXPECT_FALSE(profile.eligible);
}

TEST(ApplicationTest, InvitationsExpireAtTheirTime) {
    Invitation invitation;
    invitation.expires_at = 100;
    EXPECT_EQ(EffectiveStatus(invitation, 99), "pending");
    EXPECT_EQ(EffectiveStatus(invitation, 100), "expired");
    invitation.status = InvitationStatus::kAccepted;
    EXPECT_EQ(EffectiveStatus(invitation, 200), "accepted");
}

}  // namespace
}  // namespace upward::domain
