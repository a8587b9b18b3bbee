// Screening through the real server: the questionnaire, an applicant's answers, a named reviewer's scorecard,
// the admin's decision and its email, what the applicant then reads, and bad input named by field.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

// D1 manages S1; E1 is in another line; R1 reviews.
const char* const kDirectory =
    "Employee ID,Name,Grade,Department,Manager ID\n"
    "CEO,Cleo Chief,10,Executive,\n"
    "D1,Dana Director,8,Sales,CEO\n"
    "S1,Sam Sales,2,Sales,D1\n"
    "E1,Eli Engineer,2,Engineering,CEO\n"
    "R1,Rae Reviewer,7,People,CEO\n";

class ScreeningApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        ASSERT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", kDirectory}}).status, 200);
        const auto created =
            server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Digital"}, {"topics", {"AI tools"}}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        base_ = "/api/v1/programmes/" + std::to_string(programme_) + "/screening";
        s1_ = Person("S1", "mentor");
        e1_ = Person("E1", "mentor");
        d1_ = Person("D1", "participant");
        r1_ = Person("R1", "participant");
        s1_application_ = Apply("S1");
        e1_application_ = Apply("E1");
    }

    // An account linked to a person of the directory; mentors are members of the programme.
    std::string Person(const std::string& person, const std::string& role) {
        const auto email = ToLower(person) + "@example.com";
        const auto token = server_->TokenFor(email, role, role == "mentor" ? programme_ : 0);
        auto session = server_->Database().Acquire();
        *session << "UPDATE users SET person_id = :p, display_name = (SELECT name FROM people WHERE employee_id = :p2) "
                    "WHERE email = :e",
            soci::use(person), soci::use(person), soci::use(email);
        return token;
    }

    long long Apply(const std::string& person) {
        auto session = server_->Database().Acquire();
        const std::string email = ToLower(person) + "@example.com";
        long long user_id = 0;
        *session << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(user_id);
        domain::Application application;
        application.programme_id = programme_;
        application.employee_id = person;
        application.user_id = user_id;
        application.side = domain::Side::kMentor;
        application.answers.topics = {{"AI tools", 4, "Runs the AI guild", 0}};
        application.answers.languages = {"en"};
        application.answers.motivation = "Helping seniors.";
        application.submitted_at = application.updated_at = server_->Clock().NowSeconds();
        return storage::InsertApplication(*session, application);
    }

    std::string Application(long long id) const { return base_ + "/applications/" + std::to_string(id); }

    static void ExpectField(const HttpResult& result, int status, const std::string& field) {
        EXPECT_EQ(result.status, status) << result.body;
        EXPECT_EQ(result.Json().value("field", ""), field) << result.body;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, s1_, e1_, d1_, r1_;
    long long programme_ = 0;
    long long s1_application_ = 0, e1_application_ = 0;
    std::string base_;
};

