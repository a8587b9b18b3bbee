// Pulses, surveys and the release and anonymity rules, per role: each pair's two people, their partner before
// and after both answered, admins, sponsors and outsiders; filters that try to narrow a group below k.
// On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <map>
#include <thread>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/pulse_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01
constexpr int kPairs = 10;

// Mentees M1-M7 in Sales, M8-M10 in Legal; mentors J1-J5 in Data (grade 2), J6-J10 in IT (grade 3).
std::string Organisation() {
    std::string csv = "Employee ID,Name,Email,Grade,Department\n";
    for (int i = 1; i <= kPairs; ++i) {
        const auto n = std::to_string(i);
        csv += "M" + n + ",Mentee " + n + ",m" + n + "@example.com,9," + (i <= 7 ? "Sales" : "Legal") + "\n";
        csv += "J" + n + ",Mentor " + n + ",j" + n + "@example.com," + (i <= 5 ? "2,Data" : "3,IT") + "\n";
    }
    csv += "X1,Outsider,x1@example.com,5,Sales\n";
    return csv;
}

class FeedbackServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    FeedbackServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          pulses_(database_.Get(), clock_),
          admin_surveys_(database_.Get(), clock_, "https://mentoring.example.com"),
          responses_(database_.Get(), clock_),
          release_(database_.Get()) {
        admin_.role = domain::Role::kAdmin;
        sponsor_.role = domain::Role::kSponsor;
    }

    void SetUp() override {
        ImportPeople(database_.Get(), Organisation(), {}, clock_);
        admin_.user_id = User("admin@example.com", "", domain::Role::kAdmin);
        sponsor_.user_id = User("sponsor@example.com", "", domain::Role::kSponsor);
        ProgrammeService programmes(database_.Get(), clock_);
        programme_ = programmes
                         .Create(admin_, ProgrammeFields({{"name", "Digital Fluency"},
                                                          {"topics", {"AI tools", "Social media"}},
                                                          {"starts_on", "2025-01-01"},
                                                          {"ends_on", "2025-12-31"}}))
                         .id;
        other_programme_ = programmes.Create(admin_, ProgrammeFields({{"name", "Elsewhere"}})).id;
        for (int i = 1; i <= kPairs; ++i) {
            const auto n = std::to_string(i);
            mentees_.push_back(Person("M" + n));
            mentors_.push_back(Person("J" + n));
            pairs_.push_back(Pair("M" + n, "J" + n, domain::PairStatus::kActive));
        }
        outsider_ = Person("X1");
        proposed_pair_ = Pair("X1", "J1", domain::PairStatus::kProposed);
        series_ = Series(pairs_[0]);
    }

    long long User(const std::string& email, const std::string& person, domain::Role role) {
        domain::UserRecord user;
        user.email = email;
        user.display_name = email;
        user.role = role;
        user.person_id = person;
        user.created_at = kNow;
        auto session = database_.Get().Acquire();
        return storage::InsertUser(*session, user);
    }

    domain::Caller Person(const std::string& id) {
        domain::Caller caller;
        caller.person_id = id;
        caller.user_id = User(ToLowerId(id) + "@accounts.example.com", id, domain::Role::kParticipant);
        return caller;
    }
    static std::string ToLowerId(std::string id) {
        for (auto& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return id;
    }

    long long Pair(const std::string& mentee, const std::string& mentor, domain::PairStatus status) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = status;
        pair.created_at = pair.updated_at = kNow;
        auto session = database_.Get().Acquire();
        return storage::InsertPair(*session, pair);
    }

    long long Series(long long pair_id) {
        auto session = database_.Get().Acquire();
        long long id = 0;
        const std::string uid = "series-" + std::to_string(pair_id) + "@test";
        *session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, "
                    "until_date, uid, sequence, status, created_at, updated_at) VALUES (:p, 'Europe/London', "
                    "'2025-05-01T10:00', 14, 45, '2025-12-31', :uid, 0, 'active', :t, :t2) RETURNING id",
            soci::use(pair_id), soci::use(uid), soci::use(kNow), soci::use(kNow), soci::into(id);
        return id;
    }

    long long Occurrence(long long pair_id, long long series_id, long long starts_at, const std::string& outcome,
                         const std::string& status = "scheduled") {
        auto session = database_.Get().Acquire();
        long long id = 0;
        const long long ends_at = starts_at + 2700;
        *session
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, :status, 0, :o, :u) RETURNING id",
            soci::use(series_id), soci::use(pair_id), soci::use(starts_at), soci::use(starts_at), soci::use(ends_at),
            soci::use(status), soci::use(outcome), soci::use(kNow), soci::into(id);
        return id;
    }

    void Attendance(long long occurrence_id, const std::string& side, long long user_id, bool took_place) {
        auto session = database_.Get().Acquire();
        const int took = took_place ? 1 : 0;
        *session << "INSERT INTO session_attendance (occurrence_id, side, user_id, took_place, confirmed_at) VALUES "
                    "(:o, :s, :u, :t, :c)",
            soci::use(occurrence_id), soci::use(side), soci::use(user_id), soci::use(took), soci::use(kNow);
    }

    domain::Survey Midpoint() {
        for (const auto& view : admin_surveys_.EnsureDefaults(admin_, programme_)) {
            if (view.survey.kind == "midpoint") return view.survey;
        }
        ADD_FAILURE() << "no mid-point survey";
        return {};
    }

    domain::Survey OpenMidpoint() {
        const auto survey = Midpoint();
        return admin_surveys_.Open(admin_, programme_, survey.id).first.survey;
    }

    // A complete answer of `side`: every partner rating `rating`, recommendation 8, a comment.
    static std::vector<domain::SurveyAnswer> Answers(const domain::Survey& survey, const std::string& side, int rating,
                                                     const std::string& comment = "More time for questions") {
        std::vector<domain::SurveyAnswer> answers;
        for (const auto& question : survey.questions) {
            if (question.audience != side || question.archived) continue;
            domain::SurveyAnswer answer;
            answer.question_id = question.id;
            if (question.answer_type == "likert") answer.number = rating;
            if (question.answer_type == "recommend") answer.number = 8;
            if (question.answer_type == "text") answer.text = comment;
            answers.push_back(answer);
        }
        return answers;
    }

    static const domain::SurveyQuestion& FirstOf(const domain::Survey& survey, const std::string& audience,
                                                 const std::string& type) {
        for (const auto& question : survey.questions) {
            if (question.audience == audience && question.answer_type == type) return question;
        }
        throw std::runtime_error("no such question");
    }

    static const domain::QuestionResult& ResultFor(const SurveyResultsView& view, long long question_id) {
        for (const auto& result : view.questions) {
            if (result.question.id == question_id) return result;
        }
        throw std::runtime_error("no result for the question");
    }

    // Both sides of the first `count` pairs answer; mentors rate 4, mentees rate 2.
    void BothAnswer(const domain::Survey& survey, int count) {
        for (int i = 0; i < count; ++i) {
            responses_.Respond(mentees_[i], survey.id, pairs_[i],
                               Answers(survey, "mentee", 2, "Comment " + std::to_string(i)));
            responses_.Respond(mentors_[i], survey.id, pairs_[i], Answers(survey, "mentor", 4));
        }
    }

    long long Count(const std::string& sql) {
        auto session = database_.Get().Acquire();
        long long count = 0;
        *session << sql, soci::into(count);
        return count;
    }

    TestDatabase database_;
    ManualClock clock_;
    PulseService pulses_;
    SurveyAdminService admin_surveys_;
    SurveyResponseService responses_;
    FeedbackReleaseService release_;
    domain::Caller admin_, sponsor_, outsider_;
    std::vector<domain::Caller> mentees_, mentors_;
    std::vector<long long> pairs_;
    long long programme_ = 0, other_programme_ = 0, proposed_pair_ = 0, series_ = 0;
};

