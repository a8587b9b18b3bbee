// Enrolment on both databases: invitations and their tokens, applications and their checks, ground rules,
// and the eligibility that matching reads.
#include "service/enrolment/enrolment_service.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "service/identity/auth_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using nlohmann::json;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01 00:00 UTC
constexpr long long kDay = 24 * 3600;

// Seniors (grade 8) to be mentored, juniors (2-3) to mentor, one who left and one without an email.
const std::string kOrganisation =
    "Employee ID,Name,Email,Grade,Department,Location,Time Zone,Manager ID,Left\n"
    "CEO,Cleo Chief,cleo@example.com,10,Executive,London,Europe/London,,no\n"
    "D1,Dana Sales,dana@example.com,8,Sales,London,Europe/London,CEO,no\n"
    "D2,Dev Engineering,dev@example.com,8,Engineering,New York,America/New_York,CEO,no\n"
    "S1,Sam Sales,sam@example.com,2,Sales,London,Europe/London,D1,no\n"
    "E1,Eli Engineer,eli@example.com,2,Engineering,New York,America/New_York,D2,no\n"
    "E2,Eva Engineer,eva@example.com,3,Engineering,London,Europe/London,D2,no\n"
    "X1,Xan Former,xan@example.com,2,Engineering,London,Europe/London,D2,yes\n"
    "N1,Noa Nomail,,2,Sales,London,Europe/London,D1,no\n";

class EnrolmentServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    EnrolmentServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          enrolment_(database_.Get(), clock_, "https://mentoring.example.com/"),
          auth_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        admin_.user_id = 0;
        sponsor_.role = domain::Role::kSponsor;
    }

    void SetUp() override { ImportPeople(database_.Get(), kOrganisation, {}, clock_); }

    long long NewProgramme(json fields = json::object()) {
        json body = {{"name", "Digital"},
                     {"min_grade_gap", 2},
                     {"topics", {"AI tools", "Social media"}},
                     {"ground_rules", {"Listen before you advise.", "What is said stays between you."}}};
        for (const auto& [key, value] : fields.items()) body[key] = value;
        return programmes_.Create(admin_, ProgrammeFields(body)).id;
    }

    // The token of the newest invitation email to `email`, read from the link in the queued message.
    std::string TokenFromMail(const std::string& email) {
        auto session = database_.Get().Acquire();
        std::string body;
        const std::string recipient = email;
        *session << "SELECT text_body FROM mail_outbox WHERE recipient = :r ORDER BY id DESC LIMIT 1",
            soci::use(recipient), soci::into(body);
        std::smatch match;
        if (!std::regex_search(body, match,
                               std::regex("https://mentoring\\.example\\.com/#/invitations/([A-Za-z0-9_-]+)"))) {
            ADD_FAILURE() << "no invitation link in: " << body;
            return {};
        }
        return match[1];
    }

    InviteOutcome Invite(long long programme, domain::Side side, std::vector<std::string> ids, int days = 14) {
        InviteRequest request;
        request.side = side;
        request.employee_ids = std::move(ids);
        request.expires_in_days = days;
        return enrolment_.Invite(admin_, programme, request);
    }

    // Invites, accepts with a new password and returns the signed-in caller.
    domain::Caller Join(long long programme, const std::string& id, const std::string& email, domain::Side side) {
        Invite(programme, side, {id});
        InvitationAcceptance acceptance;
        acceptance.password = "correct horse battery";
        return enrolment_.AcceptInvitation(TokenFromMail(email), acceptance).caller;
    }

    static domain::ApplicationAnswersInput MentorAnswers(const std::string& topic = "AI tools", int level = 4) {
        domain::ApplicationAnswersInput answers;
        answers.topics = {{.topic = topic, .level = level, .evidence = "Ran the team's AI tools workshop."}};
        answers.languages = {"en"};
        answers.availability = {{0, 9 * 60, 12 * 60}};
        answers.motivation = "I enjoy teaching.";
        answers.goals = "Practise leading a conversation.";
        return answers;
    }

    static domain::ApplicationAnswersInput MenteeAnswers() {
        domain::ApplicationAnswersInput answers;
        answers.topics = {{.topic = "AI tools", .priority = 5}, {.topic = "social media", .priority = 2}};
        answers.languages = {"EN"};
        answers.availability = {{0, 10 * 60, 12 * 60}};
        answers.motivation = "I want to understand new tools.";
        return answers;
    }

    void Acknowledge(const domain::Caller& caller, long long programme) {
        enrolment_.AcknowledgeGroundRules(caller, programme, enrolment_.GroundRules(caller, programme).digest);
    }

    // Passes every training module of the role, as the training pages would record it.
    void CompleteTraining(long long programme, const domain::Caller& caller, const std::string& role) {
        auto session = database_.Get().Acquire();
        storage::Transaction transaction(*session, database_.Get().GetBackend());
        std::vector<long long> modules(100);
        *session << "SELECT id FROM training_modules WHERE programme_id = :p AND role = :r", soci::use(programme),
            soci::use(role), soci::into(modules);
        for (const auto module : modules) {
            *session << "INSERT INTO training_attempts (module_id, user_id, answers, score, passed, attempted_at) "
                        "VALUES (:m, :u, '[]', 100, 1, :t)",
                soci::use(module), soci::use(caller.user_id), soci::use(kNow);
        }
        RefreshEligibility(*session, programme, caller.person_id, kNow);
        transaction.Commit();
    }

    void Decide(long long programme, const std::string& employee_id, domain::ApplicationStatus status) {
        auto session = database_.Get().Acquire();
        storage::Transaction transaction(*session, database_.Get().GetBackend());
        const auto application = storage::FindApplication(*session, programme, employee_id);
        ASSERT_TRUE(application);
        storage::RecordApplicationDecision(*session, application->id, status, "screening", 1, kNow);
        RefreshEligibility(*session, programme, employee_id, kNow);
        transaction.Commit();
    }

    static std::vector<std::pair<std::string, int>> Topics(const domain::MatchProfile& profile) {
        std::vector<std::pair<std::string, int>> topics;
        for (const auto& topic : profile.topics) topics.emplace_back(topic.topic, topic.value);
        return topics;
    }

    std::optional<domain::MatchProfile> Profile(long long programme, const std::string& employee_id) {
        auto session = database_.Get().Acquire();
        return storage::FindProfile(*session, programme, employee_id);
    }

    long long Count(const std::string& sql) {
        auto session = database_.Get().Acquire();
        long long count = 0;
        *session << sql, soci::into(count);
        return count;
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    EnrolmentService enrolment_;
    AuthService auth_;
    domain::Caller admin_;
    domain::Caller sponsor_;
};

