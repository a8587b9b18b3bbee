// Walks every endpoint with every role and with no credentials, and asserts the documented outcome.
// A route added to the router without a row here fails RouteTableCoversEveryRoute.
#include <gtest/gtest.h>

#include <set>

#include "service/enrolment/ground_rules.hpp"
#include "service/sessions/session_proposal.hpp"
#include "storage/database/row_access.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

// kSponsor sponsors every programme (an organisation-wide sponsor, with no sponsor memberships). kOtherSponsor
// sponsors only the "Elsewhere" programme, and kOtherParticipant is the mentee of a published pair there: both
// must learn nothing about the programmes and pairs the walk visits, which are all someone else's to them.
enum Caller {
    kAnonymous,
    kAdmin,
    kSponsor,
    kMentor,
    kMentee,
    kOutsider,
    kOtherSponsor,
    kOtherParticipant,
    kCallerCount
};
const char* const kCallerNames[] = {"anonymous", "admin",    "sponsor",       "mentor",
                                    "mentee",    "outsider", "other sponsor", "other participant"};

struct Row {
    std::string method;
    std::string pattern;  // as registered in the router
    std::string target;   // with ids filled in; {p1}/{p2}/{token} are replaced per run
    json body;
    // anonymous, admin, sponsor, mentor, mentee, outsider, other sponsor, other participant
    std::array<int, kCallerCount> expected;
};

class AccessTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        tokens_[kAdmin] = server_->TokenFor("admin@example.com", "admin");
        tokens_[kSponsor] = server_->TokenFor("sponsor@example.com", "sponsor");
        p1_ = server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "First"}}).Json()["id"];
        p2_ = server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "Second"}}).Json()["id"];
        tokens_[kMentor] = server_->TokenFor("mentor@example.com", "mentor", p1_);
        tokens_[kMentee] = server_->TokenFor("mentee@example.com", "mentee", p1_);
        tokens_[kOutsider] = server_->TokenFor("outsider@example.com", "participant");
        elsewhere_ = server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "Elsewhere"}}).Json()["id"];
        tokens_[kOtherSponsor] = server_->TokenFor("other-sponsor@example.com", "sponsor");
        tokens_[kOtherParticipant] = server_->TokenFor("other-mentee@example.com", "mentee", elsewhere_);
        {
            auto session = server_->Database().Acquire();
            *session << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) "
                        "SELECT :p, id, 'sponsor', 0 FROM users WHERE email = 'other-sponsor@example.com'",
                soci::use(elsewhere_);
        }
        const auto import = server_->Api("POST", "/api/v1/people/import", tokens_[kAdmin],
                                         {{"csv", "Employee ID,Name,Grade,Manager ID\nE1,Ada,9,\nE2,Bo,3,E1\n"}});
        ASSERT_EQ(import.status, 200) << import.body;
    }

    std::string Fill(std::string target, const std::string& revocable) const {
        const auto replace = [&target](const std::string& word, const std::string& with) {
            if (auto at = target.find(word); at != std::string::npos) target.replace(at, word.size(), with);
        };
        replace("{p1}", std::to_string(p1_));
        replace("{p2}", std::to_string(p2_));
        replace("{token}", revocable);
        replace("{self}", std::to_string(self_selected_));
        replace("{ranked}", std::to_string(ranked_));
        replace("{request}", std::to_string(request_));
        replace("{accept}", std::to_string(pair_to_accept_));
        replace("{decline}", std::to_string(pair_to_decline_));
        replace("{enrol}", std::to_string(enrol_));
        replace("{enrol_application}", std::to_string(enrol_application_));
        replace("{invitation}", std::to_string(invitation_));
        replace("{application}", std::to_string(application_));
        replace("{reviewer}", std::to_string(reviewer_));
        replace("{mentor_module}", std::to_string(mentor_module_));
        replace("{spare_module}", std::to_string(spare_module_));
        replace("{log_pair}", std::to_string(log_pair_));
        replace("{log_session}", std::to_string(log_session_));
        replace("{log_item}", std::to_string(log_item_));
        replace("{log_goal}", std::to_string(log_goal_));
        replace("{log_insight}", std::to_string(log_insight_));
        replace("{feed}", std::to_string(feed_));
        replace("{fb_programme}", std::to_string(fb_programme_));
        replace("{fb_pair}", std::to_string(fb_pair_));
        replace("{fb_session}", std::to_string(fb_session_));
        replace("{fb_survey}", std::to_string(fb_survey_));
        replace("{fb_closing}", std::to_string(fb_closing_));
        replace("{fb_question}", std::to_string(fb_question_));
        replace("{sessions_pair}", std::to_string(sessions_pair_));
        replace("{past_session}", std::to_string(past_session_));
        for (std::size_t i = 0; i < upcoming_sessions_.size(); ++i) {
            replace("{session" + std::to_string(i + 1) + "}", std::to_string(upcoming_sessions_[i]));
        }
        return target;
    }

    // Matching: the mentee (M1) and mentor (J1) accounts become people; p1 gets a pool of two and two; pairs
    // to accept and decline come from programmes of their own; a self-selected programme holds a request of
    // M1's to J1, and a ranked one has both as members. Only the walk needs this: memberships change what
    // participants list.
    void SetUpMatching() {
        const auto& admin = tokens_[kAdmin];
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin,
                            {{"csv",
                              "Employee ID,Name,Grade,Department\nM1,Mo,8,Sales\nM2,Mia,8,Legal\n"
                              "J1,Jo,2,Data\nJ2,Jay,2,IT\n"}})
                      .status,
                  200);
        {
            auto session = server_->Database().Acquire();
            *session << "UPDATE users SET person_id = 'J1' WHERE email = 'mentor@example.com'";
            *session << "UPDATE users SET person_id = 'M1' WHERE email = 'mentee@example.com'";
        }
        const auto profile = [](const std::string& id, const std::string& side) {
            return json{{"employee_id", id},
                        {"side", side},
                        {"languages", {"en"}},
                        {"availability", {{{"day", "mon"}, {"start", "09:00"}, {"end", "11:00"}}}}};
        };
        const json pool = {
            {"profiles",
             {profile("M1", "mentee"), profile("M2", "mentee"), profile("J1", "mentor"), profile("J2", "mentor")}}};
        const json pair = {{"profiles", {profile("M1", "mentee"), profile("J1", "mentor")}}};
        const auto programme = [&](const std::string& name, const std::string& mode,
                                   const json& profiles) -> long long {
            const long long id =
                server_->Api("POST", "/api/v1/programmes", admin, {{"name", name}, {"matching_mode", mode}})
                    .Json()["id"];
            EXPECT_EQ(
                server_->Api("PUT", "/api/v1/programmes/" + std::to_string(id) + "/profiles", admin, profiles).status,
                200);
            return id;
        };
        const auto published_pair = [&](const std::string& name) -> long long {
            const auto id = std::to_string(programme(name, "assigned", pair));
            EXPECT_EQ(server_->Api("POST", "/api/v1/programmes/" + id + "/match/runs", admin).status, 201);
            EXPECT_EQ(server_->Api("POST", "/api/v1/programmes/" + id + "/match/publish", admin).status, 200);
            return server_->Api("GET", "/api/v1/programmes/" + id + "/pairs", admin).Json()["items"][0]["id"];
        };
        ASSERT_EQ(server_->Api("PUT", "/api/v1/programmes/" + std::to_string(p1_) + "/profiles", admin, pool).status,
                  200);
        // The other participant (X1) is the mentee of a published pair in Elsewhere: a pair of their own, elsewhere.
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin,
                            {{"csv", "Employee ID,Name,Grade,Department\nX1,Xan,8,Risk\nX2,Xiu,2,Web\n"}})
                      .status,
                  200);
        {
            auto session = server_->Database().Acquire();
            *session << "UPDATE users SET person_id = 'X1' WHERE email = 'other-mentee@example.com'";
        }
        const auto elsewhere = std::to_string(elsewhere_);
        ASSERT_EQ(server_
                      ->Api("PUT", "/api/v1/programmes/" + elsewhere + "/profiles", admin,
                            {{"profiles", {profile("X1", "mentee"), profile("X2", "mentor")}}})
                      .status,
                  200);
        ASSERT_EQ(server_->Api("POST", "/api/v1/programmes/" + elsewhere + "/match/runs", admin).status, 201);
        ASSERT_EQ(server_->Api("POST", "/api/v1/programmes/" + elsewhere + "/match/publish", admin).status, 200);
        const auto own_pairs =
            server_->Api("GET", "/api/v1/programmes/" + elsewhere + "/pairs", tokens_[kOtherParticipant]);
        ASSERT_EQ(own_pairs.status, 200) << own_pairs.body;
        ASSERT_EQ(own_pairs.Json()["items"].size(), 1u) << "the other participant has a pair of their own";
        pair_to_accept_ = published_pair("Accept");
        pair_to_decline_ = published_pair("Decline");
        self_selected_ = programme("Self-selected", "self_selected", pool);
        ranked_ = programme("Ranked", "ranked", pair);
        {
            auto session = server_->Database().Acquire();
            for (const auto& [email, role] : {std::pair{"mentor@example.com", domain::ProgrammeRole::kMentor},
                                              std::pair{"mentee@example.com", domain::ProgrammeRole::kMentee}}) {
                const std::string address = email;
                long long user = 0;
                *session << "SELECT id FROM users WHERE email = :e", soci::use(address), soci::into(user);
                for (const auto programme_id : {self_selected_, ranked_}) {
                    storage::AddMembership(*session, programme_id, user, role, server_->Clock().NowSeconds());
                }
            }
        }
        const auto request =
            server_->Api("POST", "/api/v1/programmes/" + std::to_string(self_selected_) + "/match/requests",
                         tokens_[kMentee], {{"mentor", "J1"}});
        ASSERT_EQ(request.status, 201) << request.body;
        request_ = request.Json()["id"];
    }

    // Screening: the mentor (J1) has a mentor application in p1, and an account exists for the admin to name
    // as a reviewer and remove again. The mentor's answers need the ids of p1's (default) questions.
    void SetUpScreening() {
        auto session = server_->Database().Acquire();
        domain::Application application;
        application.programme_id = p1_;
        application.employee_id = "J1";
        *session << "SELECT id FROM users WHERE email = 'mentor@example.com'", soci::into(application.user_id);
        application.side = domain::Side::kMentor;
        application.submitted_at = application.updated_at = server_->Clock().NowSeconds();
        application_ = storage::InsertApplication(*session, application);
        server_->TokenFor("reviewer@example.com", "participant");
        *session << "SELECT id FROM users WHERE email = 'reviewer@example.com'", soci::into(reviewer_);
        const auto questions =
            server_->Api("GET", "/api/v1/programmes/" + std::to_string(p1_) + "/screening/questions", tokens_[kAdmin]);
        ASSERT_EQ(questions.status, 200) << questions.body;
        screening_answers_ = {{"answers", json::array()}};
        const auto questionnaire = questions.Json();
        for (const auto& question : questionnaire["items"]) {
            screening_answers_["answers"].push_back({{"question_id", question["id"]}, {"answer", "An answer."}});
        }
    }

    // Enrolment: a programme of its own ({enrol}) with a topic and a ground rule, the mentor (J1) and mentee (M1)
    // as members, J1's application, and an invitation of someone with an email (E7) for the admin to revoke.
    static const std::vector<std::string>& EnrolmentRules() {
        static const std::vector<std::string> rules = {"Listen before you advise."};
        return rules;
    }
    static std::string EnrolmentRulesDigest() {
        domain::Programme programme;
        programme.ground_rules = EnrolmentRules();
        return service::GroundRulesDigest(programme);
    }
    static json Application(const json& topic) {
        return {{"topics", {topic}},
                {"languages", {"en"}},
                {"availability", {{{"day", "mon"}, {"start", "09:00"}, {"end", "11:00"}}}},
                {"motivation", "I want to take part."},
                {"goals", "Learn to explain clearly."}};
    }
    static json MentorApplication() {
        return Application({{"topic", "AI tools"}, {"level", 4}, {"evidence", "Built our team's assistant."}});
    }
    static json MenteeApplication() { return Application({{"topic", "AI tools"}, {"priority", 5}}); }

    void SetUpEnrolment() {
        const auto& admin = tokens_[kAdmin];
        ASSERT_EQ(server_
                      ->Api("POST", "/api/v1/people/import", admin,
                            {{"csv", "Employee ID,Name,Email,Grade\nE7,Eve,eve@example.com,9\n"}})
                      .status,
                  200);
        enrol_ = server_
                     ->Api("POST", "/api/v1/programmes", admin,
                           {{"name", "Enrolment"}, {"topics", {"AI tools"}}, {"ground_rules", EnrolmentRules()}})
                     .Json()["id"];
        {
            auto session = server_->Database().Acquire();
            for (const auto& [email, role] : {std::pair{"mentor@example.com", domain::ProgrammeRole::kMentor},
                                              std::pair{"mentee@example.com", domain::ProgrammeRole::kMentee}}) {
                const std::string address = email;
                long long user = 0;
                *session << "SELECT id FROM users WHERE email = :e", soci::use(address), soci::into(user);
                storage::AddMembership(*session, enrol_, user, role, server_->Clock().NowSeconds());
            }
        }
        const auto base = "/api/v1/programmes/" + std::to_string(enrol_);
        const auto applied = server_->Api("PUT", base + "/application", tokens_[kMentor], MentorApplication());
        ASSERT_EQ(applied.status, 200) << applied.body;
        enrol_application_ = applied.Json()["id"];
        const auto invited =
            server_->Api("POST", base + "/invitations", admin, {{"side", "mentee"}, {"employee_ids", {"E7"}}});
        ASSERT_EQ(invited.status, 200) << invited.body;
        invitation_ = server_->Api("GET", base + "/invitations", admin).Json()["items"][0]["id"];
    }

    // Training: p1's default modules. The mentor attempts the first mentor module; the admin edits it and
    // deletes the last one (nobody attempted it); the order row lists p1's mentee modules reversed.
    void SetUpTraining() {
        const auto base = "/api/v1/programmes/" + std::to_string(p1_) + "/training/modules?role=";
        const auto mentor_modules = server_->Api("GET", base + "mentor", tokens_[kAdmin]).Json()["items"];
        ASSERT_EQ(mentor_modules.size(), 4u);
        mentor_module_ = mentor_modules[0]["id"];
        spare_module_ = mentor_modules[3]["id"];
        training_order_ = {{"role", "mentee"}, {"module_ids", json::array()}};
        const auto mentee_modules = server_->Api("GET", base + "mentee", tokens_[kAdmin]).Json()["items"];
        for (const auto& module : mentee_modules) {
            training_order_["module_ids"].insert(training_order_["module_ids"].begin(), module["id"]);
        }
    }

    // Sessions: an active pair of M1 and J1 ({sessions_pair}) in a programme of its own, whose series began
    // 2026-12-08, so some of its sessions have started (the server's clock is 2027-01-15) and some lie ahead.
    void SetUpSessions() {
        const long long programme =
            server_
                ->Api("POST", "/api/v1/programmes", tokens_[kAdmin],
                      {{"name", "Sessions"}, {"starts_on", "2026-12-01"}, {"ends_on", "2027-06-30"}})
                .Json()["id"];
        auto session = server_->Database().Acquire();
        domain::Pair pair;
        pair.programme_id = programme;
        pair.mentee = "M1";
        pair.mentor = "J1";
        pair.created_at = pair.updated_at = server_->Clock().NowSeconds();
        sessions_pair_ = storage::InsertPair(*session, pair);
        storage::SetPairStatus(*session, sessions_pair_, domain::PairStatus::kActive, pair.created_at);
        service::ProposeSeries(*session, sessions_pair_, pair.created_at, "2026-12-07");
        const auto now = server_->Clock().NowSeconds();
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT id, starts_at FROM session_occurrences WHERE pair_id = :p "
                                 "ORDER BY starts_at",
             soci::use(sessions_pair_));
        for (const auto& row : rows) {
            const auto id = storage::IntColumn(row, "id");
            if (storage::IntColumn(row, "starts_at") <= now)
                past_session_ = id;
            else if (upcoming_sessions_.size() < 3)
                upcoming_sessions_.push_back(id);
        }
        ASSERT_NE(past_session_, 0);
        ASSERT_EQ(upcoming_sessions_.size(), 3u);
        series_move_ = {{"from_occurrence_id", upcoming_sessions_[1]},
                        {"weekday", "thu"},
                        {"start_time", "14:00"},
                        {"time_zone", "Etc/UTC"},
                        {"reason", "Thursdays suit us both better"}};
    }

    // Feedback ({fb_programme}): an active pair of M1 and J1 ({fb_pair}) with a held session ({fb_session}); the
    // default surveys, the mid-point one ({fb_survey}) open, the closing one ({fb_closing}) a draft the admin opens,
    // closes and edits ({fb_question} is its first question). fb_order_ lists the mid-point's questions reversed.
    void SetUpFeedback() {
        const auto& admin = tokens_[kAdmin];
        fb_programme_ = server_->Api("POST", "/api/v1/programmes", admin, {{"name", "Feedback"}}).Json()["id"];
        {
            auto session = server_->Database().Acquire();
            const auto now = server_->Clock().NowSeconds();
            domain::Pair pair;
            pair.programme_id = fb_programme_;
            pair.mentee = "M1";
            pair.mentor = "J1";
            pair.status = domain::PairStatus::kActive;
            pair.created_at = pair.updated_at = now;
            fb_pair_ = storage::InsertPair(*session, pair);
            long long series = 0;
            *session
                << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, "
                   "until_date, uid, sequence, status, created_at, updated_at) VALUES (:p, 'Etc/UTC', "
                   "'2026-12-01T10:00', 14, 45, '2027-06-30', 'feedback-walk@test', 0, 'active', :t, :u) RETURNING id",
                soci::use(fb_pair_), soci::use(now), soci::use(now), soci::into(series);
            const long long starts = now - 7 * 86400, ends = starts + 2700;
            *session
                << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
                   "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, 'scheduled', 0, 'held', :u) RETURNING "
                   "id",
                soci::use(series), soci::use(fb_pair_), soci::use(starts), soci::use(starts), soci::use(ends),
                soci::use(now), soci::into(fb_session_);
        }
        const auto surveys =
            server_->Api("POST", "/api/v1/programmes/" + std::to_string(fb_programme_) + "/surveys/defaults", admin);
        ASSERT_EQ(surveys.status, 200) << surveys.body;
        const auto created = surveys.Json();  // kept: the loop below reads into it
        for (const auto& survey : created["items"]) {
            if (survey["kind"] == "midpoint") {
                fb_survey_ = survey["id"];
                fb_order_ = {{"question_ids", json::array()}};
                for (const auto& question : survey["questions"]) {
                    fb_order_["question_ids"].insert(fb_order_["question_ids"].begin(), question["id"]);
                }
            } else {
                fb_closing_ = survey["id"];
                fb_question_ = survey["questions"][0]["id"];
            }
        }
        const auto opened = server_->Api(
            "POST",
            "/api/v1/programmes/" + std::to_string(fb_programme_) + "/surveys/" + std::to_string(fb_survey_) + "/open",
            admin);
        ASSERT_EQ(opened.status, 200) << opened.body;
    }

    // Calendar: a feed of the admin's for the revoke row.
    void SetUpCalendar() {
        const auto created = server_->Api("POST", "/api/v1/me/calendar-feeds", tokens_[kAdmin], json::object());
        ASSERT_EQ(created.status, 201) << created.body;
        feed_ = created.Json()["id"];
    }

    // Session log: an active pair of M1 and J1 ({log_pair}) in a programme of its own, with a session
    // ({log_session}), an action item, a goal progress entry and an insight written straight into the tables.
    void SetUpSessionLog() {
        const long long programme =
            server_->Api("POST", "/api/v1/programmes", tokens_[kAdmin], {{"name", "Session log"}}).Json()["id"];
        auto session = server_->Database().Acquire();
        const auto now = server_->Clock().NowSeconds();
        domain::Pair pair;
        pair.programme_id = programme;
        pair.mentee = "M1";
        pair.mentor = "J1";
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = now;
        log_pair_ = storage::InsertPair(*session, pair);
        long long series = 0;
        *session
            << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, "
               "uid, sequence, status, created_at, updated_at) VALUES (:p, 'Etc/UTC', '2027-01-04T10:00', 14, 45, "
               "'2027-06-30', 'access-session-log@test', 0, 'active', :c, :u) RETURNING id",
            soci::use(log_pair_), soci::use(now), soci::use(now), soci::into(series);
        const long long starts = now - 86400, ends = starts + 2700;
        *session
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, 'scheduled', 0, 'held', :u) RETURNING id",
            soci::use(series), soci::use(log_pair_), soci::use(starts), soci::use(starts), soci::use(ends),
            soci::use(now), soci::into(log_session_);
        *session << "INSERT INTO action_items (pair_id, title, owner_side, status, created_by, created_at, updated_at) "
                    "VALUES (:p, 'Walk', 'mentee', 'open', 1, :c, :u) RETURNING id",
            soci::use(log_pair_), soci::use(now), soci::use(now), soci::into(log_item_);
        *session << "INSERT INTO goal_progress (pair_id, goal_side, percent, comment, recorded_by, recorded_at) "
                    "VALUES (:p, 'mentee', 10, '', 1, :at) RETURNING id",
            soci::use(log_pair_), soci::use(now), soci::into(log_goal_);
        *session << "INSERT INTO insights (pair_id, idea, status, outcome_note, created_by, created_at, updated_at) "
                    "VALUES (:p, 'Walk', 'planned', '', 1, :c, :u) RETURNING id",
            soci::use(log_pair_), soci::use(now), soci::use(now), soci::into(log_insight_);
    }

    // The last two columns are the roles of another programme: its sponsor is refused every figure of these
    // programmes (403: sponsors know the organisation's programmes) and to them these programmes' pairs do not
    // exist (404); its participant, though a member with a pair of their own, is an outsider to everything here.
    static std::vector<Row> Rows() {
        const json login = json::object();  // filled per caller
        return {
            {"POST", "/api/v1/auth/login", "/api/v1/auth/login", login, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"POST",
             "/api/v1/auth/logout",
             "/api/v1/auth/logout",
             json::object(),
             {401, 204, 204, 204, 204, 204, 204, 204}},
            {"GET", "/api/v1/me", "/api/v1/me", nullptr, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/tokens", "/api/v1/tokens", nullptr, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/tokens", "/api/v1/tokens", {{"name", "walk"}}, {401, 201, 201, 201, 201, 201, 201, 201}},
            // {token} is the admin's own token: only the admin may revoke it, to everyone else it does not exist.
            {"DELETE",
             "/api/v1/tokens/{id}",
             "/api/v1/tokens/{token}",
             nullptr,
             {401, 204, 404, 404, 404, 404, 404, 404}},
            {"GET", "/api/v1/people", "/api/v1/people", nullptr, {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/people/{employee_id}",
             "/api/v1/people/E1",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/people/import",
             "/api/v1/people/import",
             {{"csv", "Employee ID,Grade\nE9,2\n"}, {"dry_run", true}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programme-templates",
             "/api/v1/programme-templates",
             nullptr,
             {401, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/programmes", "/api/v1/programmes", nullptr, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"POST",
             "/api/v1/programmes",
             "/api/v1/programmes",
             {{"name", "Walk"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}",
             "/api/v1/programmes/{p1}",
             nullptr,
             {401, 200, 200, 200, 200, 404, 200, 404}},
            {"GET",
             "/api/v1/programmes/{id}",
             "/api/v1/programmes/{p2}",
             nullptr,
             {401, 200, 200, 404, 404, 404, 200, 404}},
            {"PATCH",
             "/api/v1/programmes/{id}",
             "/api/v1/programmes/{p1}",
             {{"purpose", "Changed"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/archive",
             "/api/v1/programmes/{p2}/archive",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            // Matching. Admin rows act on p1's pool (M1, M2 mentees; J1, J2 mentors) in this order: pin, forbid,
            // run, swap, publish.
            {"GET",
             "/api/v1/programmes/{id}/profiles",
             "/api/v1/programmes/{p1}/profiles",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"PUT",
             "/api/v1/programmes/{id}/profiles",
             "/api/v1/programmes/{p1}/profiles",
             {{"profiles", {{{"employee_id", "M2"}, {"side", "mentee"}, {"languages", {"en"}}}}}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/profiles/import",
             "/api/v1/programmes/{p1}/profiles/import",
             {{"csv", "employee_id,side,languages,capacity\nJ2,mentor,en,1\n"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/check",
             "/api/v1/programmes/{p1}/match/check",
             {{"mentee", "M1"}, {"mentor", "J1"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/pins",
             "/api/v1/programmes/{p1}/match/pins",
             {{"mentee", "M2"}, {"mentor", "J2"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"DELETE",
             "/api/v1/programmes/{id}/match/pins",
             "/api/v1/programmes/{p1}/match/pins?mentee=M2",
             nullptr,
             {401, 204, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/forbids",
             "/api/v1/programmes/{p1}/match/forbids",
             {{"mentee", "M2"}, {"mentor", "J1"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"DELETE",
             "/api/v1/programmes/{id}/match/forbids",
             "/api/v1/programmes/{p1}/match/forbids?mentee=M2&mentor=J1",
             nullptr,
             {401, 204, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/runs",
             "/api/v1/programmes/{p1}/match/runs",
             json::object(),
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/match/runs/latest",
             "/api/v1/programmes/{p1}/match/runs/latest",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/swap",
             "/api/v1/programmes/{p1}/match/swap",
             {{"mentee_a", "M1"}, {"mentee_b", "M2"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/match/publish",
             "/api/v1/programmes/{p1}/match/publish",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/pairs",
             "/api/v1/programmes/{p1}/pairs",
             nullptr,
             {401, 200, 403, 200, 200, 404, 403, 404}},
            // The pair's mentor accepts first, then its mentee; declining is the pair's own too.
            {"POST",
             "/api/v1/pairs/{pair_id}/accept",
             "/api/v1/pairs/{accept}/accept",
             json::object(),
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/decline",
             "/api/v1/pairs/{decline}/decline",
             json::object(),
             {401, 403, 403, 200, 200, 404, 404, 404}},
            // The accepted pair's agreement: admins read it, only its two people write it (mentor saves version 1,
            // mentee version 2) and sign version 2 (the second signature makes the pair active); sponsors never see it.
            {"GET",
             "/api/v1/pairs/{pair_id}/agreement",
             "/api/v1/pairs/{accept}/agreement",
             nullptr,
             {401, 200, 403, 200, 200, 404, 404, 404}},
            {"PUT",
             "/api/v1/pairs/{pair_id}/agreement",
             "/api/v1/pairs/{accept}/agreement",
             {{"mentee_goals", "Use AI tools"},
              {"mentor_goals", "Present to executives"},
              {"topics", json::array()},
              {"cadence_days", 14},
              {"confidentiality_statement", "Between us"}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/agreement/sign",
             "/api/v1/pairs/{accept}/agreement/sign",
             {{"version", 2}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            // The enrolment funnel: admins with names, sponsors counts only, participants never.
            {"GET",
             "/api/v1/programmes/{id}/funnel",
             "/api/v1/programmes/{p1}/funnel",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            // Outcomes: aggregates for admins and sponsors alike, never for participants (even of the programme).
            {"GET",
             "/api/v1/programmes/{id}/outcomes",
             "/api/v1/programmes/{p1}/outcomes",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/outcomes.csv",
             "/api/v1/programmes/{p1}/outcomes.csv",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            // Programme health: admins and the programme's sponsors (this sponsor has no sponsor memberships, so
            // sponsors every programme); participants never. Corrections: sponsors read, admins write. The POST
            // below is the only correction in this database, so it is correction 1, which the admin then deletes.
            {"GET",
             "/api/v1/programmes/{id}/health",
             "/api/v1/programmes/{p1}/health",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/health.csv",
             "/api/v1/programmes/{p1}/health.csv?element=funnel",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/corrections",
             "/api/v1/programmes/{p1}/corrections",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/corrections",
             "/api/v1/programmes/{p1}/corrections",
             {{"effective_on", "2025-05-01"},
              {"what_changed", "Cadence from monthly to fortnightly"},
              {"reason", "Cancellations"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"DELETE",
             "/api/v1/programmes/{id}/corrections/{correction_id}",
             "/api/v1/programmes/{p1}/corrections/1",
             nullptr,
             {401, 204, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/match/recommendations",
             "/api/v1/programmes/{self}/match/recommendations",
             nullptr,
             {401, 403, 403, 403, 200, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/match/requests",
             "/api/v1/programmes/{self}/match/requests",
             nullptr,
             {401, 200, 403, 200, 200, 404, 403, 404}},
            {"POST",
             "/api/v1/programmes/{id}/match/requests",
             "/api/v1/programmes/{self}/match/requests",
             {{"mentor", "J2"}},
             {401, 403, 403, 403, 201, 404, 403, 404}},
            // Only the mentor asked answers; the mentee who asked gets 403.
            {"POST",
             "/api/v1/programmes/{id}/match/requests/{request_id}/answer",
             "/api/v1/programmes/{self}/match/requests/{request}/answer",
             {{"accept", true}},
             {401, 403, 403, 200, 403, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/match/candidates",
             "/api/v1/programmes/{ranked}/match/candidates",
             nullptr,
             {401, 403, 403, 200, 200, 404, 403, 404}},
            // A mentee ranks mentors: the same list from the mentor (J1 ranking J1) is bad input.
            {"PUT",
             "/api/v1/programmes/{id}/match/rankings",
             "/api/v1/programmes/{ranked}/match/rankings",
             {{"ranking", {"J1"}}},
             {401, 403, 403, 400, 200, 404, 403, 404}},
            // Screening. Named reviewers are admin business; the mentor (J1, an applicant, no reviewer) reads the
            // questionnaire and answers it, and other applications do not exist for them; sponsors see nothing.
            {"GET",
             "/api/v1/screening/programmes",
             "/api/v1/screening/programmes",
             nullptr,
             {401, 200, 403, 200, 200, 200, 403, 200}},
            {"GET",
             "/api/v1/programmes/{id}/screening/questions",
             "/api/v1/programmes/{p1}/screening/questions",
             nullptr,
             {401, 200, 403, 200, 200, 404, 403, 404}},
            {"PUT",
             "/api/v1/programmes/{id}/screening/questions",
             "/api/v1/programmes/{ranked}/screening/questions",
             {{"questions", {{{"quality", "patience"}, {"prompt", "How patient are you?"}}}}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/screening/mine",
             "/api/v1/programmes/{p1}/screening/mine",
             nullptr,
             {401, 403, 403, 200, 403, 404, 403, 404}},
            // The body is the mentor's answers to p1's questions (see SetUpScreening).
            {"PUT",
             "/api/v1/programmes/{id}/screening/mine/answers",
             "/api/v1/programmes/{p1}/screening/mine/answers",
             json::object(),
             {401, 403, 403, 200, 403, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/screening/reviewers",
             "/api/v1/programmes/{p1}/screening/reviewers",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/screening/reviewers",
             "/api/v1/programmes/{p1}/screening/reviewers",
             {{"email", "reviewer@example.com"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"DELETE",
             "/api/v1/programmes/{id}/screening/reviewers/{user_id}",
             "/api/v1/programmes/{p1}/screening/reviewers/{reviewer}",
             nullptr,
             {401, 204, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/screening/applications",
             "/api/v1/programmes/{p1}/screening/applications",
             nullptr,
             {401, 200, 403, 403, 403, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/screening/applications/{application_id}",
             "/api/v1/programmes/{p1}/screening/applications/{application}",
             nullptr,
             {401, 200, 403, 404, 404, 404, 403, 404}},
            {"PUT",
             "/api/v1/programmes/{id}/screening/applications/{application_id}/review",
             "/api/v1/programmes/{p1}/screening/applications/{application}/review",
             {{"scores", {{"patience", 4}, {"temperament", 4}, {"listening", 5}, {"expertise", 3}}},
              {"recommendation", "approve"},
              {"comment", "Clear answers."}},
             {401, 200, 403, 404, 404, 404, 403, 404}},
            {"POST",
             "/api/v1/programmes/{id}/screening/applications/{application_id}/decision",
             "/api/v1/programmes/{p1}/screening/applications/{application}/decision",
             {{"decision", "approve"}, {"reason", "Clear answers."}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            // Enrolment ({enrol}): admins invite and read applications; members apply, acknowledge the ground rules
            // and read their status as themselves, each with the side they joined on (the other side's answers are
            // bad input), while admins and sponsors, who take no part, are refused (403); on the public token routes
            // a forged token is unknown to everyone.
            {"POST",
             "/api/v1/programmes/{id}/invitations",
             "/api/v1/programmes/{enrol}/invitations",
             {{"side", "mentee"}, {"employee_ids", {"E1"}}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/invitations",
             "/api/v1/programmes/{enrol}/invitations",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/invitations/{invitation_id}/revoke",
             "/api/v1/programmes/{enrol}/invitations/{invitation}/revoke",
             json::object(),
             {401, 204, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/invitations/{token}",
             "/api/v1/invitations/forged-token",
             nullptr,
             {404, 404, 404, 404, 404, 404, 404, 404}},
            {"POST",
             "/api/v1/invitations/{token}/accept",
             "/api/v1/invitations/forged-token/accept",
             {{"password", "a long new password"}},
             {404, 404, 404, 404, 404, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/application",
             "/api/v1/programmes/{enrol}/application",
             nullptr,
             {401, 403, 403, 200, 200, 404, 403, 404}},
            {"PUT",
             "/api/v1/programmes/{id}/application",
             "/api/v1/programmes/{enrol}/application",
             MentorApplication(),
             {401, 403, 403, 200, 400, 404, 403, 404}},
            {"PUT",
             "/api/v1/programmes/{id}/application",
             "/api/v1/programmes/{enrol}/application",
             MenteeApplication(),
             {401, 403, 403, 400, 200, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/applications",
             "/api/v1/programmes/{enrol}/applications",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/applications/{application_id}",
             "/api/v1/programmes/{enrol}/applications/{enrol_application}",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/ground-rules",
             "/api/v1/programmes/{enrol}/ground-rules",
             nullptr,
             {401, 200, 200, 200, 200, 404, 200, 404}},
            {"POST",
             "/api/v1/programmes/{id}/ground-rules/acknowledgement",
             "/api/v1/programmes/{enrol}/ground-rules/acknowledgement",
             {{"digest", EnrolmentRulesDigest()}},
             {401, 403, 403, 200, 200, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/enrolment-status",
             "/api/v1/programmes/{enrol}/enrolment-status",
             nullptr,
             {401, 403, 403, 200, 200, 404, 403, 404}},
            {"POST",
             "/api/v1/programmes/{id}/application/withdraw",
             "/api/v1/programmes/{enrol}/application/withdraw",
             json::object(),
             {401, 403, 403, 200, 200, 404, 403, 404}},
            // Training (p1). Admins write modules and read progress; members read their own role's modules and
            // attempt them: the mentor module is not the mentee's (404); admins and sponsors take no quizzes (403).
            {"GET",
             "/api/v1/programmes/{id}/training/modules",
             "/api/v1/programmes/{p1}/training/modules",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/training/modules",
             "/api/v1/programmes/{p1}/training/modules",
             {{"role", "mentor"},
              {"title", "Walk"},
              {"body_markdown", "Text"},
              {"quiz", {{{"question", "Q"}, {"options", {"a", "b"}}, {"answer", 0}}}}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/training/modules/{module_id}",
             "/api/v1/programmes/{p1}/training/modules/{mentor_module}",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"PATCH",
             "/api/v1/programmes/{id}/training/modules/{module_id}",
             "/api/v1/programmes/{p1}/training/modules/{mentor_module}",
             {{"pass_mark", 80}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"DELETE",
             "/api/v1/programmes/{id}/training/modules/{module_id}",
             "/api/v1/programmes/{p1}/training/modules/{spare_module}",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            // The body lists p1's mentee modules (see SetUpTraining).
            {"PUT",
             "/api/v1/programmes/{id}/training/order",
             "/api/v1/programmes/{p1}/training/order",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/training/progress",
             "/api/v1/programmes/{p1}/training/progress",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/training/preview",
             "/api/v1/training/preview",
             {{"body_markdown", "**Walk**"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/training/mine",
             "/api/v1/programmes/{p1}/training/mine",
             nullptr,
             {401, 403, 403, 200, 200, 404, 403, 404}},
            {"POST",
             "/api/v1/programmes/{id}/training/modules/{module_id}/attempts",
             "/api/v1/programmes/{p1}/training/modules/{mentor_module}/attempts",
             {{"answers", {0, 0, 0, 0}}},
             {401, 403, 403, 201, 404, 404, 403, 404}},
            {"GET",
             "/api/v1/programmes/{id}/training/modules/{module_id}/attempts",
             "/api/v1/programmes/{p1}/training/modules/{mentor_module}/attempts",
             nullptr,
             {401, 403, 403, 200, 404, 404, 403, 404}},
            // Sessions ({sessions_pair}): admins read the schedule (never change it), sponsors never see a pair; the
            // mentor then the mentee move the first upcoming session and the series (from the second; the body is
            // series_move_), cancel the third (the mentee finds it cancelled already) and confirm a past one.
            {"GET",
             "/api/v1/pairs/{pair_id}/sessions",
             "/api/v1/pairs/{sessions_pair}/sessions",
             nullptr,
             {401, 200, 403, 200, 200, 404, 404, 404}},
            {"PUT",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}",
             "/api/v1/pairs/{sessions_pair}/sessions/{session1}",
             {{"starts_at", "2027-02-03T15:00:00Z"}, {"reason", "Board meeting"}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"PUT",
             "/api/v1/pairs/{pair_id}/series",
             "/api/v1/pairs/{sessions_pair}/series",
             json::object(),
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/cancel",
             "/api/v1/pairs/{sessions_pair}/sessions/{session3}/cancel",
             {{"reason", "Travelling"}},
             {401, 403, 403, 200, 409, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/attendance",
             "/api/v1/pairs/{sessions_pair}/sessions/{past_session}/attendance",
             {{"took_place", true}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/session-policy",
             "/api/v1/programmes/{p1}/session-policy",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"PUT",
             "/api/v1/programmes/{id}/session-policy",
             "/api/v1/programmes/{p1}/session-policy",
             {{"max_consecutive_misses", 3}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            // Feedback ({fb_programme}, pair {fb_pair} of J1 and M1): pulses and ratings are the pair's own (admins and
            // sponsors 403); surveys are admin business, their lists and results admins' and sponsors'. The response
            // row's empty answers are refused (422) once access is granted: a complete answer is per side.
            {"GET",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/pulse",
             "/api/v1/pairs/{fb_pair}/sessions/{fb_session}/pulse",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/pulse",
             "/api/v1/pairs/{fb_pair}/sessions/{fb_session}/pulse",
             {{"usefulness", 4}},
             {401, 403, 403, 201, 201, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/surveys",
             "/api/v1/programmes/{fb_programme}/surveys",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/surveys/defaults",
             "/api/v1/programmes/{fb_programme}/surveys/defaults",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/surveys/{survey_id}",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_survey}",
             nullptr,
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"PATCH",
             "/api/v1/programmes/{id}/surveys/{survey_id}",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_closing}",
             {{"title", "Closing check"}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/surveys/{survey_id}/open",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_closing}/open",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/surveys/{survey_id}/close",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_closing}/close",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"POST",
             "/api/v1/programmes/{id}/surveys/{survey_id}/questions",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_closing}/questions",
             {{"audience", "mentor"}, {"answer_type", "text"}, {"prompt", "Anything else?"}},
             {401, 201, 403, 403, 403, 403, 403, 403}},
            {"PATCH",
             "/api/v1/programmes/{id}/surveys/{survey_id}/questions/{question_id}",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_closing}/questions/{fb_question}",
             {{"required", true}},
             {401, 200, 403, 403, 403, 403, 403, 403}},
            // The body is fb_order_ (see SetUpFeedback).
            {"PUT",
             "/api/v1/programmes/{id}/surveys/{survey_id}/order",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_survey}/order",
             json::object(),
             {401, 200, 403, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/programmes/{id}/surveys/{survey_id}/results",
             "/api/v1/programmes/{fb_programme}/surveys/{fb_survey}/results?side=mentee",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"GET",
             "/api/v1/surveys/{survey_id}/pairs/{pair_id}",
             "/api/v1/surveys/{fb_survey}/pairs/{fb_pair}",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/surveys/{survey_id}/responses",
             "/api/v1/surveys/{fb_survey}/responses",
             {{"pair_id", 0}, {"answers", json::array()}},
             {401, 403, 403, 422, 422, 404, 404, 404}},
            {"GET", "/api/v1/me/surveys", "/api/v1/me/surveys", nullptr, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/me/feedback", "/api/v1/me/feedback", nullptr, {401, 200, 200, 200, 200, 200, 200, 200}},
            {"GET",
             "/api/v1/pairs/{pair_id}/feedback",
             "/api/v1/pairs/{fb_pair}/feedback",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            // Calendar ({feed} is the admin's own feed: only the admin may revoke it); the public feed address
            // answers 404 to everyone for a secret that does not exist; the privacy choice is on the caller's own
            // application in {enrol} (admins have none there, sponsors never do).
            {"GET",
             "/api/v1/me/calendar-feeds",
             "/api/v1/me/calendar-feeds",
             nullptr,
             {401, 200, 200, 200, 200, 200, 200, 200}},
            {"POST",
             "/api/v1/me/calendar-feeds",
             "/api/v1/me/calendar-feeds",
             json::object(),
             {401, 201, 201, 201, 201, 201, 201, 201}},
            {"DELETE",
             "/api/v1/me/calendar-feeds/{id}",
             "/api/v1/me/calendar-feeds/{feed}",
             nullptr,
             {401, 204, 404, 404, 404, 404, 404, 404}},
            {"GET",
             "/calendar/{file}",
             "/calendar/forged-secret.ics",
             nullptr,
             {404, 404, 404, 404, 404, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/my-privacy",
             "/api/v1/programmes/{enrol}/my-privacy",
             nullptr,
             {401, 404, 403, 200, 200, 404, 403, 404}},
            {"PUT",
             "/api/v1/programmes/{id}/my-privacy",
             "/api/v1/programmes/{enrol}/my-privacy",
             {{"confidential", true}, {"calendar_details", false}},
             {401, 404, 403, 200, 200, 404, 403, 404}},
            // Session log ({log_pair}): a private note is its author's alone (everyone else: 404, admins and
            // sponsors included); the shared items are the pair's two people's (admins and sponsors 403); the
            // at-risk list is admins' in full and sponsors' as a count.
            {"GET",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/my-note",
             "/api/v1/pairs/{log_pair}/sessions/{log_session}/my-note",
             nullptr,
             {401, 404, 404, 200, 200, 404, 404, 404}},
            {"PUT",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/my-note",
             "/api/v1/pairs/{log_pair}/sessions/{log_session}/my-note",
             {{"text", "Walk"}},
             {401, 404, 404, 200, 200, 404, 404, 404}},
            {"DELETE",
             "/api/v1/pairs/{pair_id}/sessions/{occurrence_id}/my-note",
             "/api/v1/pairs/{log_pair}/sessions/{log_session}/my-note",
             nullptr,
             {401, 404, 404, 204, 204, 404, 404, 404}},
            {"GET",
             "/api/v1/pairs/{pair_id}/action-items",
             "/api/v1/pairs/{log_pair}/action-items",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/action-items",
             "/api/v1/pairs/{log_pair}/action-items",
             {{"title", "Walk"}, {"owner_side", "mentor"}},
             {401, 403, 403, 201, 201, 404, 404, 404}},
            {"PATCH",
             "/api/v1/pairs/{pair_id}/action-items/{item_id}",
             "/api/v1/pairs/{log_pair}/action-items/{log_item}",
             {{"status", "done"}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"GET",
             "/api/v1/pairs/{pair_id}/goal-progress",
             "/api/v1/pairs/{log_pair}/goal-progress",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/goal-progress",
             "/api/v1/pairs/{log_pair}/goal-progress",
             {{"goal_side", "mentee"}, {"percent", 20}},
             {401, 403, 403, 201, 201, 404, 404, 404}},
            {"PATCH",
             "/api/v1/pairs/{pair_id}/goal-progress/{entry_id}",
             "/api/v1/pairs/{log_pair}/goal-progress/{log_goal}",
             {{"comment", "Walk"}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"GET",
             "/api/v1/pairs/{pair_id}/insights",
             "/api/v1/pairs/{log_pair}/insights",
             nullptr,
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"POST",
             "/api/v1/pairs/{pair_id}/insights",
             "/api/v1/pairs/{log_pair}/insights",
             {{"idea", "Walk"}},
             {401, 403, 403, 201, 201, 404, 404, 404}},
            {"PATCH",
             "/api/v1/pairs/{pair_id}/insights/{insight_id}",
             "/api/v1/pairs/{log_pair}/insights/{log_insight}",
             {{"status", "tried"}},
             {401, 403, 403, 200, 200, 404, 404, 404}},
            {"GET",
             "/api/v1/programmes/{id}/pairs-at-risk",
             "/api/v1/programmes/{p1}/pairs-at-risk",
             nullptr,
             {401, 200, 200, 403, 403, 403, 403, 403}},
            {"GET", "/healthz", "/healthz", nullptr, {200, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/readyz", "/readyz", nullptr, {200, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/metrics", "/metrics", nullptr, {200, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", "/api/openapi.json", "/api/openapi.json", nullptr, {200, 200, 200, 200, 200, 200, 200, 200}},
        };
    }

    std::unique_ptr<TestServer> server_;
    std::array<std::string, kCallerCount> tokens_;
    long long p1_ = 0, p2_ = 0, elsewhere_ = 0;
    long long self_selected_ = 0, ranked_ = 0, request_ = 0, pair_to_accept_ = 0, pair_to_decline_ = 0;
    long long application_ = 0, reviewer_ = 0;
    long long enrol_ = 0, enrol_application_ = 0, invitation_ = 0;
    json screening_answers_;
    long long mentor_module_ = 0, spare_module_ = 0;
    json training_order_;
    long long log_pair_ = 0, log_session_ = 0, log_item_ = 0, log_goal_ = 0, log_insight_ = 0;
    long long feed_ = 0;
    long long fb_programme_ = 0, fb_pair_ = 0, fb_session_ = 0, fb_survey_ = 0, fb_closing_ = 0, fb_question_ = 0;
    json fb_order_;
    long long sessions_pair_ = 0, past_session_ = 0;
    std::vector<long long> upcoming_sessions_;
    json series_move_;
};

const std::array<std::string, kCallerCount> kEmails = {
    "nobody@example.com", "admin@example.com",    "sponsor@example.com",       "mentor@example.com",
    "mentee@example.com", "outsider@example.com", "other-sponsor@example.com", "other-mentee@example.com"};

TEST_P(AccessTest, EveryEndpointWithEveryRole) {
    SetUpMatching();
    SetUpScreening();
    SetUpEnrolment();
    SetUpTraining();
    SetUpSessionLog();
    SetUpCalendar();
    SetUpFeedback();
    SetUpSessions();
    for (const auto& row : Rows()) {
        for (int caller = 0; caller < kCallerCount; ++caller) {
            // A fresh token of the admin's per request keeps DELETE repeatable for each caller.
            const auto revocable =
                server_->Api("POST", "/api/v1/tokens", tokens_[kAdmin], {{"name", "revocable"}}).Json()["id"];
            json body = row.body;
            if (row.pattern == "/api/v1/auth/login") {
                body = {{"email", kEmails[caller]}, {"password", "a long test password"}};
            }
            if (row.pattern == "/api/v1/programmes/{id}/screening/mine/answers") body = screening_answers_;
            if (row.pattern == "/api/v1/programmes/{id}/training/order") body = training_order_;
            if (row.pattern == "/api/v1/programmes/{id}/surveys/{survey_id}/order") body = fb_order_;
            if (row.pattern == "/api/v1/surveys/{survey_id}/responses") body["pair_id"] = fb_pair_;
            if (row.pattern == "/api/v1/pairs/{pair_id}/series") body = series_move_;
            const auto result = server_->Api(row.method, Fill(row.target, std::to_string(revocable.get<long long>())),
                                             row.pattern == "/api/v1/auth/login" ? "" : tokens_[caller], body);
            EXPECT_EQ(result.status, row.expected[caller])
                << row.method << " " << row.target << " as " << kCallerNames[caller] << ": " << result.body;
            if (result.status >= 400) {
                EXPECT_EQ(result.headers.at("content-type"), "application/problem+json") << row.target;
            }
        }
    }
}

TEST_P(AccessTest, RouteTableCoversEveryRoute) {
    std::set<std::pair<std::string, std::string>> walked;
    for (const auto& row : Rows()) walked.insert({row.method, row.pattern});
    for (const auto& route : server_->Router().Routes()) {
        const std::string method(boost::beast::http::to_string(route.method));
        EXPECT_TRUE(walked.count({method, route.pattern})) << method << " " << route.pattern << " is not walked";
    }
}

TEST_P(AccessTest, ParticipantsListOnlyTheirOwnProgrammes) {
    const auto mentor = server_->Api("GET", "/api/v1/programmes", tokens_[kMentor]).Json();
    ASSERT_EQ(mentor["items"].size(), 1u);
    EXPECT_EQ(mentor["items"][0]["id"], p1_);
    EXPECT_TRUE(server_->Api("GET", "/api/v1/programmes", tokens_[kOutsider]).Json()["items"].empty());
    EXPECT_EQ(server_->Api("GET", "/api/v1/programmes", tokens_[kSponsor]).Json()["items"].size(), 3u);
    const auto other = server_->Api("GET", "/api/v1/programmes", tokens_[kOtherParticipant]).Json();
    ASSERT_EQ(other["items"].size(), 1u);
    EXPECT_EQ(other["items"][0]["id"], elsewhere_);
}

TEST_P(AccessTest, RevokedAndForgedTokensAreRefused) {
    const auto created = server_->Api("POST", "/api/v1/tokens", tokens_[kAdmin], {{"name", "short-lived"}}).Json();
    const std::string token = created["token"];
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token).status, 200);
    EXPECT_EQ(server_->Api("DELETE", "/api/v1/tokens/" + std::to_string(created["id"].get<long long>()), token).status,
              204);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token).status, 401);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", token + "x").status, 401);
    EXPECT_EQ(server_->Api("GET", "/api/v1/people", "upw_forged").status, 401);
}

TEST_P(AccessTest, DirectoryReadsAreAudited) {
    ASSERT_EQ(server_->Api("GET", "/api/v1/people/E1", tokens_[kAdmin]).status, 200);
    auto session = server_->Database().Acquire();
    int reads = 0;
    *session << "SELECT COUNT(*) FROM audit_log WHERE action = 'people.read' AND subject = 'person:E1'",
        soci::into(reads);
    EXPECT_EQ(reads, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccessTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