// --- Pulses -------------------------------------------------------------------------------------------------

TEST_P(FeedbackServiceTest, EachPersonGivesOnePulsePerHeldSession) {
    const auto held = Occurrence(pairs_[0], series_, kNow - 86400, "held");
    EXPECT_FALSE(pulses_.Own(mentees_[0], pairs_[0], held).has_value());
    const auto pulse = pulses_.Submit(mentees_[0], pairs_[0], held, 4, "  Clear and practical  ");
    EXPECT_EQ(pulse.side, "mentee");
    EXPECT_EQ(pulse.comment, "Clear and practical");
    EXPECT_THROW(pulses_.Submit(mentees_[0], pairs_[0], held, 5, ""), Conflict) << "once per person per session";
    pulses_.Submit(mentors_[0], pairs_[0], held, 3, "");
    ASSERT_TRUE(pulses_.Own(mentors_[0], pairs_[0], held).has_value());
    EXPECT_EQ(pulses_.Own(mentors_[0], pairs_[0], held)->usefulness, 3) << "each reads their own";
    EXPECT_EQ(pulses_.Own(mentees_[0], pairs_[0], held)->usefulness, 4);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM session_pulses"), 2);
}

// Several copies of one answer sent at the same moment (a double click, a retried request): PostgreSQL runs them
// side by side, so the check before the insert cannot see the others. One is stored, every other one is refused
// as answered already, none fails with a database error.
TEST_P(FeedbackServiceTest, SimultaneousCopiesOfOnePulseStoreOneAndRefuseTheRest) {
    const auto held = Occurrence(pairs_[0], series_, kNow - 86400, "held");
    constexpr int kCopies = 16;
    std::atomic<int> stored{0}, refused{0}, failed{0};
    std::latch start(kCopies);
    std::vector<std::thread> senders;
    for (int i = 0; i < kCopies; ++i) {
        senders.emplace_back([&, i] {
            start.arrive_and_wait();
            try {
                pulses_.Submit(mentees_[0], pairs_[0], held, 1 + i % 5, "");
                ++stored;
            } catch (const Conflict&) {
                ++refused;
            } catch (const std::exception&) {
                ++failed;
            }
        });
    }
    for (auto& sender : senders) sender.join();
    EXPECT_EQ(stored.load(), 1);
    EXPECT_EQ(refused.load(), kCopies - 1);
    EXPECT_EQ(failed.load(), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM session_pulses"), 1);
}

TEST_P(FeedbackServiceTest, APulseNeedsAHeldSessionAValueInRangeAndTheCallersOwnPair) {
    const auto pending = Occurrence(pairs_[0], series_, kNow - 86400, "pending");
    const auto missed = Occurrence(pairs_[0], series_, kNow - 2 * 86400, "missed_by_mentee");
    const auto held = Occurrence(pairs_[0], series_, kNow - 3 * 86400, "held");
    EXPECT_THROW(pulses_.Submit(mentees_[0], pairs_[0], pending, 4, ""), Conflict) << "nobody confirmed it yet";
    EXPECT_THROW(pulses_.Submit(mentees_[0], pairs_[0], missed, 4, ""), Conflict);
    // The caller's own confirmation that it took place is enough before both confirmed.
    Attendance(pending, "mentor", mentors_[0].user_id, true);
    EXPECT_THROW(pulses_.Submit(mentees_[0], pairs_[0], pending, 4, ""), Conflict)
        << "the partner's word is not theirs";
    EXPECT_NO_THROW(pulses_.Submit(mentors_[0], pairs_[0], pending, 4, ""));

    try {
        pulses_.Submit(mentees_[0], pairs_[0], held, 6, "");
        FAIL() << "6 is out of range";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "usefulness");
        EXPECT_FALSE(error.Rows().empty()) << "422, not 400";
    }
    EXPECT_THROW(pulses_.Submit(mentees_[0], pairs_[0], held, 0, ""), InvalidInput);
    try {
        pulses_.Submit(mentees_[0], pairs_[0], held, 3, std::string(1001, 'x'));
        FAIL() << "the comment is too long";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "comment");
    }
    // Someone else's session: another pair's person, or this pair's session under another pair's id.
    EXPECT_THROW(pulses_.Submit(mentees_[1], pairs_[0], held, 4, ""), NotFound);
    EXPECT_THROW(pulses_.Submit(mentees_[1], pairs_[1], held, 4, ""), NotFound);
    EXPECT_THROW(pulses_.Own(outsider_, pairs_[0], held), NotFound);
    EXPECT_THROW(pulses_.Submit(admin_, pairs_[0], held, 4, ""), Forbidden);
    EXPECT_THROW(pulses_.Own(sponsor_, pairs_[0], held), Forbidden);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM session_pulses"), 1) << "nothing bad was stored";
}