TEST_P(EnrolmentServiceTest, InvitationStoresOnlyTheTokenDigestAndQueuesTheLink) {
    const auto programme = NewProgramme();
    const auto outcome = Invite(programme, domain::Side::kMentor, {"S1", "E1", "X1", "N1", "NOPE", "S1"});
    EXPECT_EQ(outcome.invited, 2);
    EXPECT_EQ(outcome.reissued, 0);
    ASSERT_EQ(outcome.skipped.size(), 3u);  // left the company, no email, not in the directory; S1 once
    EXPECT_EQ(outcome.skipped[0].employee_id, "X1");
    EXPECT_EQ(outcome.skipped[1].employee_id, "NOPE");
    EXPECT_EQ(outcome.skipped[2].employee_id, "N1");

    const auto token = TokenFromMail("sam@example.com");
    ASSERT_GE(token.size(), 40u);
    auto session = database_.Get().Acquire();
    std::string stored_hash;
    long long id = 0;
    long long expires = 0;
    *session << "SELECT id, token_hash, expires_at FROM invitations WHERE employee_id = 'S1'", soci::into(id),
        soci::into(stored_hash), soci::into(expires);
    EXPECT_EQ(stored_hash, DigestSecret(token));
    EXPECT_EQ(expires, kNow + 14 * kDay);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE token_hash LIKE '%" + token.substr(0, 12) + "%'"), 0);
    std::string key;
    std::string html;
    *session << "SELECT dedupe_key, html_body FROM mail_outbox WHERE recipient = 'sam@example.com'", soci::into(key),
        soci::into(html);
    EXPECT_EQ(key, "invitation:" + std::to_string(id));
    EXPECT_NE(html.find("https://mentoring.example.com/#/invitations/" + token), std::string::npos);

    const auto preview = enrolment_.PreviewInvitation(token);
    EXPECT_EQ(preview.programme_id, programme);
    EXPECT_EQ(preview.side, domain::Side::kMentor);
    EXPECT_EQ(preview.invitee_name, "Sam Sales");
    EXPECT_FALSE(preview.account_exists);
}

