// Screening of mentor applications on both databases: the questionnaire, applicants' answers, who may review
// what (own application, reporting line both ways, other programmes), scorecards, decisions and their emails.
#include "service/screening/screening_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/identity/auth_service.hpp"
#include "service/identity/user_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/enrolment/application_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::ScreeningOutcome;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1780000000;  // 2026-05-28

// D1 manages S1 and S2; T1 reports to S2; E1 is in another line; R1 is outside every applicant's line.
const std::string kOrganisation =
    "Employee ID,Name,Grade,Department,Manager ID\n"
    "CEO,Cleo Chief,10,Executive,\n"
    "D1,Dana Director,8,Sales,CEO\n"
    "D2,Dev Director,8,Engineering,CEO\n"
    "S1,Sam Sales,2,Sales,D1\n"
    "S2,Sia Senior,3,Sales,D1\n"
    "T1,Tia Trainee,1,Sales,S2\n"
    "E1,Eli Engineer,2,Engineering,D2\n"
    "R1,Rae Reviewer,7,People,CEO\n";

// The field an InvalidInput names, or "" when `action` throws nothing.
std::string FieldOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

class ScreeningServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    ScreeningServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          auth_(database_.Get(), clock_),
          screening_(database_.Get(), clock_, "https://mentoring.example.com") {}

    void SetUp() override {
        ImportPeople(database_.Get(), kOrganisation, {}, clock_);
        admin_ = Account("admin@example.com", "admin");
        sponsor_ = Account("sponsor@example.com", "sponsor");
        p1_ =
            programmes_
                .Create(admin_, ProgrammeFields({{"name", "Digital Pilot"}, {"topics", {"AI tools", "Social media"}}}))
                .id;
        p2_ = programmes_.Create(admin_, ProgrammeFields({{"name", "Second Wave"}, {"topics", {"AI tools"}}})).id;
        s1_ = Account("s1@example.com", "mentor", p1_, "S1");
        s2_ = Account("s2@example.com", "mentor", p1_, "S2");
        e1_ = Account("e1@example.com", "mentor", p1_, "E1");
        mentee_ = Account("d2@example.com", "mentee", p1_, "D2");
        d1_ = Account("d1@example.com", "participant", 0, "D1");
        t1_ = Account("t1@example.com", "participant", 0, "T1");
        r1_ = Account("r1@example.com", "participant", 0, "R1");
        outsider_ = Account("outsider@example.com", "participant");
        for (const auto* reviewer : {"d1@example.com", "t1@example.com", "r1@example.com", "s2@example.com"}) {
            screening_.AddReviewer(admin_, p1_, reviewer);
        }
        app_s1_ = Apply(p1_, s1_);
        app_s2_ = Apply(p1_, s2_);
        app_e1_ = Apply(p1_, e1_);
        // S1 applies in the second programme too, where nobody above is a named reviewer.
        AddMembership(s1_, p2_);
        app_s1_p2_ = Apply(p2_, s1_);
        s1_ = Reload(s1_);
    }

    domain::Caller Account(const std::string& email, const std::string& role, long long programme = 0,
                           const std::string& person = "") {
        NewUser user{email, role, "", person, programme, "a long test password"};
        return Reload(AddUser(database_.Get(), clock_, user).id);
    }
    domain::Caller Reload(long long user_id) { return *auth_.LoadCaller(user_id); }
    domain::Caller Reload(const domain::Caller& caller) { return Reload(caller.user_id); }

    void AddMembership(const domain::Caller& caller, long long programme) {
        auto session = database_.Get().Acquire();
        *session
            << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, 'mentor', :t)",
            soci::use(programme), soci::use(caller.user_id), soci::use(kNow);
    }

    long long Apply(long long programme, const domain::Caller& applicant) {
        domain::Application application;
        application.programme_id = programme;
        application.employee_id = applicant.person_id;
        application.user_id = applicant.user_id;
        application.side = domain::Side::kMentor;
        application.answers.topics = {{"AI tools", 4, "Built the team's chatbot", 0}};
        application.answers.languages = {"en"};
        application.answers.availability = {{0, 9 * 60, 11 * 60}};
        application.answers.motivation = "I like explaining things.";
        application.answers.goals = "Leadership";
        application.submitted_at = application.updated_at = kNow;
        auto session = database_.Get().Acquire();
        return storage::InsertApplication(*session, application);
    }

    std::vector<domain::ScreeningAnswer> FullAnswers(long long programme) {
        std::vector<domain::ScreeningAnswer> answers;
        for (const auto& question : screening_.Questions(admin_, programme)) {
            answers.push_back({question.id, "My answer about " + question.quality});
        }
        return answers;
    }

    domain::Scorecard Card(int score, ScreeningOutcome recommendation, const std::string& comment) {
        domain::Scorecard card;
        for (const auto& quality : domain::ScoredQualities(screening_.Questions(admin_, p1_)))
            card.scores[quality] = score;
        card.recommendation = recommendation;
        card.comment = comment;
        return card;
    }

    std::vector<long long> QueueIds(const domain::Caller& caller, QueueFilter filter = QueueFilter::kAwaitingDecision) {
        std::vector<long long> ids;
        for (const auto& entry : screening_.Queue(caller, p1_, filter).items) ids.push_back(entry.application.id);
        return ids;
    }

    struct Mail {
        std::string recipient, subject, text, html;
    };
    std::vector<Mail> MailsFor(long long application_id) {
        auto session = database_.Get().Acquire();
        const std::string prefix = "decision:" + std::to_string(application_id) + ":%";
        soci::rowset<soci::row> rows =
            (session->prepare
                 << "SELECT recipient, subject, text_body, html_body FROM mail_outbox WHERE dedupe_key LIKE :k "
                    "ORDER BY id",
             soci::use(prefix));
        std::vector<Mail> mails;
        for (const auto& row : rows) {
            mails.push_back(
                {row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2), row.get<std::string>(3)});
        }
        return mails;
    }
    std::vector<std::string> DedupeKeys() {
        auto session = database_.Get().Acquire();
        soci::rowset<std::string> rows = (session->prepare << "SELECT dedupe_key FROM mail_outbox ORDER BY id");
        return {rows.begin(), rows.end()};
    }
    long long ProfileEligible(long long programme, const std::string& person) {
        auto session = database_.Get().Acquire();
        int eligible = -1;
        *session << "SELECT eligible FROM match_profiles WHERE programme_id = :p AND employee_id = :e",
            soci::use(programme), soci::use(person), soci::into(eligible);
        return eligible;
    }
    domain::ApplicationStatus StatusOf(long long application_id) {
        auto session = database_.Get().Acquire();
        return storage::FindApplicationById(*session, application_id)->status;
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    AuthService auth_;
    ScreeningService screening_;
    domain::Caller admin_, sponsor_, s1_, s2_, e1_, mentee_, d1_, t1_, r1_, outsider_;
    long long p1_ = 0, p2_ = 0;
    long long app_s1_ = 0, app_s2_ = 0, app_e1_ = 0, app_s1_p2_ = 0;
};