// --- Surveys: defaults and editing ---------------------------------------------------------------------------

TEST_P(FeedbackServiceTest, EveryProgrammeGetsAMidpointAndAClosingSurveyWithTheSeedsQualities) {
    EXPECT_TRUE(admin_surveys_.List(sponsor_, programme_).empty()) << "sponsors read, they never create";
    EXPECT_TRUE(admin_surveys_.List(admin_, programme_).empty()) << "nor does an admin's read";
    const auto surveys = admin_surveys_.EnsureDefaults(admin_, programme_);
    ASSERT_EQ(surveys.size(), 2u);
    EXPECT_EQ(admin_surveys_.EnsureDefaults(admin_, programme_).size(), 2u) << "created once";
    const auto midpoint = Midpoint();
    EXPECT_EQ(midpoint.status, "draft");
    EXPECT_EQ(midpoint.opens_on, "2025-07-02");
    std::map<std::string, int> per_audience_subject;
    for (const auto& question : midpoint.questions) ++per_audience_subject[question.audience + "/" + question.subject];
    EXPECT_EQ(per_audience_subject["mentee/partner"], 6) << "mentors are rated on six qualities";
    EXPECT_EQ(per_audience_subject["mentor/partner"], 7) << "mentees on seven";
    EXPECT_EQ(per_audience_subject["mentee/self"], 4) << "two topics, before and after";
    EXPECT_EQ(per_audience_subject["mentee/programme"], 2);
    EXPECT_EQ(per_audience_subject["mentor/programme"], 2);
    EXPECT_EQ(admin_surveys_.List(sponsor_, programme_).size(), 2u);
    EXPECT_THROW(admin_surveys_.List(mentees_[0], programme_), Forbidden);
    EXPECT_THROW(admin_surveys_.EnsureDefaults(sponsor_, programme_), Forbidden);
}