TEST_P(EnrolmentServiceTest, InviteByFilterTakesActivePeopleInTheRange) {
    const auto programme = NewProgramme();
    InviteRequest request;
    request.side = domain::Side::kMentor;
    request.filter = domain::InviteeFilter{2, 3, "Engineering", ""};
    const auto outcome = enrolment_.Invite(admin_, programme, request);
    EXPECT_EQ(outcome.invited, 2);  // E1 and E2; X1 left
    const auto invitations = enrolment_.ListInvitations(admin_, programme);
    ASSERT_EQ(invitations.size(), 2u);
    std::set<std::string> ids;
    for (const auto& view : invitations) {
        ids.insert(view.invitation.employee_id);
        EXPECT_EQ(view.status, "pending");
    }
    EXPECT_EQ(ids, (std::set<std::string>{"E1", "E2"}));
    EXPECT_THROW(enrolment_.Invite(sponsor_, programme, request), Forbidden);
}

TEST_P(EnrolmentServiceTest, ReinvitingReplacesTheToken) {
    const auto programme = NewProgramme();
    Invite(programme, domain::Side::kMentee, {"D1"});
    const auto first = TokenFromMail("dana@example.com");
    const auto again = Invite(programme, domain::Side::kMentee, {"D1"}, 30);
    EXPECT_EQ(again.invited, 1);
    EXPECT_EQ(again.reissued, 1);
    const auto second = TokenFromMail("dana@example.com");
    EXPECT_NE(first, second);
    EXPECT_THROW(enrolment_.PreviewInvitation(first), NotFound);
    EXPECT_EQ(enrolment_.PreviewInvitation(second).invitee_name, "Dana Sales");
    EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'dana@example.com'"), 2);
}

TEST_P(EnrolmentServiceTest, TokenRulesForgedExpiredRevokedAndUsed) {
    const auto programme = NewProgramme();
    EXPECT_THROW(enrolment_.PreviewInvitation("forged"), NotFound);
    EXPECT_THROW(enrolment_.PreviewInvitation(""), NotFound);

    Invite(programme, domain::Side::kMentee, {"D1"}, 1);
    const auto expiring = TokenFromMail("dana@example.com");
    clock_.Advance(kDay);  // expires_at is exclusive: at that second it no longer works
    try {
        enrolment_.PreviewInvitation(expiring);
        FAIL() << "an expired token was accepted";
    } catch (const InvitationUnusable& error) {
        EXPECT_EQ(error.Code(), "invitation_expired");
        EXPECT_TRUE(error.Gone());
    }
    EXPECT_EQ(enrolment_.ListInvitations(admin_, programme)[0].status, "expired");

    Invite(programme, domain::Side::kMentee, {"D2"});
    const auto revoked = TokenFromMail("dev@example.com");
    const auto id = enrolment_.ListInvitations(admin_, programme)[0].invitation.id;
    ASSERT_EQ(enrolment_.ListInvitations(admin_, programme)[0].invitation.employee_id, "D2");
    enrolment_.RevokeInvitation(admin_, programme, id);
    enrolment_.RevokeInvitation(admin_, programme, id);  // twice changes nothing
    InvitationAcceptance acceptance;
    acceptance.password = "correct horse battery";
    try {
        enrolment_.AcceptInvitation(revoked, acceptance);
        FAIL() << "a revoked token was accepted";
    } catch (const InvitationUnusable& error) {
        EXPECT_EQ(error.Code(), "invitation_revoked");
    }
    EXPECT_THROW(enrolment_.RevokeInvitation(admin_, programme + 1, id), NotFound);

    Invite(programme, domain::Side::kMentor, {"S1"});
    const auto token = TokenFromMail("sam@example.com");
    enrolment_.AcceptInvitation(token, acceptance);
    try {
        enrolment_.AcceptInvitation(token, acceptance);
        FAIL() << "a used token was accepted again";
    } catch (const InvitationUnusable& error) {
        EXPECT_EQ(error.Code(), "invitation_used");
        EXPECT_FALSE(error.Gone());
    }
    EXPECT_THROW(
        enrolment_.RevokeInvitation(admin_, programme, enrolment_.ListInvitations(admin_, programme)[0].invitation.id),
        Conflict);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM users WHERE email = 'sam@example.com'"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM users WHERE email = 'dev@example.com'"), 0);
}