TEST_P(ScreeningServiceTest, DefaultQuestionnaireIsStoredOnFirstReadAndReadBySeveralRoles) {
    const auto first = screening_.Questions(s1_, p1_);
    ASSERT_EQ(first.size(), 4u);
    const auto qualities = domain::ScoredQualities(first);
    EXPECT_EQ(qualities, (std::vector<std::string>{"patience", "temperament", "listening", "expertise"}));
    const auto again = screening_.Questions(r1_, p1_);
    ASSERT_EQ(again.size(), 4u);
    EXPECT_EQ(again[0].id, first[0].id);  // stored once, not installed per read
    EXPECT_EQ(screening_.Questions(mentee_, p1_).size(), 4u);
    EXPECT_THROW(screening_.Questions(sponsor_, p1_), Forbidden);
    EXPECT_THROW(screening_.Questions(outsider_, p1_), NotFound);
    EXPECT_THROW(screening_.Questions(admin_, 9999), NotFound);
}

TEST_P(ScreeningServiceTest, AdminReplacesTheQuestionnaireKeepingAnsweredQuestions) {
    const auto defaults = screening_.Questions(admin_, p1_);
    auto kept = defaults[0];
    kept.prompt = "How do you stay patient with a busy executive?";
    const auto stored =
        screening_.ReplaceQuestions(admin_, p1_, {kept, {0, 0, " Curiosity ", "What did you learn last month?"}});
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].id, defaults[0].id);
    EXPECT_EQ(stored[0].prompt, kept.prompt);
    EXPECT_EQ(stored[1].quality, "curiosity");
    EXPECT_EQ(screening_.Questions(s1_, p1_).size(), 2u);

    EXPECT_EQ(FieldOf([&] {
                  screening_.ReplaceQuestions(admin_, p1_, {{0, 0, "patience", " "}});
              }),
              "questions[0].prompt");
    EXPECT_EQ(FieldOf([&] { screening_.ReplaceQuestions(admin_, p1_, {}); }), "questions");
    // Another programme's question id is not this programme's to keep.
    const auto other = screening_.Questions(admin_, p2_);
    EXPECT_EQ(FieldOf([&] { screening_.ReplaceQuestions(admin_, p1_, {other[0]}); }), "questions[0].id");
    EXPECT_EQ(screening_.Questions(admin_, p1_).size(), 2u);  // a refused replacement changes nothing
    EXPECT_THROW(screening_.ReplaceQuestions(r1_, p1_, {kept}), Forbidden);
    EXPECT_THROW(screening_.ReplaceQuestions(sponsor_, p1_, {kept}), Forbidden);
}

