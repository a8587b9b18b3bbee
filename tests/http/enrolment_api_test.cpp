// Enrolment through the real server: an invitee follows the link, sets a password, is signed in by cookie and
// applies; the token rules as statuses and codes; the refusals each role meets.
#include <gtest/gtest.h>

#include <regex>

#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

constexpr long long kDay = 24 * 3600;

std::string CookieValue(const HttpResult& result, const std::string& name) {
    const auto found = result.headers.find("set-cookie");
    if (found == result.headers.end()) return {};
    const auto at = found->second.find(name + "=");
    if (at == std::string::npos) return {};
    const auto start = at + name.size() + 1;
    return found->second.substr(start, found->second.find(';', start) - start);
}

class EnrolmentApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        outsider_ = server_->TokenFor("outsider@example.com", "participant");
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin_,
                            {{"csv",
                              "Employee ID,Name,Email,Grade,Department,Manager ID\n"
                              "B1,Bea Boss,bea@example.com,9,Sales,\n"
                              "J1,Jo Junior,jo@example.com,2,Data,B1\n"
                              "J2,Jay Junior,jay@example.com,2,Data,B1\n"
                              "K1,Kim Senior,kim@example.com,6,Data,B1\n"}})
                      .status,
                  200);
        // The test clock reads 2027-01-15; applications close on the 20th.
        const auto programme = server_->Api("POST", "/api/v1/programmes", admin_,
                                            {{"name", "Reverse mentoring 2027"},
                                             {"topics", {"AI tools", "Social media"}},
                                             {"ground_rules", {"Listen first."}},
                                             {"max_mentor_grade", 3},
                                             {"application_deadline", "2027-01-20"}});
        ASSERT_EQ(programme.status, 201) << programme.body;
        programme_ = programme.Json()["id"];
        base_ = "/api/v1/programmes/" + std::to_string(programme_);
    }

    HttpResult Invite(const std::string& side, const json& ids, const std::string& token, int days = 14) {
        return server_->Api("POST", base_ + "/invitations", token,
                            {{"side", side}, {"employee_ids", ids}, {"expires_in_days", days}});
    }

    std::string TokenFromMail(const std::string& email) {
        auto session = server_->Database().Acquire();
        std::string body;
        *session << "SELECT text_body FROM mail_outbox WHERE recipient = :r ORDER BY id DESC LIMIT 1", soci::use(email),
            soci::into(body);
        std::smatch match;
        EXPECT_TRUE(std::regex_search(body, match, std::regex("/#/invitations/([A-Za-z0-9_-]+)"))) << body;
        return match.size() > 1 ? std::string(match[1]) : std::string();
    }

    HttpResult Accept(const std::string& token, const std::string& password) {
        return server_->Request("POST", "/api/v1/invitations/" + token + "/accept", json{{"password", password}}.dump(),
                                {{"Content-Type", "application/json"}});
    }

    // A browser's request with the session cookie and, for unsafe methods, the CSRF token.
    HttpResult Browser(const std::string& method, const std::string& target, const HttpResult& login,
                       const json& body = nullptr, bool with_csrf = true) {
        const auto session = CookieValue(login, "upward_session");
        const auto csrf = CookieValue(login, "upward_csrf");
        std::map<std::string, std::string> headers = {{"Cookie", "upward_session=" + session + "; upward_csrf=" + csrf},
                                                      {"Content-Type", "application/json"}};
        if (with_csrf) headers["X-CSRF-Token"] = csrf;
        return server_->Request(method, target, body.is_null() ? "" : body.dump(), headers);
    }

    static json MentorApplication(const std::string& topic = "AI tools") {
        return {{"topics", {{{"topic", topic}, {"level", 4}, {"evidence", "Taught the team prompt writing."}}}},
                {"languages", {"en"}},
                {"availability", {{{"day", "tue"}, {"start", "14:00"}, {"end", "16:00"}}}},
                {"motivation", "I like explaining new tools."},
                {"goals", "Get better at listening."}};
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, outsider_, base_;
    long long programme_ = 0;
};

