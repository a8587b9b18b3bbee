// Pulses and surveys over HTTP: statuses (201, 409, 422 naming the field, 400 for a wrong type), the double-blind
// release as a participant receives it, and withheld aggregates as admins receive them.
#include <gtest/gtest.h>

#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

class FeedbackApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin_,
                            {{"csv", "Employee ID,Name,Grade,Department\nM1,Mo,8,Sales\nJ1,Jo,2,Data\n"}})
                      .status,
                  200);
        programme_ = server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Feedback"}}).Json()["id"];
        mentee_ = server_->TokenFor("mentee@example.com", "mentee", programme_);
        mentor_ = server_->TokenFor("mentor@example.com", "mentor", programme_);
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = 'M1' WHERE email = 'mentee@example.com'";
        *session << "UPDATE users SET person_id = 'J1' WHERE email = 'mentor@example.com'";
        const auto now = server_->Clock().NowSeconds();
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "M1";
        pair.mentor = "J1";
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = now;
        pair_ = storage::InsertPair(*session, pair);
        long long series = 0;
        *session
            << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, "
               "uid, sequence, status, created_at, updated_at) VALUES (:p, 'Etc/UTC', '2026-12-01T10:00', 14, 45, "
               "'2027-06-30', 'feedback-api@test', 0, 'active', :t, :u) RETURNING id",
            soci::use(pair_), soci::use(now), soci::use(now), soci::into(series);
        const long long starts = now - 86400, ends = starts + 2700;
        *session
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, 'scheduled', 0, 'held', :u) RETURNING id",
            soci::use(series), soci::use(pair_), soci::use(starts), soci::use(starts), soci::use(ends), soci::use(now),
            soci::into(session_);
    }

    std::string PulsePath() const {
        return "/api/v1/pairs/" + std::to_string(pair_) + "/sessions/" + std::to_string(session_) + "/pulse";
    }

    // A complete answer from the form the caller received: every rating `rating`, the recommendation 9.
    static json AnswersFrom(const json& form, int rating) {
        json answers = json::array();
        for (const auto& question : form["survey"]["questions"]) {
            if (question["answer_type"] == "likert")
                answers.push_back({{"question_id", question["id"]}, {"number", rating}});
            if (question["answer_type"] == "recommend")
                answers.push_back({{"question_id", question["id"]}, {"number", 9}});
            if (question["answer_type"] == "text") {
                answers.push_back({{"question_id", question["id"]}, {"text", "A private comment"}});
            }
        }
        return answers;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, mentee_, mentor_;
    long long programme_ = 0, pair_ = 0, session_ = 0;
};

TEST_P(FeedbackApiTest, APulseIsGivenOnceAndOutOfRangeNamesTheField) {
    const auto out_of_range = server_->Api("POST", PulsePath(), mentee_, {{"usefulness", 9}});
    EXPECT_EQ(out_of_range.status, 422) << out_of_range.body;
    EXPECT_EQ(out_of_range.Json()["field"], "usefulness");
    const auto too_long =
        server_->Api("POST", PulsePath(), mentee_, {{"usefulness", 3}, {"comment", std::string(1001, 'x')}});
    EXPECT_EQ(too_long.status, 422);
    EXPECT_EQ(too_long.Json()["field"], "comment");
    EXPECT_EQ(server_->Api("POST", PulsePath(), mentee_, {{"usefulness", "four"}}).status, 400);
    EXPECT_FALSE(server_->Api("GET", PulsePath(), mentee_).Json()["submitted"]);
    const auto given = server_->Api("POST", PulsePath(), mentee_, {{"usefulness", 4}, {"comment", "Useful"}});
    ASSERT_EQ(given.status, 201) << given.body;
    EXPECT_EQ(server_->Api("POST", PulsePath(), mentee_, {{"usefulness", 5}}).status, 409);
    const auto own = server_->Api("GET", PulsePath(), mentee_).Json();
    EXPECT_EQ(own["usefulness"], 4);
    EXPECT_FALSE(server_->Api("GET", PulsePath(), mentor_).Json()["submitted"]) << "the mentor sees only their own";
}