TEST_P(ScreeningServiceTest, ApplicantAnswersUntilTheDecision) {
    // Before they applied there is nothing to answer on.
    auto newcomer = Account("new@example.com", "mentor", p1_, "CEO");
    EXPECT_FALSE(screening_.Mine(newcomer, p1_).application.has_value());
    EXPECT_THROW(screening_.SaveMyAnswers(newcomer, p1_, FullAnswers(p1_)), Conflict);

    auto answers = FullAnswers(p1_);
    answers.pop_back();
    EXPECT_EQ(FieldOf([&] { screening_.SaveMyAnswers(s1_, p1_, answers); }), "answers");
    answers = FullAnswers(p1_);
    answers[1].answer = "   ";
    EXPECT_EQ(FieldOf([&] { screening_.SaveMyAnswers(s1_, p1_, answers); }), "answers[1].answer");

    const auto saved = screening_.SaveMyAnswers(s1_, p1_, FullAnswers(p1_));
    EXPECT_TRUE(saved.editable);
    const auto mine = screening_.Mine(s1_, p1_);
    ASSERT_TRUE(mine.application.has_value());
    EXPECT_EQ(mine.application->id, app_s1_);
    ASSERT_EQ(mine.answers.size(), 4u);
    EXPECT_EQ(mine.answers[0].answer, "My answer about patience");

    screening_.Decide(admin_, p1_, app_s1_, ScreeningOutcome::kWaitList, "More mentors than mentees this round.");
    EXPECT_FALSE(screening_.Mine(s1_, p1_).editable);
    EXPECT_THROW(screening_.SaveMyAnswers(s1_, p1_, FullAnswers(p1_)), Conflict);

    // Only mentors acting as themselves: mentees, admins, sponsors and outsiders are refused.
    EXPECT_THROW(screening_.Mine(mentee_, p1_), Forbidden);
    EXPECT_THROW(screening_.Mine(admin_, p1_), Forbidden);
    EXPECT_THROW(screening_.Mine(sponsor_, p1_), Forbidden);
    EXPECT_THROW(screening_.Mine(outsider_, p1_), NotFound);
}

TEST_P(ScreeningServiceTest, AnswersCloseWithTheApplicationDeadline) {
    programmes_.Update(admin_, p1_, ProgrammeFields({{"application_deadline", "2026-05-27"}}));  // yesterday
    EXPECT_FALSE(screening_.Mine(e1_, p1_).editable);
    try {
        screening_.SaveMyAnswers(e1_, p1_, FullAnswers(p1_));
        FAIL() << "answers were accepted after the deadline";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("application_deadline"), std::string::npos) << error.what();
    }
}