TEST_P(ScreeningApiTest, ApplicantAnswersReviewerScoresAdminDecidesApplicantReadsTheOutcome) {
    // The applicant reads the default questionnaire and answers it.
    const auto mine = server_->Api("GET", base_ + "/mine", s1_);
    ASSERT_EQ(mine.status, 200) << mine.body;
    const auto questions = mine.Json()["questions"];
    ASSERT_EQ(questions.size(), 4u);
    EXPECT_EQ(mine.Json()["application"]["id"], s1_application_);
    EXPECT_TRUE(mine.Json()["editable"].get<bool>());
    json answers = json::array();
    for (const auto& question : questions)
        answers.push_back({{"question_id", question["id"]}, {"answer", "Because I care."}});
    const auto saved = server_->Api("PUT", base_ + "/mine/answers", s1_, {{"answers", answers}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.Json()["answers"].size(), 4u);

    // The admin names R1 a reviewer; R1 scores the application.
    const auto added = server_->Api("POST", base_ + "/reviewers", admin_, {{"email", "r1@example.com"}});
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_EQ(server_->Api("POST", base_ + "/reviewers", admin_, {{"email", "r1@example.com"}}).status, 200);
    const auto queue = server_->Api("GET", base_ + "/applications", r1_);
    ASSERT_EQ(queue.status, 200) << queue.body;
    ASSERT_EQ(queue.Json()["items"].size(), 2u);
    EXPECT_EQ(queue.Json()["items"][0]["person"]["name"], "Sam Sales");
    EXPECT_TRUE(queue.Json()["items"][0]["answered"].get<bool>());
    const json scorecard = {{"scores", {{"patience", 4}, {"temperament", 5}, {"listening", 4}, {"expertise", 3}}},
                            {"recommendation", "approve"},
                            {"comment", "Rae thinks the answers are thoughtful."}};
    const auto reviewed = server_->Api("PUT", Application(s1_application_) + "/review", r1_, scorecard);
    ASSERT_EQ(reviewed.status, 200) << reviewed.body;
    const auto scored = server_->Api("GET", base_ + "/applications", admin_).Json()["items"][0];
    EXPECT_EQ(scored["scores"]["reviews"], 1);
    EXPECT_DOUBLE_EQ(scored["scores"]["overall"].get<double>(), 4.0);
    const auto detail = server_->Api("GET", Application(s1_application_), admin_);
    ASSERT_EQ(detail.status, 200) << detail.body;
    EXPECT_EQ(detail.Json()["answers"][0]["answer"], "Because I care.");
    EXPECT_EQ(detail.Json()["reviews"][0]["reviewer_name"], "Rae Reviewer");
    EXPECT_TRUE(detail.Json()["can_decide"].get<bool>());

    // The admin approves with a reason; the applicant is mailed.
    const auto decided =
        server_->Api("POST", Application(s1_application_) + "/decision", admin_,
                     {{"decision", "approve"}, {"reason", "Thoughtful answers and real AI experience."}});
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_EQ(decided.Json()["application"]["status"], "approved");
    EXPECT_TRUE(decided.Json()["mail_queued"].get<bool>());
    {
        auto session = server_->Database().Acquire();
        std::string recipient, text;
        const std::string key = "decision:" + std::to_string(s1_application_) + ":approved";
        *session << "SELECT recipient, text_body FROM mail_outbox WHERE dedupe_key = :k", soci::use(key),
            soci::into(recipient), soci::into(text);
        EXPECT_EQ(recipient, "s1@example.com");
        EXPECT_NE(text.find("Thoughtful answers and real AI experience."), std::string::npos) << text;
        EXPECT_EQ(text.find("Rae"), std::string::npos) << text;
    }

    // The applicant reads their outcome and reason, and nothing of the review.
    const auto outcome = server_->Api("GET", base_ + "/mine", s1_);
    ASSERT_EQ(outcome.status, 200);
    EXPECT_EQ(outcome.Json()["application"]["status"], "approved");
    EXPECT_EQ(outcome.Json()["application"]["decision_reason"], "Thoughtful answers and real AI experience.");
    EXPECT_FALSE(outcome.Json()["editable"].get<bool>());
    EXPECT_EQ(outcome.body.find("Rae"), std::string::npos) << outcome.body;
    EXPECT_EQ(outcome.body.find("thoughtful."), std::string::npos) << outcome.body;  // the reviewer's comment
    EXPECT_EQ(outcome.body.find("E1"), std::string::npos) << outcome.body;
}

TEST_P(ScreeningApiTest, ApplicantsAndSponsorsSeeNoOtherApplications) {
    EXPECT_EQ(server_->Api("GET", Application(s1_application_), e1_).status, 404);
    EXPECT_EQ(server_
                  ->Api("PUT", Application(s1_application_) + "/review", e1_,
                        {{"scores", {{"patience", 5}}}, {"recommendation", "approve"}, {"comment", "x"}})
                  .status,
              404);
    EXPECT_EQ(server_->Api("GET", base_ + "/applications", e1_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/applications", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", Application(s1_application_), sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/mine", sponsor_).status, 403);
    // A reviewer not named for the programme, and a manager named for it reading their report.
    EXPECT_EQ(server_->Api("GET", Application(s1_application_), r1_).status, 404);
    ASSERT_EQ(server_->Api("POST", base_ + "/reviewers", admin_, {{"email", "d1@example.com"}}).status, 201);
    const auto own_line = server_->Api("GET", Application(s1_application_), d1_);
    EXPECT_EQ(own_line.status, 403);
    EXPECT_NE(own_line.Json().value("detail", "").find("reporting line"), std::string::npos) << own_line.body;
    const auto queue = server_->Api("GET", base_ + "/applications", d1_).Json();
    ASSERT_EQ(queue["items"].size(), 1u);
    EXPECT_EQ(queue["items"][0]["application_id"], e1_application_);
    EXPECT_EQ(queue["withheld"], 1);
}

TEST_P(ScreeningApiTest, BadInputIsNamedByField) {
    ExpectField(server_->Api("PUT", base_ + "/questions", admin_,
                             {{"questions", {{{"quality", "patience"}, {"prompt", " "}}}}}),
                400, "questions[0].prompt");
    ExpectField(server_->Api("PUT", base_ + "/questions", admin_, {{"questions", "patience"}}), 400, "questions");
    ExpectField(
        server_->Api("PUT", base_ + "/questions", admin_, {{"questions", {{{"quality", 3}, {"prompt", "Why?"}}}}}), 400,
        "questions[0].quality");
    ExpectField(server_->Api("PUT", base_ + "/mine/answers", s1_, {{"answers", json::array()}}), 400, "answers");
    ExpectField(
        server_->Api("PUT", base_ + "/mine/answers", s1_, {{"answers", {{{"question_id", "one"}, {"answer", "x"}}}}}),
        400, "answers[0].question_id");
    ExpectField(server_->Api("POST", base_ + "/reviewers", admin_, {{"email", "nobody@example.com"}}), 400, "email");
    ExpectField(server_->Api("POST", base_ + "/reviewers", admin_, {{"email", "sponsor@example.com"}}), 400, "email");
    ExpectField(server_->Api("GET", base_ + "/applications?status=pending", admin_), 400, "status");
    const std::string review = Application(s1_application_) + "/review";
    ExpectField(server_->Api("PUT", review, admin_,
                             {{"scores", {{"patience", 7}, {"temperament", 3}, {"listening", 3}, {"expertise", 3}}},
                              {"recommendation", "approve"},
                              {"comment", "c"}}),
                400, "scores.patience");
    ExpectField(server_->Api("PUT", review, admin_,
                             {{"scores", {{"patience", 3}}}, {"recommendation", "approve"}, {"comment", "c"}}),
                400, "scores");
    ExpectField(server_->Api("PUT", review, admin_,
                             {{"scores", {{"patience", 3}, {"temperament", 3}, {"listening", 3}, {"expertise", 3}}},
                              {"recommendation", "maybe"},
                              {"comment", "c"}}),
                400, "recommendation");
    const std::string decision = Application(s1_application_) + "/decision";
    ExpectField(server_->Api("POST", decision, admin_, {{"decision", "approve"}, {"reason", "   "}}), 400, "reason");
    ExpectField(server_->Api("POST", decision, admin_, {{"decision", "approve"}}), 400, "reason");
    ExpectField(server_->Api("POST", decision, admin_, {{"decision", "promote"}, {"reason", "Good."}}), 400,
                "decision");
    // Nothing was decided or mailed by the refused requests.
    EXPECT_EQ(server_->Api("GET", base_ + "/mine", s1_).Json()["application"]["status"], "submitted");
    auto session = server_->Database().Acquire();
    int mails = -1;
    *session << "SELECT COUNT(*) FROM mail_outbox", soci::into(mails);
    EXPECT_EQ(mails, 0);
    // A decided application cannot be decided again.
    ASSERT_EQ(server_->Api("POST", decision, admin_, {{"decision", "decline"}, {"reason", "Not this round."}}).status,
              200);
    EXPECT_EQ(server_->Api("POST", decision, admin_, {{"decision", "approve"}, {"reason", "Second thoughts."}}).status,
              409);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScreeningApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
