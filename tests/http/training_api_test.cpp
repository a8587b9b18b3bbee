// Training through the real server: participants take quizzes without ever receiving the right answers,
// admins write modules and read progress, and bad input names the field.
#include <gtest/gtest.h>

#include <functional>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

// True when any object inside `value` has a member called `key`.
bool HasKeyAnywhere(const json& value, const std::string& key) {
    if (value.is_object()) {
        if (value.contains(key)) return true;
        for (const auto& [name, item] : value.items()) {
            if (HasKeyAnywhere(item, key)) return true;
        }
    }
    if (value.is_array()) {
        for (const auto& item : value) {
            if (HasKeyAnywhere(item, key)) return true;
        }
    }
    return false;
}

class TrainingApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        const auto created =
            server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Digital"}, {"topics", {"AI tools"}}});
        ASSERT_EQ(created.status, 201) << created.body;
        programme_ = created.Json()["id"];
        base_ = "/api/v1/programmes/" + std::to_string(programme_.get<long long>()) + "/training";
        mentor_ = server_->TokenFor("mentor@example.com", "mentor", programme_);
        mentee_ = server_->TokenFor("mentee@example.com", "mentee", programme_);
    }

    // The admin's view of the role's modules (with the answers).
    json AdminModules(const std::string& role) {
        const auto result = server_->Api("GET", base_ + "/modules?role=" + role, admin_);
        EXPECT_EQ(result.status, 200) << result.body;
        return result.Json()["items"];
    }

    static json RightAnswers(const json& module) {
        json answers = json::array();
        for (const auto& question : module["quiz"]) answers.push_back(question["answer"]);
        return answers;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, mentor_, mentee_;
    json programme_;
    std::string base_;
};

TEST_P(TrainingApiTest, AMentorFailsRetriesAndPassesWithoutEverSeeingTheAnswers) {
    const auto mine = server_->Api("GET", base_ + "/mine", mentor_);
    ASSERT_EQ(mine.status, 200) << mine.body;
    const auto items = mine.Json()["items"];
    ASSERT_EQ(items.size(), 4u);
    EXPECT_FALSE(mine.Json()["complete"]);
    EXPECT_FALSE(HasKeyAnywhere(mine.Json(), "answer")) << mine.body;
    EXPECT_FALSE(HasKeyAnywhere(mine.Json(), "body_markdown"));
    const auto& first = items[0];
    EXPECT_EQ(first["status"], "not_started");
    EXPECT_EQ(first["title"], "Patience: teaching at the learner's pace");
    EXPECT_NE(first["html"].get<std::string>().find("<strong>patience</strong>"), std::string::npos);
    ASSERT_EQ(first["quiz"].size(), 4u);
    EXPECT_EQ(first["quiz"][0]["options"].size(), 4u);

    const auto right = RightAnswers(AdminModules("mentor")[0]);
    json wrong_answers = right;
    wrong_answers[0] = (right[0].get<int>() + 1) % 4;
    wrong_answers[2] = (right[2].get<int>() + 1) % 3;
    const auto path = base_ + "/modules/" + std::to_string(first["id"].get<long long>()) + "/attempts";
    const auto failed = server_->Api("POST", path, mentor_, {{"answers", wrong_answers}});
    ASSERT_EQ(failed.status, 201) << failed.body;
    EXPECT_EQ(failed.Json()["score"], 50);
    EXPECT_FALSE(failed.Json()["passed"]);
    EXPECT_EQ(failed.Json()["wrong_questions"], json::array({0, 2}));
    EXPECT_FALSE(HasKeyAnywhere(failed.Json(), "answer"));
    EXPECT_FALSE(HasKeyAnywhere(failed.Json(), "options"));
    EXPECT_EQ(server_->Api("GET", base_ + "/mine", mentor_).Json()["items"][0]["status"], "failed");

    const auto passed = server_->Api("POST", path, mentor_, {{"answers", right}});
    ASSERT_EQ(passed.status, 201) << passed.body;
    EXPECT_EQ(passed.Json()["score"], 100);
    EXPECT_TRUE(passed.Json()["passed"]);
    EXPECT_TRUE(passed.Json()["wrong_questions"].empty());
    EXPECT_FALSE(passed.Json()["role_complete"]);
    const auto after = server_->Api("GET", base_ + "/mine", mentor_).Json()["items"][0];
    EXPECT_EQ(after["status"], "passed");
    EXPECT_EQ(after["attempts"], 2);
    EXPECT_EQ(after["best_score"], 100);

    const auto attempts = server_->Api("GET", path, mentor_);
    ASSERT_EQ(attempts.status, 200);
    ASSERT_EQ(attempts.Json()["items"].size(), 2u);
    EXPECT_EQ(attempts.Json()["items"][1]["answers"], wrong_answers);  // their own answers, oldest last
    EXPECT_EQ(server_->Api("GET", path, mentee_).status, 404);
}

