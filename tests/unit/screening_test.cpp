// The screening rules without a database: questionnaires, answers, scorecards, averages and decisions.
#include "domain/screening.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "core/errors.hpp"

namespace upward::domain {
namespace {

// The field an InvalidInput names, or "" when `action` throws nothing.
std::string FieldOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

std::vector<ScreeningQuestion> Stored() {
    return {{11, 1, "patience", "P?"}, {12, 2, "listening", "L?"}, {13, 3, "patience", "P again?"}};
}

TEST(ScreeningTest, DefaultQuestionnaireCoversTheSeedsQualities) {
    auto questions = DefaultScreeningQuestions();
    NormaliseQuestionnaire(questions);  // the default passes the rules admins are held to
    const auto qualities = ScoredQualities(questions);
    EXPECT_EQ(std::set<std::string>(qualities.begin(), qualities.end()),
              (std::set<std::string>{"patience", "temperament", "listening", "expertise"}));
}

TEST(ScreeningTest, QuestionnaireIsNormalisedAndBadQuestionsAreNamed) {
    std::vector<ScreeningQuestion> questions = {{0, 9, "  Patience ", " How patient are you? "},
                                                {0, 3, "expertise", "What?"}};
    NormaliseQuestionnaire(questions);
    EXPECT_EQ(questions[0].quality, "patience");
    EXPECT_EQ(questions[0].prompt, "How patient are you?");
    EXPECT_EQ(questions[0].position, 1);
    EXPECT_EQ(questions[1].position, 2);

    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> none;
                  NormaliseQuestionnaire(none);
              }),
              "questions");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> q = {{0, 1, "patience", "ok"}, {0, 2, "listening", "   "}};
                  NormaliseQuestionnaire(q);
              }),
              "questions[1].prompt");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> q = {{0, 1, "", "ok"}};
                  NormaliseQuestionnaire(q);
              }),
              "questions[0].quality");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> q = {{0, 1, "patience", std::string(kMaxPromptLength + 1, 'x')}};
                  NormaliseQuestionnaire(q);
              }),
              "questions[0].prompt");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> q = {{5, 1, "patience", "a"}, {5, 2, "listening", "b"}};
                  NormaliseQuestionnaire(q);
              }),
              "questions[1].id");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningQuestion> q(kMaxScreeningQuestions + 1, {0, 0, "patience", "a"});
                  NormaliseQuestionnaire(q);
              }),
              "questions");
}

TEST(ScreeningTest, AnswersMustCoverEveryQuestionOnce) {
    std::vector<ScreeningAnswer> answers = {{12, " I listen. "}, {11, "Slowly."}, {13, "Again."}};
    NormaliseAnswers(Stored(), answers);
    EXPECT_EQ(answers[0].answer, "I listen.");

    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningAnswer> a = {{11, "x"}, {12, "y"}};
                  NormaliseAnswers(Stored(), a);
              }),
              "answers");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningAnswer> a = {{11, "x"}, {12, " "}, {13, "z"}};
                  NormaliseAnswers(Stored(), a);
              }),
              "answers[1].answer");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningAnswer> a = {{11, "x"}, {99, "y"}};
                  NormaliseAnswers(Stored(), a);
              }),
              "answers[1].question_id");
    EXPECT_EQ(FieldOf([] {
                  std::vector<ScreeningAnswer> a = {{11, "x"}, {11, "y"}};
                  NormaliseAnswers(Stored(), a);
              }),
              "answers[1].question_id");
}

TEST(ScreeningTest, ScorecardScoresEveryQualityOfTheQuestionnaire) {
    const auto qualities = ScoredQualities(Stored());
    ASSERT_EQ(qualities, (std::vector<std::string>{"patience", "listening"}));
    Scorecard good{{{"patience", 4}, {"listening", 5}}, ScreeningOutcome::kApprove, "  Clear answers.  "};
    NormaliseScorecard(qualities, good);
    EXPECT_EQ(good.comment, "Clear answers.");

    const auto field_of = [&qualities](Scorecard scorecard) {
        return FieldOf([&] { NormaliseScorecard(qualities, scorecard); });
    };
    EXPECT_EQ(field_of({{{"patience", 4}}, ScreeningOutcome::kApprove, "c"}), "scores");
    EXPECT_EQ(field_of({{{"patience", 0}, {"listening", 5}}, ScreeningOutcome::kApprove, "c"}), "scores.patience");
    EXPECT_EQ(field_of({{{"patience", 3}, {"listening", 6}}, ScreeningOutcome::kApprove, "c"}), "scores.listening");
    EXPECT_EQ(field_of({{{"patience", 3}, {"listening", 3}, {"charm", 3}}, ScreeningOutcome::kApprove, "c"}),
              "scores.charm");
    EXPECT_EQ(field_of({{{"patience", 3}, {"listening", 3}}, ScreeningOutcome::kApprove, " "}), "comment");
}