TEST_P(EnrolmentServiceTest, AcceptingCreatesTheLinkedAccountMembershipAndSession) {
    const auto programme = NewProgramme();
    Invite(programme, domain::Side::kMentor, {"S1"});
    const auto token = TokenFromMail("sam@example.com");
    InvitationAcceptance acceptance;
    acceptance.password = "too short";
    try {
        enrolment_.AcceptInvitation(token, acceptance);
        FAIL() << "a short password was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "password");
    }
    acceptance.password = "correct horse battery";
    const auto login = enrolment_.AcceptInvitation(token, acceptance);
    EXPECT_EQ(login.caller.person_id, "S1");
    EXPECT_EQ(login.caller.display_name, "Sam Sales");
    ASSERT_EQ(login.caller.memberships.size(), 1u);
    EXPECT_EQ(login.caller.memberships[0].programme_id, programme);
    EXPECT_EQ(login.caller.memberships[0].role, domain::ProgrammeRole::kMentor);
    const auto session = auth_.AuthenticateSession(login.session_token);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->caller.user_id, login.caller.user_id);
    EXPECT_EQ(session->csrf_token, login.csrf_token);
    EXPECT_EQ(auth_.Login("sam@example.com", "correct horse battery", "").caller.user_id, login.caller.user_id);

    // A second programme links the same account; its password is asked for, not set again.
    const auto other = NewProgramme({{"name", "Second"}});
    Invite(other, domain::Side::kMentor, {"S1"});
    const auto second = TokenFromMail("sam@example.com");
    EXPECT_TRUE(enrolment_.PreviewInvitation(second).account_exists);
    acceptance.password = "not the password at all";
    EXPECT_THROW(enrolment_.AcceptInvitation(second, acceptance), Unauthorized);
    EXPECT_EQ(enrolment_.PreviewInvitation(second).side, domain::Side::kMentor);  // still usable
    acceptance.password = "correct horse battery";
    const auto again = enrolment_.AcceptInvitation(second, acceptance);
    EXPECT_EQ(again.caller.user_id, login.caller.user_id);
    EXPECT_EQ(again.caller.memberships.size(), 2u);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM users WHERE person_id = 'S1'"), 1);
}

TEST_P(EnrolmentServiceTest, ApplicationsAreCheckedOnSubmit) {
    const auto programme = NewProgramme({{"max_mentor_grade", 2}, {"application_deadline", "2025-06-10"}});
    const auto mentor = Join(programme, "S1", "sam@example.com", domain::Side::kMentor);
    try {
        enrolment_.SubmitApplication(mentor, programme, MentorAnswers("Knitting"));
        FAIL() << "an unknown topic was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "topics[0].topic");
    }
    try {
        enrolment_.SubmitApplication(mentor, programme, MentorAnswers("AI tools", 6));
        FAIL() << "level 6 was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "topics[0].level");
    }
    auto answers = MentorAnswers();
    answers.side = domain::Side::kMentee;
    EXPECT_THROW(enrolment_.SubmitApplication(mentor, programme, answers), Conflict);

    const auto application = enrolment_.SubmitApplication(mentor, programme, MentorAnswers());
    EXPECT_EQ(application.status, domain::ApplicationStatus::kSubmitted);
    EXPECT_EQ(application.answers.topics[0].evidence, "Ran the team's AI tools workshop.");

    // Grade 3 is above this programme's highest mentor grade.
    const auto too_senior = Join(programme, "E2", "eva@example.com", domain::Side::kMentor);
    try {
        enrolment_.SubmitApplication(too_senior, programme, MentorAnswers());
        FAIL() << "a mentor above max_mentor_grade was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("at most grade 2"), std::string::npos) << error.what();
    }
    // A mentee must be at least the lowest grade (2) plus the gap (2): a grade-2 mentee is refused.
    const auto junior_mentee = Join(programme, "E1", "eli@example.com", domain::Side::kMentee);
    try {
        enrolment_.SubmitApplication(junior_mentee, programme, MenteeAnswers());
        FAIL() << "a mentee without anyone junior enough was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("at least grade 4"), std::string::npos) << error.what();
    }
    const auto mentee = Join(programme, "D1", "dana@example.com", domain::Side::kMentee);
    const auto mentee_application = enrolment_.SubmitApplication(mentee, programme, MenteeAnswers());
    EXPECT_EQ(mentee_application.status, domain::ApplicationStatus::kApproved);
    EXPECT_EQ(mentee_application.answers.topics[1].topic, "Social media");  // the catalogue's spelling
    EXPECT_EQ(mentee_application.answers.languages, std::vector<std::string>{"en"});

    // The deadline day itself is open; the day after, editing is refused naming the deadline.
    clock_.Set(kNow + 9 * kDay + 23 * 3600);  // 2025-06-10 23:00 UTC
    EXPECT_NO_THROW(enrolment_.SubmitApplication(mentor, programme, MentorAnswers("Social media", 3)));
    clock_.Set(kNow + 10 * kDay);
    try {
        enrolment_.SubmitApplication(mentor, programme, MentorAnswers());
        FAIL() << "an edit after the deadline was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("application_deadline"), std::string::npos) << error.what();
    }
    EXPECT_EQ(enrolment_.MyApplication(mentor, programme)->answers.topics[0].topic, "Social media");
}

