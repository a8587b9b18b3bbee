// The survey rules without a database: default questions and dates, answer validation, and the k and
// complement rules that guard every aggregate.
#include "domain/survey.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/survey_results.hpp"

namespace upward::domain {
namespace {

SurveyQuestion Asked(long long id, const std::string& audience, const std::string& type, bool required = true) {
    SurveyQuestion question;
    question.id = id;
    question.audience = audience;
    question.answer_type = type;
    question.subject = type == "likert" ? "partner" : "programme";
    question.quality = type == "likert" ? "patient" : "";
    question.prompt = "Q" + std::to_string(id);
    question.required = required;
    if (type == "choice") question.choices = {"Yes", "No"};
    return question;
}

SurveyAnswer Number(long long id, int value) { return {id, value, "", ""}; }

TEST(SurveyDefaults, TheMidpointOpensHalfWayAndTheClosingSurveyAtTheEnd) {
    EXPECT_EQ(DefaultSurveyDates("midpoint", "2025-01-01", "2025-03-01", "2024-06-01"),
              (std::pair<std::string, std::string>{"2025-01-30", "2025-02-13"}));
    EXPECT_EQ(DefaultSurveyDates("closing", "2025-01-01", "2025-03-01", "2024-06-01").first, "2025-03-01");
    EXPECT_EQ(DefaultSurveyDates("midpoint", "", "", "2024-06-01").first, "2024-06-01") << "no dates: today";
    EXPECT_EQ(DefaultSurveyDates("closing", "", "2024-02-28", "").second, "2024-03-13")
        << "two weeks, leap day included";
}

TEST(SurveyDefaults, EachSideRatesTheOtherOnTheSeedsQualities) {
    const auto questions = DefaultSurveyQuestions({"AI tools"});
    int mentor_ratings = 0, mentee_ratings = 0, self = 0;
    for (const auto& question : questions) {
        if (question.subject == "partner" && question.audience == "mentee") ++mentor_ratings;
        if (question.subject == "partner" && question.audience == "mentor") ++mentee_ratings;
        if (question.subject == "self") {
            ++self;
            EXPECT_EQ(question.topic, "AI tools");
        }
    }
    EXPECT_EQ(mentor_ratings, 6);
    EXPECT_EQ(mentee_ratings, 7);
    EXPECT_EQ(self, 2) << "before and after";
    EXPECT_EQ(questions.back().position, static_cast<int>(questions.size()));
}

TEST(SurveyAnswers, RequiredRangeChoiceTextAndAudienceAreChecked) {
    const std::vector<SurveyQuestion> questions = {Asked(1, "mentee", "likert"), Asked(2, "mentee", "recommend"),
                                                   Asked(3, "mentee", "choice", false),
                                                   Asked(4, "mentee", "text", false), Asked(5, "mentor", "likert")};
    const auto kept = ValidAnswers(questions, "mentee", {Number(1, 5), Number(2, 0), {3, std::nullopt, "Yes", ""}});
    EXPECT_EQ(kept.size(), 3u);
    const auto field_of = [&](const std::vector<SurveyAnswer>& answers) -> std::string {
        try {
            ValidAnswers(questions, "mentee", answers);
        } catch (const InvalidInput& error) {
            return error.Rows().empty() ? "(no rows)" : error.Rows().front().field;
        }
        return "";
    };
    EXPECT_EQ(field_of({Number(1, 5)}), "answers") << "2 is required";
    EXPECT_EQ(field_of({Number(1, 6), Number(2, 3)}), "number");
    EXPECT_EQ(field_of({Number(1, 0), Number(2, 3)}), "number");
    EXPECT_EQ(field_of({Number(1, 3), Number(2, 11)}), "number");
    EXPECT_EQ(field_of({Number(1, 3), Number(2, 3), {3, std::nullopt, "Maybe", ""}}), "choice");
    EXPECT_EQ(field_of({Number(1, 3), Number(2, 3), {4, std::nullopt, "", std::string(2001, 'x')}}), "text");
    EXPECT_EQ(field_of({Number(1, 3), Number(2, 3), Number(5, 3)}), "question_id") << "the mentor's question";
    EXPECT_EQ(field_of({Number(1, 3), Number(1, 3), Number(2, 3)}), "question_id") << "answered twice";
    EXPECT_EQ(field_of({Number(1, 3), Number(2, 3), {4, std::nullopt, "", "   "}}), "") << "blank optional text";
}

TEST(SurveyAnswers, PulseValuesAreInRange) {
    EXPECT_NO_THROW(ValidatePulse(1, ""));
    EXPECT_NO_THROW(ValidatePulse(5, std::string(1000, 'x')));
    EXPECT_THROW(ValidatePulse(0, ""), InvalidInput);
    EXPECT_THROW(ValidatePulse(6, ""), InvalidInput);
    EXPECT_THROW(ValidatePulse(3, std::string(1001, 'x')), InvalidInput);
}

TEST(SurveyQuestions, QuestionsAboutThePartnerAreRatings) {
    auto question = Asked(1, "mentee", "text");
    question.subject = "partner";
    EXPECT_THROW(ValidateQuestion(question), InvalidInput) << "a comment about the partner would be released to nobody";
    auto choice = Asked(2, "mentor", "choice");
    choice.choices = {"Only"};
    EXPECT_THROW(ValidateQuestion(choice), InvalidInput);
    auto fine = Asked(3, "mentor", "choice");
    EXPECT_NO_THROW(ValidateQuestion(fine));
}

TEST(AnonymityGroups, AGroupIsWithheldBelowKAndWhenTheRestIsSmall) {
    EXPECT_EQ(GroupWithheldReason(0, 10, false, 5), "no answers yet");
    EXPECT_FALSE(GroupWithheldReason(4, 4, false, 5).empty());
    EXPECT_TRUE(GroupWithheldReason(5, 5, false, 5).empty());
    EXPECT_TRUE(GroupWithheldReason(5, 5, true, 5).empty()) << "nothing outside the group";
    EXPECT_FALSE(GroupWithheldReason(7, 10, true, 5).empty()) << "3 outside";
    EXPECT_FALSE(GroupWithheldReason(9, 10, true, 5).empty()) << "1 outside";
    EXPECT_TRUE(GroupWithheldReason(5, 10, true, 5).empty());
    EXPECT_TRUE(GroupWithheldReason(7, 10, false, 5).empty()) << "unfiltered: there is no rest";
    EXPECT_TRUE(GroupWithheldReason(1, 1, false, 0).empty()) << "k below 1 counts as 1";
}

TEST(AnonymityGroups, AggregatesShowNothingOfAWithheldQuestion) {
    const std::vector<SurveyQuestion> questions = {Asked(1, "mentee", "likert"), Asked(2, "mentee", "text", false)};
    std::vector<ResultAnswer> answers;
    for (int i = 0; i < 6; ++i) {
        answers.push_back({1, "mentee", i < 3 ? "Sales" : "Legal", 8, 1 + i % 5, "", ""});
        answers.push_back(
            {2, "mentee", i < 3 ? "Sales" : "Legal", 8, std::nullopt, "", "Text " + std::to_string(5 - i)});
    }
    const auto all = AggregateSurvey(questions, answers, {}, 5);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_FALSE(all[0].Withheld());
    EXPECT_NEAR(*all[0].mean.value, (1 + 2 + 3 + 4 + 5 + 1) / 6.0, 1e-9);
    EXPECT_EQ(all[0].distribution.size(), 5u);
    EXPECT_EQ(all[0].distribution[0].second, 2);
    EXPECT_EQ(all[1].texts.front(), "Text 0");
    ResultFilter sales;
    sales.department = "Sales";
    const auto narrowed = AggregateSurvey(questions, answers, sales, 5);
    EXPECT_TRUE(narrowed[0].Withheld());
    EXPECT_FALSE(narrowed[0].mean.value.has_value());
    EXPECT_TRUE(narrowed[0].distribution.empty());
    EXPECT_TRUE(narrowed[1].texts.empty());
    EXPECT_EQ(ParseGradeBand("3-5"), (std::pair<long long, long long>{3, 5}));
    EXPECT_THROW(ParseGradeBand("5-3"), InvalidInput);
    EXPECT_THROW(ParseGradeBand("high"), InvalidInput);
}

}  // namespace
}  // namespace upward::domain