TEST_P(EnrolmentApiTest, InviteeOpensTheLinkSetsAPasswordAndApplies) {
    EXPECT_EQ(Invite("mentor", {"J1"}, sponsor_).status, 403);
    EXPECT_EQ(Invite("mentor", {"J1"}, outsider_).status, 403);
    const auto invited = Invite("mentor", {"J1"}, admin_);
    ASSERT_EQ(invited.status, 200) << invited.body;
    EXPECT_EQ(invited.Json()["invited"], 1);
    const auto token = TokenFromMail("jo@example.com");

    const auto preview = server_->Request("GET", "/api/v1/invitations/" + token);
    ASSERT_EQ(preview.status, 200) << preview.body;
    EXPECT_EQ(preview.Json()["programme_name"], "Reverse mentoring 2027");
    EXPECT_EQ(preview.Json()["side"], "mentor");
    EXPECT_EQ(preview.Json()["invitee_name"], "Jo Junior");
    EXPECT_EQ(preview.Json()["account_exists"], false);

    const auto short_password = Accept(token, "short");
    EXPECT_EQ(short_password.status, 400);
    EXPECT_EQ(short_password.Json()["field"], "password");

    const auto login = Accept(token, "a good long password");
    ASSERT_EQ(login.status, 200) << login.body;
    EXPECT_EQ(login.Json()["user"]["person_id"], "J1");
    EXPECT_NE(login.headers.at("set-cookie").find("HttpOnly"), std::string::npos);
    const auto me = Browser("GET", "/api/v1/me", login);
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.Json()["email"], "jo@example.com");

    EXPECT_EQ(Browser("PUT", base_ + "/application", login, MentorApplication(), false).status, 403);  // no CSRF
    const auto unknown_topic = Browser("PUT", base_ + "/application", login, MentorApplication("Knitting"));
    EXPECT_EQ(unknown_topic.status, 400);
    EXPECT_EQ(unknown_topic.Json()["field"], "topics[0].topic");
    const auto applied = Browser("PUT", base_ + "/application", login, MentorApplication());
    ASSERT_EQ(applied.status, 200) << applied.body;
    EXPECT_EQ(applied.Json()["status"], "submitted");
    EXPECT_EQ(applied.Json()["topics"][0]["level"], 4);
    EXPECT_EQ(applied.Json()["availability"][0]["day"], "tue");

    const auto mine = Browser("GET", base_ + "/application", login);
    EXPECT_EQ(mine.Json()["application"]["id"], applied.Json()["id"]);
    EXPECT_EQ(mine.Json()["applications_open"], true);
    EXPECT_EQ(mine.Json()["application_deadline"], "2027-01-20");

    const auto rules = Browser("GET", base_ + "/ground-rules", login).Json();
    EXPECT_EQ(rules["acknowledged"], false);
    EXPECT_EQ(Browser("POST", base_ + "/ground-rules/acknowledgement", login, {{"digest", "stale"}}).status, 409);
    const auto acknowledged =
        Browser("POST", base_ + "/ground-rules/acknowledgement", login, {{"digest", rules["digest"]}});
    ASSERT_EQ(acknowledged.status, 200) << acknowledged.body;
    EXPECT_EQ(acknowledged.Json()["acknowledged"], true);

    const auto status = Browser("GET", base_ + "/enrolment-status", login).Json();
    EXPECT_EQ(status["side"], "mentor");
    EXPECT_EQ(status["eligible"], false);
    EXPECT_EQ(status["blockers"], json({"awaiting_screening"}));
    std::map<std::string, std::string> states;
    for (const auto& step : status["steps"]) states[step["step"]] = step["state"];
    EXPECT_EQ(states["invited"], "done");
    EXPECT_EQ(states["applied"], "done");
    EXPECT_EQ(states["screened"], "pending");
    EXPECT_EQ(states["rules_acknowledged"], "done");

    // The admin sees the application and the accepted invitation; the profile is there for matching.
    const auto applications = server_->Api("GET", base_ + "/applications?side=mentor", admin_);
    ASSERT_EQ(applications.status, 200);
    ASSERT_EQ(applications.Json()["items"].size(), 1u);
    EXPECT_EQ(applications.Json()["items"][0]["name"], "Jo Junior");
    EXPECT_EQ(server_->Api("GET", base_ + "/applications?status=approved", admin_).Json()["items"].size(), 0u);
    EXPECT_EQ(server_->Api("GET", base_ + "/applications?status=maybe", admin_).status, 400);
    EXPECT_EQ(server_->Api("GET", base_ + "/invitations", admin_).Json()["items"][0]["status"], "accepted");
    const auto profiles = server_->Api("GET", base_ + "/profiles", admin_).Json()["items"];
    ASSERT_EQ(profiles.size(), 1u);
    EXPECT_EQ(profiles[0]["employee_id"], "J1");
    EXPECT_EQ(profiles[0]["eligible"], false);

    // The used link: 409 with its code.
    const auto reused = Accept(token, "a good long password");
    EXPECT_EQ(reused.status, 409);
    EXPECT_EQ(reused.Json()["code"], "invitation_used");
}