TEST_P(ScreeningServiceTest, NobodyReviewsTheirOwnApplication) {
    // S2 is a named reviewer and an applicant: their own application is out of their queue and refused.
    const auto queue = QueueIds(s2_);
    EXPECT_EQ(std::count(queue.begin(), queue.end(), app_s2_), 0);
    EXPECT_THROW(screening_.Application(s2_, p1_, app_s2_), Forbidden);
    try {
        screening_.SaveReview(s2_, p1_, app_s2_, Card(5, ScreeningOutcome::kApprove, "Me!"));
        FAIL() << "a reviewer scored their own application";
    } catch (const Forbidden& error) {
        EXPECT_NE(std::string(error.what()).find("your own application"), std::string::npos) << error.what();
    }
}

TEST_P(ScreeningServiceTest, NobodyReviewsTheirReportingLineEitherWay) {
    // D1 manages S1 and S2 (and S2's report T1): only E1 is in D1's queue, two are withheld.
    const auto d1_queue = screening_.Queue(d1_, p1_, QueueFilter::kAwaitingDecision);
    ASSERT_EQ(d1_queue.items.size(), 1u);
    EXPECT_EQ(d1_queue.items[0].application.id, app_e1_);
    EXPECT_EQ(d1_queue.withheld, 2);
    try {
        screening_.SaveReview(d1_, p1_, app_s1_, Card(5, ScreeningOutcome::kApprove, "My report."));
        FAIL() << "a manager scored their report";
    } catch (const Forbidden& error) {
        EXPECT_NE(std::string(error.what()).find("reporting line"), std::string::npos) << error.what();
    }
    EXPECT_THROW(screening_.Application(d1_, p1_, app_s2_), Forbidden);

    // T1 reports to S2: S2's application is refused the other way round; S1 and E1 are fine.
    EXPECT_EQ(QueueIds(t1_), (std::vector<long long>{app_s1_, app_e1_}));
    try {
        screening_.Application(t1_, p1_, app_s2_);
        FAIL() << "a report read their manager's application";
    } catch (const Forbidden& error) {
        EXPECT_NE(std::string(error.what()).find("you report to them"), std::string::npos) << error.what();
    }
    EXPECT_NO_THROW(screening_.SaveReview(t1_, p1_, app_s1_, Card(4, ScreeningOutcome::kApprove, "Patient answers.")));

    // The rule binds admins too: an admin linked to D1 may not decide S1's application.
    auto hr_admin = Account("hr@example.com", "admin", 0, "D1");
    EXPECT_THROW(screening_.Decide(hr_admin, p1_, app_s1_, ScreeningOutcome::kApprove, "Fine."), Forbidden);
    EXPECT_EQ(StatusOf(app_s1_), domain::ApplicationStatus::kSubmitted);
    EXPECT_EQ(QueueIds(admin_), (std::vector<long long>{app_s1_, app_s2_, app_e1_}));
}

TEST_P(ScreeningServiceTest, ReviewersNeverSeeOtherProgrammes) {
    // R1 reviews the first programme only.
    EXPECT_EQ(QueueIds(r1_).size(), 3u);
    EXPECT_THROW(screening_.Queue(r1_, p2_, QueueFilter::kAll), NotFound);
    EXPECT_THROW(screening_.Application(r1_, p2_, app_s1_p2_), NotFound);
    // Nor through the programme they do review.
    EXPECT_THROW(screening_.Application(r1_, p1_, app_s1_p2_), NotFound);
    EXPECT_THROW(screening_.SaveReview(r1_, p1_, app_s1_p2_, Card(3, ScreeningOutcome::kApprove, "x")), NotFound);
    const auto reviewed = screening_.ReviewedProgrammes(r1_);
    ASSERT_EQ(reviewed.size(), 1u);
    EXPECT_EQ(reviewed[0].programme_id, p1_);
    EXPECT_EQ(reviewed[0].awaiting_decision, 3);
    EXPECT_EQ(screening_.ReviewedProgrammes(admin_).size(), 2u);
    // A removed reviewer loses the programme.
    screening_.RemoveReviewer(admin_, p1_, r1_.user_id);
    EXPECT_THROW(screening_.Queue(r1_, p1_, QueueFilter::kAll), NotFound);
    EXPECT_THROW(screening_.RemoveReviewer(admin_, p1_, r1_.user_id), NotFound);
}