TEST_P(EnrolmentServiceTest, OnlyMembersActAsThemselves) {
    const auto programme = NewProgramme();
    const auto mentor = Join(programme, "S1", "sam@example.com", domain::Side::kMentor);
    enrolment_.SubmitApplication(mentor, programme, MentorAnswers());
    const auto other = NewProgramme({{"name", "Other"}});
    EXPECT_THROW(enrolment_.SubmitApplication(mentor, other, MentorAnswers()), NotFound);
    EXPECT_THROW(enrolment_.MyApplication(admin_, programme), Forbidden) << "admins take no part";
    EXPECT_THROW(enrolment_.MyApplication(sponsor_, programme), Forbidden);
    EXPECT_THROW(enrolment_.Status(sponsor_, programme), Forbidden);
    EXPECT_THROW(enrolment_.ListApplications(mentor, programme, {}), Forbidden);
    EXPECT_THROW(enrolment_.ListApplications(sponsor_, programme, {}), Forbidden);

    const auto listed = enrolment_.ListApplications(admin_, programme, {});
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].name, "Sam Sales");
    EXPECT_EQ(listed[0].grade, 2);
    const auto read = enrolment_.GetApplication(admin_, programme, listed[0].application.id);
    EXPECT_EQ(read.application.employee_id, "S1");
    EXPECT_THROW(enrolment_.GetApplication(admin_, other, listed[0].application.id), NotFound);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.read' AND subject = 'application:" +
                    std::to_string(listed[0].application.id) + "'"),
              1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'application.list'"), 1);
}