TEST_P(EnrolmentApiTest, TokenRulesAnswerWithStatusAndCode) {
    EXPECT_EQ(server_->Request("GET", "/api/v1/invitations/forged").status, 404);
    EXPECT_EQ(Accept("forged", "a good long password").status, 404);

    ASSERT_EQ(Invite("mentor", {"J1"}, admin_, 1).status, 200);
    const auto expiring = TokenFromMail("jo@example.com");
    ASSERT_EQ(Invite("mentor", {"J2"}, admin_).status, 200);
    const auto revoked = TokenFromMail("jay@example.com");
    const auto invitations = server_->Api("GET", base_ + "/invitations", admin_).Json()["items"];
    ASSERT_EQ(invitations[0]["employee_id"], "J2");
    const auto revoke = base_ + "/invitations/" + std::to_string(invitations[0]["id"].get<long long>()) + "/revoke";
    EXPECT_EQ(server_->Api("POST", revoke, sponsor_).status, 403);
    EXPECT_EQ(server_->Api("POST", revoke, admin_).status, 204);
    const auto gone = server_->Request("GET", "/api/v1/invitations/" + revoked);
    EXPECT_EQ(gone.status, 410);
    EXPECT_EQ(gone.Json()["code"], "invitation_revoked");
    EXPECT_EQ(gone.headers.at("content-type"), "application/problem+json");

    server_->Clock().Advance(kDay);
    const auto expired = Accept(expiring, "a good long password");
    EXPECT_EQ(expired.status, 410);
    EXPECT_EQ(expired.Json()["code"], "invitation_expired");
    EXPECT_TRUE(CookieValue(expired, "upward_session").empty());

    // Inviting again sends a fresh link that works.
    ASSERT_EQ(Invite("mentor", {"J1"}, admin_).Json()["reissued"], 1);
    EXPECT_EQ(Accept(TokenFromMail("jo@example.com"), "a good long password").status, 200);
    EXPECT_EQ(server_->Request("GET", "/api/v1/invitations/" + expiring).status, 404);
}