TEST_P(ScreeningServiceTest, ScorecardsAverageInTheQueueAndStayPrivateToTheirReviewers) {
    screening_.SaveReview(r1_, p1_, app_e1_, Card(2, ScreeningOutcome::kDecline, "Thin evidence."));
    clock_.Advance(60);
    screening_.SaveReview(t1_, p1_, app_e1_, Card(4, ScreeningOutcome::kApprove, "Good listener."));
    clock_.Advance(60);
    // Editable until decided: R1 changes their mind; the first scorecard keeps its creation time.
    const auto edited =
        screening_.SaveReview(r1_, p1_, app_e1_, Card(3, ScreeningOutcome::kWaitList, "Better on reread."));
    EXPECT_EQ(edited.created_at, kNow);
    EXPECT_EQ(edited.updated_at, kNow + 120);

    const auto queue = screening_.Queue(admin_, p1_, QueueFilter::kAwaitingDecision);
    const auto entry = std::find_if(queue.items.begin(), queue.items.end(),
                                    [this](const QueueEntry& e) { return e.application.id == app_e1_; });
    ASSERT_NE(entry, queue.items.end());
    EXPECT_EQ(entry->scores.reviews, 2);
    EXPECT_DOUBLE_EQ(entry->scores.average_by_quality.at("patience"), 3.5);
    EXPECT_DOUBLE_EQ(*entry->scores.overall, 3.5);
    EXPECT_EQ(entry->scores.recommendations.at("approve"), 1);
    EXPECT_EQ(entry->scores.recommendations.at("wait_list"), 1);
    ASSERT_TRUE(entry->person.has_value());
    EXPECT_EQ(entry->person->name, "Eli Engineer");

    // Admins read every scorecard; a named reviewer reads their own, with the averages of all.
    EXPECT_EQ(screening_.Application(admin_, p1_, app_e1_).reviews.size(), 2u);
    const auto for_t1 = screening_.Application(t1_, p1_, app_e1_);
    ASSERT_EQ(for_t1.reviews.size(), 1u);
    EXPECT_EQ(for_t1.reviews[0].reviewer_user_id, t1_.user_id);
    EXPECT_EQ(for_t1.scores.reviews, 2);
    EXPECT_TRUE(for_t1.can_review);
    EXPECT_FALSE(for_t1.can_decide);  // deciding is the admins'
    for (const auto& entry : screening_.Queue(t1_, p1_, QueueFilter::kAll).items) {
        EXPECT_EQ(entry.reviewed_by_me, entry.application.id == app_e1_) << entry.application.id;
    }

    // Bad scorecards name the field and store nothing.
    auto missing = Card(3, ScreeningOutcome::kApprove, "x");
    missing.scores.erase("expertise");
    EXPECT_EQ(FieldOf([&] { screening_.SaveReview(r1_, p1_, app_s1_, missing); }), "scores");
    auto out_of_range = Card(3, ScreeningOutcome::kApprove, "x");
    out_of_range.scores["patience"] = 9;
    EXPECT_EQ(FieldOf([&] { screening_.SaveReview(r1_, p1_, app_s1_, out_of_range); }), "scores.patience");
    EXPECT_EQ(FieldOf([&] { screening_.SaveReview(r1_, p1_, app_s1_, Card(3, ScreeningOutcome::kApprove, " ")); }),
              "comment");
    EXPECT_EQ(screening_.Application(admin_, p1_, app_s1_).reviews.size(), 0u);

    // Once decided, scorecards no longer change.
    screening_.Decide(admin_, p1_, app_e1_, ScreeningOutcome::kApprove, "Strong on the topic.");
    EXPECT_THROW(screening_.SaveReview(t1_, p1_, app_e1_, Card(5, ScreeningOutcome::kApprove, "x")), Conflict);
}