TEST_P(FeedbackServiceTest, AdminsEditQuestionsUntilTheFirstResponse) {
    auto survey = Midpoint();
    domain::SurveyQuestion question;
    question.audience = "mentor";
    question.answer_type = "choice";
    question.prompt = "How often did you meet?";
    question.choices = {"Weekly", "Fortnightly", "Monthly"};
    question.required = true;
    auto edited = admin_surveys_.AddQuestion(admin_, programme_, survey.id, question).survey;
    const auto added = edited.questions.back();
    EXPECT_EQ(added.prompt, "How often did you meet?");
    question.choices = {"Only one"};
    EXPECT_THROW(admin_surveys_.AddQuestion(admin_, programme_, survey.id, question), InvalidInput);
    question.answer_type = "essay";
    EXPECT_THROW(admin_surveys_.AddQuestion(admin_, programme_, survey.id, question), InvalidInput);

    QuestionPatch rename;
    rename.prompt = "How often did you really meet?";
    edited = admin_surveys_.EditQuestion(admin_, programme_, survey.id, added.id, rename).survey;
    EXPECT_EQ(edited.questions.back().prompt, "How often did you really meet?");
    std::vector<long long> reversed;
    for (auto it = edited.questions.rbegin(); it != edited.questions.rend(); ++it) reversed.push_back(it->id);
    edited = admin_surveys_.Reorder(admin_, programme_, survey.id, reversed).survey;
    EXPECT_EQ(edited.questions.front().id, added.id);
    EXPECT_THROW(admin_surveys_.Reorder(admin_, programme_, survey.id, {added.id}), InvalidInput);
    EXPECT_THROW(admin_surveys_.EditQuestion(admin_, programme_, survey.id, 999999, rename), NotFound);

    SurveyPatch dates;
    dates.opens_on = "2025-08-01";
    dates.closes_on = "2025-07-01";
    EXPECT_THROW(admin_surveys_.Update(admin_, programme_, survey.id, dates), InvalidInput);
    dates.closes_on = "2025-08-15";
    dates.title = "Half-way check";
    EXPECT_EQ(admin_surveys_.Update(admin_, programme_, survey.id, dates).survey.title, "Half-way check");
    EXPECT_THROW(admin_surveys_.Get(admin_, other_programme_, survey.id), NotFound) << "not that programme's";

    survey = admin_surveys_.Open(admin_, programme_, survey.id).first.survey;
    auto answers = Answers(survey, "mentor", 4);
    for (auto& answer : answers) {
        if (answer.question_id == added.id) answer.choice = "Weekly";
    }
    responses_.Respond(mentors_[0], survey.id, pairs_[0], answers);
    EXPECT_THROW(admin_surveys_.EditQuestion(admin_, programme_, survey.id, added.id, rename), Conflict)
        << "answers must keep meaning what was asked";
    EXPECT_THROW(admin_surveys_.AddQuestion(admin_, programme_, survey.id, question), Conflict);
    QuestionPatch archive;
    archive.archived = true;
    EXPECT_TRUE(admin_surveys_.EditQuestion(admin_, programme_, survey.id, added.id, archive)
                    .survey.questions.front()
                    .archived);
    EXPECT_THROW(admin_surveys_.AddQuestion(sponsor_, programme_, survey.id, question), Forbidden);
}