TEST_P(EnrolmentApiTest, RefusalsSayWhy) {
    // K1 (grade 6) is above the highest mentor grade, 3.
    ASSERT_EQ(Invite("mentor", {"K1", "J1"}, admin_).status, 200);
    const auto senior = Accept(TokenFromMail("kim@example.com"), "a good long password");
    ASSERT_EQ(senior.status, 200);
    const auto refused = Browser("PUT", base_ + "/application", senior, MentorApplication());
    EXPECT_EQ(refused.status, 409);
    EXPECT_NE(refused.Json()["detail"].get<std::string>().find("at most grade 3"), std::string::npos) << refused.body;

    const auto junior = Accept(TokenFromMail("jo@example.com"), "a good long password");
    auto as_mentee = MentorApplication();
    as_mentee["side"] = "mentee";
    EXPECT_EQ(Browser("PUT", base_ + "/application", junior, as_mentee).status, 409);
    ASSERT_EQ(Browser("PUT", base_ + "/application", junior, MentorApplication()).status, 200);

    // Outsiders do not see the programme's enrolment; sponsors see aggregates only; admins are no applicants.
    EXPECT_EQ(server_->Api("GET", base_ + "/application", outsider_).status, 404);
    EXPECT_EQ(server_->Api("PUT", base_ + "/application", outsider_, MentorApplication()).status, 404);
    EXPECT_EQ(server_->Api("GET", base_ + "/application", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/enrolment-status", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/applications", sponsor_).status, 403);
    EXPECT_EQ(server_->Api("GET", base_ + "/application", admin_).status, 403);

    // After the deadline (2027-01-20, inclusive) the mentor can no longer edit, but can withdraw.
    server_->Clock().Advance(6 * kDay);
    const auto again = server_->Request("POST", "/api/v1/auth/login",
                                        json{{"email", "jo@example.com"}, {"password", "a good long password"}}.dump(),
                                        {{"Content-Type", "application/json"}});
    ASSERT_EQ(again.status, 200) << again.body;  // browser sessions last 12 hours
    const auto late = Browser("PUT", base_ + "/application", again, MentorApplication("Social media"));
    EXPECT_EQ(late.status, 409);
    EXPECT_NE(late.Json()["detail"].get<std::string>().find("application_deadline"), std::string::npos) << late.body;
    EXPECT_EQ(Browser("GET", base_ + "/application", again).Json()["applications_open"], false);
    const auto withdrawn = Browser("POST", base_ + "/application/withdraw", again, json::object());
    ASSERT_EQ(withdrawn.status, 200);
    EXPECT_EQ(withdrawn.Json()["status"], "withdrawn");
}

TEST_P(EnrolmentApiTest, ProgrammeSettingsAreValidatedAndReturned) {
    const auto patched = server_->Api(
        "PATCH", base_, admin_,
        {{"require_training", true}, {"require_mentor_approval", false}, {"application_deadline", nullptr}});
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.Json()["require_training"], true);
    EXPECT_EQ(patched.Json()["require_mentor_approval"], false);
    EXPECT_TRUE(patched.Json()["application_deadline"].is_null());
    const auto read = server_->Api("GET", base_, admin_).Json();
    EXPECT_EQ(read["require_training"], true);
    EXPECT_EQ(read["require_mentor_approval"], false);

    for (const auto& [field, value] : std::vector<std::pair<std::string, json>>{
             {"application_deadline", "20 January"}, {"require_training", "yes"}, {"require_mentor_approval", 1}}) {
        const auto bad = server_->Api("PATCH", base_, admin_, {{field, value}});
        EXPECT_EQ(bad.status, 400) << field;
        EXPECT_EQ(bad.Json()["field"], field);
    }
    const auto after_end =
        server_->Api("PATCH", base_, admin_, {{"ends_on", "2027-06-30"}, {"application_deadline", "2027-07-01"}});
    EXPECT_EQ(after_end.status, 400);
    EXPECT_EQ(after_end.Json()["field"], "application_deadline");
    const auto filter = server_->Api("POST", base_ + "/invitations", admin_,
                                     {{"side", "mentee"}, {"filter", {{"grade_min", 5}, {"grade_max", 3}}}});
    EXPECT_EQ(filter.status, 400);
    EXPECT_EQ(filter.Json()["field"], "filter.grade_max");
    const auto by_filter = server_->Api("POST", base_ + "/invitations", admin_,
                                        {{"side", "mentee"}, {"filter", {{"grade_min", 6}, {"department", "Data"}}}});
    ASSERT_EQ(by_filter.status, 200) << by_filter.body;
    EXPECT_EQ(by_filter.Json()["invited"], 1);  // K1
}

INSTANTIATE_TEST_SUITE_P(Backends, EnrolmentApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