TEST_P(ScreeningServiceTest, WaitListedThenApprovedWithAnEmailEachAndEligibilityFollowing) {
    screening_.SaveReview(r1_, p1_, app_s1_, Card(4, ScreeningOutcome::kApprove, "Rae's private comment"));
    const auto waited =
        screening_.Decide(admin_, p1_, app_s1_, ScreeningOutcome::kWaitList, "  We have more mentors than mentees.  ");
    EXPECT_TRUE(waited.mail_queued);
    EXPECT_EQ(waited.application.status, domain::ApplicationStatus::kWaitListed);
    EXPECT_EQ(waited.application.decision_reason, "We have more mentors than mentees.");
    EXPECT_EQ(ProfileEligible(p1_, "S1"), 0);
    {
        auto session = database_.Get().Acquire();
        const auto stored = storage::FindApplicationById(*session, app_s1_);
        EXPECT_EQ(stored->status, domain::ApplicationStatus::kWaitListed);
        EXPECT_EQ(stored->decided_by, admin_.user_id);
        EXPECT_EQ(stored->decided_at, kNow);
    }

    clock_.Advance(3600);
    const auto approved =
        screening_.Decide(admin_, p1_, app_s1_, ScreeningOutcome::kApprove, "A mentee needs AI tools now.");
    EXPECT_EQ(approved.application.status, domain::ApplicationStatus::kApproved);
    EXPECT_EQ(ProfileEligible(p1_, "S1"), 1);  // no training or ground rules required in this programme

    const auto mails = MailsFor(app_s1_);
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_EQ(mails[0].recipient, "s1@example.com");
    EXPECT_NE(mails[0].subject.find("wait-listed"), std::string::npos) << mails[0].subject;
    EXPECT_NE(mails[0].text.find("We have more mentors than mentees."), std::string::npos);
    EXPECT_NE(mails[1].subject.find("approved"), std::string::npos) << mails[1].subject;
    EXPECT_NE(mails[1].text.find("A mentee needs AI tools now."), std::string::npos);
    EXPECT_NE(mails[1].html.find("A mentee needs AI tools now."), std::string::npos);
    EXPECT_NE(mails[1].text.find("https://mentoring.example.com/#/programmes/" + std::to_string(p1_) + "/my-screening"),
              std::string::npos);
    EXPECT_NE(mails[1].text.find("Sam Sales"), std::string::npos);  // greeted by their directory name
    for (const auto& mail : mails) {
        // Never the reviewers, their scorecards or anybody else.
        for (const auto* secret :
             {"Rae Reviewer", "private comment", "admin@example.com", "Eli Engineer", "Sia Senior"}) {
            EXPECT_EQ(mail.text.find(secret), std::string::npos) << secret;
            EXPECT_EQ(mail.html.find(secret), std::string::npos) << secret;
        }
    }
    const auto keys = DedupeKeys();
    EXPECT_NE(std::find(keys.begin(), keys.end(), "decision:" + std::to_string(app_s1_) + ":wait_listed"), keys.end());
    EXPECT_NE(std::find(keys.begin(), keys.end(), "decision:" + std::to_string(app_s1_) + ":approved"), keys.end());

    // Approved is final.
    EXPECT_THROW(screening_.Decide(admin_, p1_, app_s1_, ScreeningOutcome::kDecline, "Changed my mind."), Conflict);
    EXPECT_EQ(MailsFor(app_s1_).size(), 2u);

    // The applicant sees their own outcome and reason.
    const auto mine = screening_.Mine(s1_, p1_);
    EXPECT_EQ(mine.application->status, domain::ApplicationStatus::kApproved);
    EXPECT_EQ(mine.application->decision_reason, "A mentee needs AI tools now.");
}