TEST_P(EnrolmentServiceTest, EligibilityIsWrittenIntoProfilesAndReadByTheMatchRun) {
    // S1 reports to D1 and E1 to D2, so the only pairs the rules allow are D2-S1 and D1-E1.
    const auto programme = NewProgramme({{"require_training", true}});
    const auto d1 = Join(programme, "D1", "dana@example.com", domain::Side::kMentee);
    const auto d2 = Join(programme, "D2", "dev@example.com", domain::Side::kMentee);
    const auto s1 = Join(programme, "S1", "sam@example.com", domain::Side::kMentor);
    const auto e1 = Join(programme, "E1", "eli@example.com", domain::Side::kMentor);
    for (const auto* mentee : {&d1, &d2}) enrolment_.SubmitApplication(*mentee, programme, MenteeAnswers());
    for (const auto* mentor : {&s1, &e1}) enrolment_.SubmitApplication(*mentor, programme, MentorAnswers());

    // Applying writes the profile the engine reads, not yet eligible.
    const auto applied = Profile(programme, "S1");
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->side, domain::Side::kMentor);
    EXPECT_EQ(Topics(*applied), (std::vector<std::pair<std::string, int>>{{"AI tools", 4}}));
    EXPECT_EQ(applied->languages, std::vector<std::string>{"en"});
    EXPECT_EQ(applied->capacity, 1);
    EXPECT_FALSE(applied->eligible);
    // Mentee priorities 5 and 2 on the engine's 1..3 scale.
    EXPECT_EQ(Topics(*Profile(programme, "D2")),
              (std::vector<std::pair<std::string, int>>{{"AI tools", 3}, {"Social media", 2}}));

    auto session = database_.Get().Acquire();
    EXPECT_EQ(EvaluateEligibility(*session, programme, "S1").blockers,
              (std::vector<std::string>{"awaiting_screening", "training_incomplete", "ground_rules_not_acknowledged"}));
    EXPECT_EQ(EvaluateEligibility(*session, programme, "CEO").blockers,
              (std::vector<std::string>{"not_applied", "training_incomplete", "ground_rules_not_acknowledged"}));

    // D2 and S1 complete everything; D1 does not acknowledge the rules; E1 is approved but untrained.
    for (const auto* caller : {&d2, &s1, &e1}) Acknowledge(*caller, programme);
    CompleteTraining(programme, d1, "mentee");
    CompleteTraining(programme, d2, "mentee");
    CompleteTraining(programme, s1, "mentor");
    EXPECT_FALSE(Profile(programme, "S1")->eligible);  // screening still pending
    Decide(programme, "S1", domain::ApplicationStatus::kApproved);
    Decide(programme, "E1", domain::ApplicationStatus::kApproved);
    EXPECT_TRUE(Profile(programme, "S1")->eligible);
    EXPECT_TRUE(Profile(programme, "D2")->eligible);
    EXPECT_FALSE(Profile(programme, "D1")->eligible);
    EXPECT_FALSE(Profile(programme, "E1")->eligible);
    EXPECT_EQ(EvaluateEligibility(*session, programme, "E1").blockers, std::vector<std::string>{"training_incomplete"});

    MatchingService matching(database_.Get(), clock_);
    matching.Run(admin_, programme);
    const auto run = matching.LatestRun(admin_, programme);
    ASSERT_EQ(run.proposals.size(), 1u);
    EXPECT_EQ(run.proposals[0].mentee, "D2");
    EXPECT_EQ(run.proposals[0].mentor, "S1");
    std::map<std::string, std::string> reasons;
    for (const auto& unmatched : run.unmatched) reasons[unmatched.employee_id] = unmatched.reason;
    EXPECT_EQ(reasons["D1"], "not_eligible");
    EXPECT_EQ(reasons["E1"], "not_eligible");

    // Changed ground rules must be acknowledged again; the old digest is refused.
    const auto old_digest = enrolment_.GroundRules(d2, programme).digest;
    programmes_.Update(admin_, programme, ProgrammeFields({{"ground_rules", {"Listen before you advise."}}}));
    EXPECT_FALSE(Profile(programme, "D2")->eligible);
    EXPECT_FALSE(enrolment_.GroundRules(d2, programme).acknowledged);
    EXPECT_THROW(enrolment_.AcknowledgeGroundRules(d2, programme, old_digest), Conflict);
    Acknowledge(d2, programme);
    EXPECT_TRUE(Profile(programme, "D2")->eligible);

    // Withdrawing makes them ineligible; applying again brings the profile back.
    enrolment_.WithdrawApplication(d2, programme);
    EXPECT_FALSE(Profile(programme, "D2")->eligible);
    EXPECT_EQ(EvaluateEligibility(*session, programme, "D2").blockers,
              std::vector<std::string>{"application_withdrawn"});
    enrolment_.SubmitApplication(d2, programme, MenteeAnswers());
    EXPECT_TRUE(Profile(programme, "D2")->eligible);
}

TEST_P(EnrolmentServiceTest, StatusShowsEachStepAndWhatBlocksIt) {
    const auto programme = NewProgramme();
    const auto mentor = Join(programme, "S1", "sam@example.com", domain::Side::kMentor);
    auto states = [&] {
        std::map<std::string, std::string> result;
        for (const auto& step : enrolment_.Status(mentor, programme).steps) result[step.step] = step.state;
        return result;
    };
    EXPECT_EQ(states(), (std::map<std::string, std::string>{{"invited", "done"},
                                                            {"applied", "pending"},
                                                            {"screened", "pending"},
                                                            {"trained", "not_required"},
                                                            {"rules_acknowledged", "pending"},
                                                            {"matched", "pending"},
                                                            {"agreement_signed", "pending"}}));
    enrolment_.SubmitApplication(mentor, programme, MentorAnswers());
    Acknowledge(mentor, programme);
    Decide(programme, "S1", domain::ApplicationStatus::kDeclined);
    const auto status = enrolment_.Status(mentor, programme);
    EXPECT_EQ(states()["applied"], "done");
    EXPECT_EQ(states()["screened"], "blocked");
    EXPECT_EQ(states()["rules_acknowledged"], "done");
    EXPECT_FALSE(status.eligibility.eligible);
    EXPECT_EQ(status.eligibility.blockers, std::vector<std::string>{"declined"});
    EXPECT_THROW(enrolment_.WithdrawApplication(mentor, programme), Conflict);
}

INSTANTIATE_TEST_SUITE_P(Backends, EnrolmentServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
