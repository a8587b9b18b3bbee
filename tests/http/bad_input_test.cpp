// Bad input gets a 4xx problem+json that names the field, and changes nothing.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

class BadInputTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        http::ServerOptions options;
        options.body_limit = 64 * 1024;
        server_ = std::make_unique<TestServer>(GetParam(), options);
        admin_ = server_->TokenFor("admin@example.com", "admin");
    }
    HttpResult Raw(const std::string& method, const std::string& target, const std::string& body,
                   const std::string& content_type = "application/json") {
        return server_->Request(method, target, body,
                                {{"Authorization", "Bearer " + admin_}, {"Content-Type", content_type}});
    }
    std::unique_ptr<TestServer> server_;
    std::string admin_;
};

TEST_P(BadInputTest, MalformedJsonNamesTheBody) {
    const auto result = Raw("POST", "/api/v1/programmes", "{\"name\": ");
    EXPECT_EQ(result.status, 400);
    EXPECT_EQ(result.Json()["field"], "body");
}

TEST_P(BadInputTest, NonJsonContentTypeIsRefused) {
    const auto result = Raw("POST", "/api/v1/programmes", "name=x", "application/x-www-form-urlencoded");
    EXPECT_EQ(result.status, 400);
    EXPECT_EQ(result.Json()["field"], "body");
}

TEST_P(BadInputTest, WrongTypesAndRuleBreaksNameTheField) {
    const std::vector<std::pair<json, std::string>> cases = {
        {{{"name", "A"}, {"cadence_days", "fortnightly"}}, "cadence_days"},
        {{{"name", "A"}, {"session_minutes", 5}}, "session_minutes"},
        {{{"name", "A"}, {"matching_mode", "random"}}, "matching_mode"},
        {{{"name", "A"}, {"starts_on", "2027-02-30"}}, "starts_on"},
        {{{"name", "A"}, {"starts_on", "2027-03-01"}, {"ends_on", "2027-02-01"}}, "ends_on"},
        {{{"name", "A"}, {"topics", {"AI", "ai"}}}, "topics[1]"},
        {{{"name", "A"}, {"goals", {1, 2}}}, "goals[0]"},
        {{{"name", "A"}, {"terminology", {{"boss", "x"}}}}, "terminology.boss"},
        {{{"name", "A"}, {"anonymity_k", 1}}, "anonymity_k"},
        {{{"name", "A"}, {"colour", "blue"}}, "colour"},
        {{{"purpose", "no name"}}, "name"},
        {{{"template", "unknown"}}, "template"},
        {json::array(), "body"},
    };
    for (const auto& [body, field] : cases) {
        const auto result = server_->Api("POST", "/api/v1/programmes", admin_, body);
        EXPECT_EQ(result.status, 400) << body.dump();
        EXPECT_EQ(result.Json()["field"], field) << body.dump() << " -> " << result.body;
    }
    EXPECT_TRUE(server_->Api("GET", "/api/v1/programmes", admin_).Json()["items"].empty());
}

TEST_P(BadInputTest, BadPatchLeavesTheProgrammeAsItWas) {
    const auto created = server_->Api("POST", "/api/v1/programmes", admin_, {{"name", "Kept"}}).Json();
    const auto target = "/api/v1/programmes/" + std::to_string(created["id"].get<long long>());
    EXPECT_EQ(server_->Api("PATCH", target, admin_, {{"name", "Changed"}, {"cadence_days", -1}}).status, 400);
    EXPECT_EQ(server_->Api("GET", target, admin_).Json()["name"], "Kept");
}

TEST_P(BadInputTest, BadIdsAndQueriesNameTheParameter) {
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes/abc", admin_).Json()["field"], "id");
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes?limit=0", admin_).Json()["field"], "limit");
    EXPECT_EQ(server_->Api("GET", "/api/v1/people?active=maybe", admin_).Json()["field"], "active");
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes/999", admin_).status, 404);
    EXPECT_EQ(server_->Api("PUT", "/api/v1/programmes/1", admin_).status, 405);
    EXPECT_EQ(server_->Api("GET", "/api/v1/nothing", admin_).status, 404);
}

TEST_P(BadInputTest, OversizedBodiesAreRefusedWith413) {
    const std::string huge = json{{"csv", std::string(200 * 1024, 'x')}}.dump();
    const auto result = Raw("POST", "/api/v1/people/import", huge);
    EXPECT_EQ(result.status, 413);
}

TEST_P(BadInputTest, ImportWithBadRowsChangesNothingAndListsThem) {
    const std::string csv =
        "Employee ID,Name,Grade,Time Zone,Manager ID\nE1,Ada,9,Europe/London,\nE2,Bo,high,Europe/London,E1\n"
        "E3,Cy,3,Mars/Olympus,E1\n";
    const auto result = server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", csv}});
    ASSERT_EQ(result.status, 422) << result.body;
    const auto errors = result.Json()["errors"];
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0]["row"], 3);
    EXPECT_EQ(errors[0]["field"], "grade");
    EXPECT_EQ(errors[1]["row"], 4);
    EXPECT_EQ(errors[1]["field"], "time_zone");
    EXPECT_TRUE(server_->Api("GET", "/api/v1/people", admin_).Json()["items"].empty());

    const auto skipped = server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", csv}, {"skip_bad_rows", true}});
    ASSERT_EQ(skipped.status, 200) << skipped.body;
    EXPECT_EQ(skipped.Json()["inserted"], 1);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", admin_).Json()["items"].size(), 1u);
}

TEST_P(BadInputTest, ImportRequestFieldsAreChecked) {
    EXPECT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", 5}}).Json()["field"], "csv");
    EXPECT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", "a"}, {"fulll", true}}).Json()["field"],
              "fulll");
    EXPECT_EQ(server_->Api("POST", "/api/v1/people/import", admin_, {{"csv", "a"}, {"full", "yes"}}).Json()["field"],
              "full");
    EXPECT_EQ(server_
                  ->Api("POST", "/api/v1/people/import", admin_,
                        {{"csv", "ID,Level\n1,2\n"}, {"mapping", {{"grade", "Band"}}}})
                  .Json()["field"],
              "mapping.grade");
}

INSTANTIATE_TEST_SUITE_P(Backends, BadInputTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