TEST_P(TrainingApiTest, AdminsSeeProgressSponsorsDoNot) {
    const auto module = AdminModules("mentee")[0];
    const auto path = base_ + "/modules/" + std::to_string(module["id"].get<long long>()) + "/attempts";
    ASSERT_EQ(server_->Api("POST", path, mentee_, {{"answers", RightAnswers(module)}}).status, 201);

    const auto progress = server_->Api("GET", base_ + "/progress", admin_);
    ASSERT_EQ(progress.status, 200) << progress.body;
    const auto body = progress.Json();
    EXPECT_EQ(body["modules"].size(), 7u);
    EXPECT_FALSE(HasKeyAnywhere(body, "answer"));
    ASSERT_EQ(body["participants"].size(), 2u);
    const auto& mentee = body["participants"][0];
    EXPECT_EQ(mentee["email"], "mentee@example.com");
    EXPECT_EQ(mentee["role"], "mentee");
    EXPECT_EQ(mentee["passed"], 1);
    EXPECT_EQ(mentee["total"], 3);
    EXPECT_EQ(mentee["modules"][0]["status"], "passed");
    EXPECT_EQ(mentee["modules"][1]["status"], "not_started");
    EXPECT_FALSE(mentee["complete"]);
    EXPECT_EQ(body["participants"][1]["modules"].size(), 4u);

    EXPECT_EQ(server_->Api("GET", base_ + "/progress", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/mine", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/progress", mentee_).status, 403);
}

TEST_P(TrainingApiTest, AdminsWriteReorderAndRemoveModules) {
    const json module = {{"role", "mentor"},
                         {"title", "Giving feedback upward"},
                         {"body_markdown", "Tell them **kindly**. <script>alert(1)</script>"},
                         {"pass_mark", 50},
                         {"quiz", {{{"question", "When?"}, {"options", {"Soon", "Never"}}, {"answer", 0}}}}};
    const auto created = server_->Api("POST", base_ + "/modules", admin_, module);
    ASSERT_EQ(created.status, 201) << created.body;
    const auto id = created.Json()["id"].get<long long>();
    EXPECT_EQ(created.Json()["position"], 5);
    EXPECT_EQ(created.Json()["quiz"][0]["answer"], 0);  // admins do see answers
    EXPECT_EQ(created.Json()["html"], "<p>Tell them <strong>kindly</strong>. alert(1)</p>\n");

    const auto edited =
        server_->Api("PATCH", base_ + "/modules/" + std::to_string(id), admin_, {{"title", "Feedback, upward"}});
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(server_->Api("GET", base_ + "/modules/" + std::to_string(id), admin_).Json()["title"],
              "Feedback, upward");

    auto ids = json::array();
    for (const auto& item : AdminModules("mentor")) ids.insert(ids.begin(), item["id"]);
    const auto reordered = server_->Api("PUT", base_ + "/order", admin_, {{"role", "mentor"}, {"module_ids", ids}});
    ASSERT_EQ(reordered.status, 200) << reordered.body;
    EXPECT_EQ(reordered.Json()["items"][0]["id"], id);
    EXPECT_EQ(server_->Api("GET", base_ + "/mine", mentor_).Json()["items"][0]["title"], "Feedback, upward");

    ASSERT_EQ(server_->Api("POST", base_ + "/modules/" + std::to_string(id) + "/attempts", mentor_, {{"answers", {1}}})
                  .status,
              201);
    const auto archived = server_->Api("DELETE", base_ + "/modules/" + std::to_string(id), admin_);
    ASSERT_EQ(archived.status, 200) << archived.body;
    EXPECT_EQ(archived.Json()["outcome"], "archived");
    const auto unattempted = AdminModules("mentee")[2]["id"].get<long long>();
    EXPECT_EQ(server_->Api("DELETE", base_ + "/modules/" + std::to_string(unattempted), admin_).Json()["outcome"],
              "deleted");
    EXPECT_EQ(AdminModules("mentor").size(), 4u);
    EXPECT_EQ(AdminModules("mentee").size(), 2u);
    EXPECT_EQ(server_->Api("GET", base_ + "/modules/" + std::to_string(unattempted), admin_).status, 404);
}