TEST_P(FeedbackApiTest, RatingsReachThePartnerOnlyAfterBothAnsweredAndAggregatesStayWithheldBelowK) {
    const auto base = "/api/v1/programmes/" + std::to_string(programme_) + "/surveys";
    EXPECT_TRUE(server_->Api("GET", base, admin_).Json()["items"].empty()) << "a read never sets surveys up";
    ASSERT_EQ(server_->Api("POST", base + "/defaults", admin_).status, 200);
    const auto surveys = server_->Api("GET", base, admin_).Json()["items"];
    ASSERT_EQ(surveys.size(), 2u);
    long long survey = 0;
    for (const auto& item : surveys) {
        if (item["kind"] == "midpoint") survey = item["id"];
    }
    const auto form_path = "/api/v1/surveys/" + std::to_string(survey) + "/pairs/" + std::to_string(pair_);
    EXPECT_EQ(server_->Api("GET", form_path, mentee_).status, 404) << "a draft is not theirs to see";
    ASSERT_EQ(server_->Api("POST", base + "/" + std::to_string(survey) + "/open", admin_).status, 200);

    const auto respond = [&](const std::string& token, int rating) {
        const auto form = server_->Api("GET", form_path, token).Json();
        return server_->Api("POST", "/api/v1/surveys/" + std::to_string(survey) + "/responses", token,
                            {{"pair_id", pair_}, {"answers", AnswersFrom(form, rating)}});
    };
    const auto bad = server_->Api("POST", "/api/v1/surveys/" + std::to_string(survey) + "/responses", mentee_,
                                  {{"pair_id", pair_}, {"answers", json::array()}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_FALSE(bad.Json()["errors"].empty()) << "each missing required answer is listed";

    ASSERT_EQ(respond(mentee_, 2).status, 201);
    EXPECT_EQ(respond(mentee_, 2).status, 409) << "twice";
    auto mine = server_->Api("GET", "/api/v1/me/feedback", mentee_).Json()["items"];
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_FALSE(mine[0]["released"]);
    EXPECT_TRUE(mine[0]["ratings"].empty());

    ASSERT_EQ(respond(mentor_, 4).status, 201);
    const auto released = server_->Api("GET", "/api/v1/me/feedback", mentee_);
    mine = released.Json()["items"];
    ASSERT_TRUE(mine[0]["released"]);
    EXPECT_EQ(mine[0]["from"], "your partner");
    ASSERT_EQ(mine[0]["ratings"].size(), 7u);
    EXPECT_EQ(mine[0]["ratings"][0]["rating"], 4);
    EXPECT_EQ(released.body.find("A private comment"), std::string::npos) << "comments are never released";
    EXPECT_EQ(released.body.find("submitted_at"), std::string::npos) << "nor when the partner answered";
    EXPECT_EQ(server_->Api("GET", "/api/v1/pairs/" + std::to_string(pair_) + "/feedback", admin_).status, 403);

    const auto results = server_->Api("GET", base + "/" + std::to_string(survey) + "/results", admin_);
    ASSERT_EQ(results.status, 200) << results.body;
    const auto body = results.Json();
    EXPECT_EQ(body["k"], 5);
    for (const auto& question : body["questions"]) {
        if (question["archived"]) continue;
        EXPECT_TRUE(question["withheld"]) << question["prompt"];
        EXPECT_TRUE(question["texts"].empty());
        EXPECT_TRUE(question["distribution"].empty());
        if (question["answer_type"] == "likert" && question["audience"] == "mentor") {
            EXPECT_TRUE(question["mean"]["value"].is_null()) << "withheld, never zero";
            EXPECT_EQ(question["mean"]["count"], 1);
        }
    }
    EXPECT_EQ(results.body.find("A private comment"), std::string::npos);
    EXPECT_EQ(server_->Api("GET", base + "/" + std::to_string(survey) + "/results?grade_band=high", admin_).status,
              400);
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedbackApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