TEST_P(FeedbackServiceTest, OpeningASurveyInvitesEveryoneInAnActivePairOnce) {
    const auto survey = Midpoint();
    const auto [opened, queued] = admin_surveys_.Open(admin_, programme_, survey.id);
    EXPECT_EQ(opened.survey.status, "open");
    EXPECT_EQ(queued, 2 * kPairs) << "the proposed pair's people are not invited";
    admin_surveys_.Close(admin_, programme_, survey.id);
    EXPECT_EQ(admin_surveys_.Open(admin_, programme_, survey.id).second, 0) << "opened again: nobody mailed twice";
    auto session = database_.Get().Acquire();
    std::string body;
    const std::string key = "survey-invite:" + std::to_string(survey.id) + ":M1";
    *session << "SELECT text_body FROM mail_outbox WHERE dedupe_key = :k", soci::use(key), soci::into(body);
    EXPECT_NE(body.find("/#/surveys/" + std::to_string(survey.id) + "/pairs/" + std::to_string(pairs_[0])),
              std::string::npos)
        << body;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE 'survey-invite:%:X1'"), 0);
}

// --- Surveys: answering ---------------------------------------------------------------------------------------

TEST_P(FeedbackServiceTest, AnswersAreCheckedBeforeAnythingIsStored) {
    const auto draft = Midpoint();
    EXPECT_THROW(responses_.Form(mentees_[0], draft.id, pairs_[0]), NotFound) << "a draft does not exist for them";
    const auto survey = OpenMidpoint();
    const auto form = responses_.Form(mentees_[0], survey.id, pairs_[0]);
    for (const auto& question : form.survey.questions) EXPECT_EQ(question.audience, "mentee") << "only their side's";
    EXPECT_FALSE(form.answered);

    const auto expect_invalid = [&](std::vector<domain::SurveyAnswer> answers, const std::string& field) {
        try {
            responses_.Respond(mentees_[0], survey.id, pairs_[0], answers);
            ADD_FAILURE() << "accepted a bad response (" << field << ")";
        } catch (const InvalidInput& error) {
            EXPECT_FALSE(error.Rows().empty());
            bool named = false;
            for (const auto& row : error.Rows()) named = named || row.field == field;
            EXPECT_TRUE(named) << field << " not named: " << error.what();
        }
    };
    auto missing = Answers(survey, "mentee", 3);
    missing.erase(missing.begin());
    expect_invalid(missing, "answers");
    auto out_of_range = Answers(survey, "mentee", 6);
    expect_invalid(out_of_range, "number");
    auto twice = Answers(survey, "mentee", 3);
    twice.push_back(twice.front());
    expect_invalid(twice, "question_id");
    auto other_side = Answers(survey, "mentee", 3);
    other_side.push_back({FirstOf(survey, "mentor", "likert").id, 3, "", ""});
    expect_invalid(other_side, "question_id");
    auto long_text = Answers(survey, "mentee", 3, std::string(2001, 'x'));
    expect_invalid(long_text, "text");
    auto recommend = Answers(survey, "mentee", 3);
    for (auto& answer : recommend) {
        if (answer.question_id == FirstOf(survey, "mentee", "recommend").id) answer.number = 11;
    }
    expect_invalid(recommend, "number");
    EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_responses"), 0);

    EXPECT_THROW(responses_.Respond(mentees_[1], survey.id, pairs_[0], Answers(survey, "mentee", 3)), NotFound)
        << "a pair not theirs";
    EXPECT_THROW(responses_.Respond(outsider_, survey.id, pairs_[0], Answers(survey, "mentee", 3)), NotFound);
    EXPECT_THROW(responses_.Respond(admin_, survey.id, pairs_[0], Answers(survey, "mentee", 3)), Forbidden);
    EXPECT_THROW(responses_.Respond(outsider_, survey.id, proposed_pair_, Answers(survey, "mentee", 3)), Conflict)
        << "a proposed pair does not answer";

    const auto answered = responses_.Respond(mentees_[0], survey.id, pairs_[0], Answers(survey, "mentee", 3));
    EXPECT_TRUE(answered.answered);
    EXPECT_FALSE(answered.released);
    EXPECT_THROW(responses_.Respond(mentees_[0], survey.id, pairs_[0], Answers(survey, "mentee", 3)), Conflict)
        << "twice";
    admin_surveys_.Close(admin_, programme_, survey.id);
    EXPECT_THROW(responses_.Respond(mentors_[0], survey.id, pairs_[0], Answers(survey, "mentor", 3)), Conflict)
        << "closed";
    const auto mine = responses_.Mine(mentees_[0]);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_TRUE(mine[0].answered);
}