TEST_P(TrainingApiTest, PreviewRendersSanitisedHtml) {
    const auto preview =
        server_->Api("POST", "/api/v1/training/preview", admin_,
                     {{"body_markdown", "# Title\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n"}});
    ASSERT_EQ(preview.status, 200) << preview.body;
    EXPECT_EQ(preview.Json()["html"], "<h1>Title</h1>\n<p>x </p>\n");
    EXPECT_EQ(server_->Api("POST", "/api/v1/training/preview", admin_, {{"markdown", "x"}}).Json()["field"],
              "body_markdown");
}

TEST_P(TrainingApiTest, BadInputNamesTheField) {
    const json valid = {{"role", "mentee"},
                        {"title", "T"},
                        {"body_markdown", "B"},
                        {"quiz",
                         {{{"question", "Q"}, {"options", {"a", "b"}}, {"answer", 0}},
                          {{"question", "R"}, {"options", {"a", "b"}}, {"answer", 0}},
                          {{"question", "S"}, {"options", {"a", "b"}}, {"answer", 1}}}}};
    const std::vector<std::pair<std::function<void(json&)>, std::string>> cases = {
        {[](json& b) { b.erase("title"); }, "title"},
        {[](json& b) { b["body_markdown"] = ""; }, "body_markdown"},
        {[](json& b) { b["quiz"][2]["options"] = {"a"}; }, "quiz[2].options"},
        {[](json& b) { b["quiz"][1]["answer"] = 5; }, "quiz[1].answer"},
        {[](json& b) { b["quiz"][0]["options"][1] = ""; }, "quiz[0].options[1]"},
        {[](json& b) { b["pass_mark"] = 150; }, "pass_mark"},
        {[](json& b) { b["role"] = "boss"; }, "role"},
        {[](json& b) { b.erase("role"); }, "role"},
        {[](json& b) { b["quiz"] = json::array(); }, "quiz"},
    };
    for (const auto& [change, field] : cases) {
        auto body = valid;
        change(body);
        const auto result = server_->Api("POST", base_ + "/modules", admin_, body);
        EXPECT_EQ(result.status, 400) << body.dump();
        EXPECT_EQ(result.Json()["field"], field) << result.body;
    }
    EXPECT_EQ(AdminModules("mentee").size(), 3u);  // nothing was written

    const auto module = AdminModules("mentee")[0];
    const auto path = base_ + "/modules/" + std::to_string(module["id"].get<long long>()) + "/attempts";
    EXPECT_EQ(server_->Api("POST", path, mentee_, json::object()).Json()["field"], "answers");
    EXPECT_EQ(server_->Api("POST", path, mentee_, {{"answers", {0}}}).Json()["field"], "answers");
    EXPECT_EQ(server_->Api("POST", path, mentee_, {{"answers", {0, "b", 0}}}).Json()["field"], "answers[1]");
    EXPECT_EQ(server_->Api("POST", path, mentee_, {{"answers", {0, 0, 3}}}).Json()["field"], "answers[2]");
    EXPECT_TRUE(server_->Api("GET", path, mentee_).Json()["items"].empty());
    EXPECT_EQ(server_->Api("GET", base_ + "/modules?role=boss", admin_).Json()["field"], "role");
    EXPECT_EQ(
        server_->Api("PUT", base_ + "/order", admin_, {{"role", "mentee"}, {"module_ids", {1, "x"}}}).Json()["field"],
        "module_ids[1]");
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