TEST(ScreeningTest, SummaryAveragesEachQualityOverTheReviewsThatScoredIt) {
    const std::vector<std::string> qualities = {"patience", "listening", "expertise"};
    const std::vector<Scorecard> scorecards = {
        {{{"patience", 4}, {"listening", 2}}, ScreeningOutcome::kApprove, "a"},
        {{{"patience", 5}, {"listening", 3}, {"expertise", 1}}, ScreeningOutcome::kDecline, "b"},
        {{{"patience", 3}, {"listening", 4}}, ScreeningOutcome::kApprove, "c"},
    };
    const auto summary = Summarise(qualities, scorecards);
    EXPECT_EQ(summary.reviews, 3);
    EXPECT_DOUBLE_EQ(summary.average_by_quality.at("patience"), 4.0);
    EXPECT_DOUBLE_EQ(summary.average_by_quality.at("listening"), 3.0);
    EXPECT_DOUBLE_EQ(summary.average_by_quality.at("expertise"), 1.0);
    ASSERT_TRUE(summary.overall.has_value());
    EXPECT_DOUBLE_EQ(*summary.overall, (4.0 + 3.0 + 1.0) / 3);
    EXPECT_EQ(summary.recommendations.at("approve"), 2);
    EXPECT_EQ(summary.recommendations.at("decline"), 1);
    EXPECT_FALSE(Summarise(qualities, {}).overall.has_value());
}

TEST(ScreeningTest, DecisionsFollowTheApplicationsStatus) {
    for (const auto outcome : {ScreeningOutcome::kApprove, ScreeningOutcome::kWaitList, ScreeningOutcome::kDecline}) {
        EXPECT_NO_THROW(CheckDecisionAllowed(ApplicationStatus::kSubmitted, outcome));
        EXPECT_THROW(CheckDecisionAllowed(ApplicationStatus::kApproved, outcome), Conflict);
        EXPECT_THROW(CheckDecisionAllowed(ApplicationStatus::kDeclined, outcome), Conflict);
        EXPECT_THROW(CheckDecisionAllowed(ApplicationStatus::kWithdrawn, outcome), Conflict);
    }
    // A wait-listed applicant can later be approved (or declined), not wait-listed twice.
    EXPECT_NO_THROW(CheckDecisionAllowed(ApplicationStatus::kWaitListed, ScreeningOutcome::kApprove));
    EXPECT_NO_THROW(CheckDecisionAllowed(ApplicationStatus::kWaitListed, ScreeningOutcome::kDecline));
    EXPECT_THROW(CheckDecisionAllowed(ApplicationStatus::kWaitListed, ScreeningOutcome::kWaitList), Conflict);

    EXPECT_EQ(StatusAfter(ScreeningOutcome::kWaitList), ApplicationStatus::kWaitListed);
    EXPECT_EQ(ParseScreeningOutcome("wait_list"), ScreeningOutcome::kWaitList);
    EXPECT_FALSE(ParseScreeningOutcome("maybe").has_value());
    EXPECT_TRUE(AwaitsDecision(ApplicationStatus::kWaitListed));
    EXPECT_FALSE(AwaitsDecision(ApplicationStatus::kApproved));
}

TEST(ScreeningTest, ADecisionNeedsAReason) {
    EXPECT_EQ(NormaliseDecisionReason("  Strong answers.  "), "Strong answers.");
    EXPECT_EQ(FieldOf([] { NormaliseDecisionReason(" \n "); }), "reason");
    EXPECT_EQ(FieldOf([] { NormaliseDecisionReason(std::string(kMaxDecisionReasonLength + 1, 'x')); }), "reason");
}

}  // namespace
}  // namespace upward::domain