// --- Release to the partner: double-blind, ratings only ------------------------------------------------------

TEST_P(FeedbackServiceTest, APartnerSeesTheRatingsOnlyAfterBothAnsweredAndNeverTheComments) {
    const auto survey = OpenMidpoint();
    responses_.Respond(mentors_[0], survey.id, pairs_[0], Answers(survey, "mentor", 4, "Secret remark"));
    for (const auto& caller : {mentees_[0], mentors_[0]}) {
        const auto before = release_.ForPair(caller, pairs_[0]);
        ASSERT_EQ(before.size(), 1u);
        EXPECT_FALSE(before[0].released);
        EXPECT_TRUE(before[0].ratings.empty()) << "double-blind: nothing before both answered";
    }
    EXPECT_TRUE(release_.Mine(mentees_[0])[0].ratings.empty());

    responses_.Respond(mentees_[0], survey.id, pairs_[0], Answers(survey, "mentee", 2, "Another secret"));
    const auto mentee_sees = release_.ForPair(mentees_[0], pairs_[0]);
    ASSERT_TRUE(mentee_sees[0].released);
    ASSERT_EQ(mentee_sees[0].ratings.size(), 7u) << "the mentor rated the mentee on seven qualities";
    for (const auto& rating : mentee_sees[0].ratings) EXPECT_EQ(rating.rating, 4);
    EXPECT_EQ(mentee_sees[0].ratings[0].quality, "listen");
    const auto mentor_sees = release_.Mine(mentors_[0]);
    ASSERT_EQ(mentor_sees.size(), 1u);
    ASSERT_EQ(mentor_sees[0].ratings.size(), 6u);
    for (const auto& rating : mentor_sees[0].ratings) EXPECT_EQ(rating.rating, 2);
    // Self-assessments and comments are answers about oneself and the programme: never released to the partner.
    for (const auto& rating : mentor_sees[0].ratings) EXPECT_FALSE(rating.quality.empty());

    // Another pair's people, admins and sponsors never see a pair's ratings.
    EXPECT_THROW(release_.ForPair(mentees_[1], pairs_[0]), NotFound);
    EXPECT_THROW(release_.ForPair(outsider_, pairs_[0]), NotFound);
    EXPECT_THROW(release_.ForPair(admin_, pairs_[0]), Forbidden);
    EXPECT_THROW(release_.ForPair(sponsor_, pairs_[0]), Forbidden);
    EXPECT_TRUE(release_.Mine(outsider_).empty());
    EXPECT_TRUE(release_.Mine(admin_).empty());
    EXPECT_FALSE(release_.Mine(mentees_[1])[0].released) << "their own pair answered nothing";
    // Nothing about the answers was written to the audit log.
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%secret%' OR action LIKE 'survey.respon%'"), 0);
}

// --- Aggregates for admins and sponsors: k and the complement rule -------------------------------------------