TEST_P(ScreeningServiceTest, DeclineNeedsAReasonAndOnlyAdminsDecide) {
    EXPECT_EQ(FieldOf([&] { screening_.Decide(admin_, p1_, app_e1_, ScreeningOutcome::kDecline, "  "); }), "reason");
    EXPECT_EQ(StatusOf(app_e1_), domain::ApplicationStatus::kSubmitted);
    EXPECT_TRUE(MailsFor(app_e1_).empty());
    EXPECT_THROW(screening_.Decide(r1_, p1_, app_e1_, ScreeningOutcome::kDecline, "No."), Forbidden);
    EXPECT_THROW(screening_.Decide(sponsor_, p1_, app_e1_, ScreeningOutcome::kDecline, "No."), Forbidden);
    EXPECT_THROW(screening_.Decide(admin_, p1_, 99999, ScreeningOutcome::kDecline, "No."), NotFound);
    EXPECT_THROW(screening_.Decide(admin_, p2_, app_e1_, ScreeningOutcome::kDecline, "No."), NotFound);

    const auto declined =
        screening_.Decide(admin_, p1_, app_e1_, ScreeningOutcome::kDecline, "Expertise not shown yet.");
    EXPECT_EQ(declined.application.status, domain::ApplicationStatus::kDeclined);
    EXPECT_EQ(ProfileEligible(p1_, "E1"), 0);
    const auto mails = MailsFor(app_e1_);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_NE(mails[0].subject.find("declined"), std::string::npos);
    EXPECT_NE(mails[0].text.find("Expertise not shown yet."), std::string::npos);
    // Decided applications leave the awaiting queue and appear under decided.
    const auto awaiting = QueueIds(admin_);
    EXPECT_EQ(std::count(awaiting.begin(), awaiting.end(), app_e1_), 0);
    const auto decided = QueueIds(admin_, QueueFilter::kDecided);
    EXPECT_EQ(decided, (std::vector<long long>{app_e1_}));
}

TEST_P(ScreeningServiceTest, WhatEachRoleMayRead) {
    // Sponsors see nothing individual.
    EXPECT_THROW(screening_.Queue(sponsor_, p1_, QueueFilter::kAll), Forbidden);
    EXPECT_THROW(screening_.Application(sponsor_, p1_, app_s1_), Forbidden);
    EXPECT_THROW(screening_.ReviewedProgrammes(sponsor_), Forbidden);
    // An applicant who is no reviewer: no queue, and other applications do not exist for them.
    EXPECT_THROW(screening_.Queue(e1_, p1_, QueueFilter::kAll), Forbidden);
    EXPECT_THROW(screening_.Application(e1_, p1_, app_s1_), NotFound);
    EXPECT_THROW(screening_.Application(e1_, p1_, app_e1_), NotFound);
    EXPECT_THROW(screening_.SaveReview(e1_, p1_, app_s1_, Card(5, ScreeningOutcome::kApprove, "x")), NotFound);
    EXPECT_TRUE(screening_.ReviewedProgrammes(e1_).empty());
    // Outsiders: the programme does not exist for them.
    EXPECT_THROW(screening_.Queue(outsider_, p1_, QueueFilter::kAll), NotFound);
    // Reviewer lists are the admins'.
    EXPECT_THROW(screening_.Reviewers(r1_, p1_), Forbidden);
    EXPECT_EQ(screening_.Reviewers(admin_, p1_).size(), 4u);
}

TEST_P(ScreeningServiceTest, OnlyOrdinaryAccountsBecomeNamedReviewers) {
    EXPECT_EQ(FieldOf([&] { screening_.AddReviewer(admin_, p2_, "nobody@example.com"); }), "email");
    EXPECT_EQ(FieldOf([&] { screening_.AddReviewer(admin_, p2_, "sponsor@example.com"); }), "email");
    EXPECT_EQ(FieldOf([&] { screening_.AddReviewer(admin_, p2_, "admin@example.com"); }), "email");
    EXPECT_EQ(FieldOf([&] { screening_.AddReviewer(admin_, p2_, " "); }), "email");
    const auto added = screening_.AddReviewer(admin_, p2_, " R1@Example.com ");
    EXPECT_TRUE(added.added);
    EXPECT_EQ(added.reviewer.user_id, r1_.user_id);
    EXPECT_FALSE(screening_.AddReviewer(admin_, p2_, "r1@example.com").added);
    EXPECT_THROW(screening_.AddReviewer(r1_, p2_, "t1@example.com"), Forbidden);
    EXPECT_THROW(screening_.AddReviewer(admin_, 9999, "t1@example.com"), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScreeningServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