TEST_P(FeedbackServiceTest, AggregatesAreWithheldBelowKForAdminsAndSponsorsAlike) {
    const auto survey = OpenMidpoint();
    BothAnswer(survey, 4);  // k is 5
    const auto rating = FirstOf(survey, "mentor", "likert");
    const auto text = FirstOf(survey, "mentee", "text");
    for (const auto& caller : {admin_, sponsor_}) {
        const auto view = release_.Results(caller, programme_, survey.id, {});
        EXPECT_EQ(view.k, 5);
        const auto& result = ResultFor(view, rating.id);
        EXPECT_TRUE(result.Withheld());
        EXPECT_EQ(result.responses, 4);
        EXPECT_FALSE(result.mean.value.has_value()) << "withheld, never shown as zero";
        EXPECT_TRUE(result.distribution.empty());
        EXPECT_NE(result.withheld_reason.find("fewer than 5"), std::string::npos) << result.withheld_reason;
        EXPECT_TRUE(ResultFor(view, text.id).texts.empty());
    }
    responses_.Respond(mentees_[4], survey.id, pairs_[4], Answers(survey, "mentee", 2, "Comment 4"));
    responses_.Respond(mentors_[4], survey.id, pairs_[4], Answers(survey, "mentor", 4));
    const auto view = release_.Results(admin_, programme_, survey.id, {});
    const auto& shown = ResultFor(view, rating.id);
    ASSERT_FALSE(shown.Withheld());
    ASSERT_TRUE(shown.mean.value.has_value());
    EXPECT_DOUBLE_EQ(*shown.mean.value, 4.0);
    EXPECT_EQ(shown.distribution[3].second, 5) << "five answered 4";
    const auto& texts = ResultFor(view, text.id);
    ASSERT_EQ(texts.texts.size(), 5u) << "free text once k answers stand behind it";
    EXPECT_EQ(texts.texts[0], "Comment 0") << "sorted: the order says nothing about who or when";
    EXPECT_THROW(release_.Results(mentees_[0], programme_, survey.id, {}), Forbidden);
    EXPECT_THROW(release_.Results(outsider_, programme_, survey.id, {}), Forbidden);
    EXPECT_THROW(release_.Results(admin_, other_programme_, survey.id, {}), NotFound);
}

TEST_P(FeedbackServiceTest, FiltersCannotNarrowAGroupBelowKNorLeaveASmallRest) {
    const auto survey = OpenMidpoint();
    BothAnswer(survey, kPairs);
    const auto about_mentor = FirstOf(survey, "mentee", "likert");  // answered by mentees: 7 Sales, 3 Legal
    const auto about_mentee = FirstOf(survey, "mentor", "likert");  // answered by mentors: 5 Data, 5 IT
    const auto results = [&](domain::ResultFilter filter) {
        return release_.Results(sponsor_, programme_, survey.id, filter);
    };
    EXPECT_FALSE(ResultFor(results({}), about_mentor.id).Withheld());

    domain::ResultFilter legal;
    legal.department = "Legal";
    EXPECT_TRUE(ResultFor(results(legal), about_mentor.id).Withheld()) << "3 Legal answers are fewer than k";

    domain::ResultFilter sales;
    sales.department = "Sales";
    const auto& sales_result = ResultFor(results(sales), about_mentor.id);
    EXPECT_EQ(sales_result.responses, 7);
    EXPECT_TRUE(sales_result.Withheld()) << "all minus Sales would give away the 3 Legal answers";
    EXPECT_NE(sales_result.withheld_reason.find("outside this group"), std::string::npos);

    domain::ResultFilter data;
    data.department = "Data";
    const auto& data_result = ResultFor(results(data), about_mentee.id);
    EXPECT_FALSE(data_result.Withheld()) << "5 in the group, 5 outside";
    EXPECT_EQ(data_result.responses, 5);

    domain::ResultFilter band;
    band.grade_band = domain::ParseGradeBand("3");
    EXPECT_FALSE(ResultFor(results(band), about_mentee.id).Withheld());
    band.department = "IT";
    band.side = "mentor";
    EXPECT_FALSE(ResultFor(results(band), about_mentee.id).Withheld()) << "the same five IT mentors";
    band.department = "Data";
    const auto& nobody = ResultFor(results(band), about_mentee.id);
    EXPECT_TRUE(nobody.Withheld());
    EXPECT_EQ(nobody.withheld_reason, "no answers yet");

    domain::ResultFilter mentees_only;
    mentees_only.side = "mentee";
    EXPECT_FALSE(ResultFor(results(mentees_only), about_mentor.id).Withheld()) << "nobody outside: no rest to reveal";
    EXPECT_TRUE(ResultFor(results(mentees_only), about_mentee.id).Withheld());

    // The departments offered as filters are those with k answers somewhere: Legal (3) is not even named.
    const auto offered = results({}).departments;
    EXPECT_EQ(offered, (std::vector<std::string>{"Data", "IT", "Sales"}));
    domain::ResultFilter bad_side;
    bad_side.side = "sponsor";
    EXPECT_THROW(results(bad_side), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedbackServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
