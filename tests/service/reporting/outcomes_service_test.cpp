// A programme's outcomes over rows written straight into the tables other services own (people, pairs, surveys,
// goal progress, insights), on SQLite and PostgreSQL: retention, learning, mentor growth, insights, who may read
// them, and k withholding in the JSON and the CSV.
#include "service/reporting/outcomes_service.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "http/reporting/reporting_json.hpp"
#include "http/reporting/reports.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/outcomes_report.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::PairStatus;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

class OutcomesServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    OutcomesServiceTest() : database_(GetParam()), clock_(kNow), outcomes_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        sponsor_.role = domain::Role::kSponsor;
        participant_.role = domain::Role::kParticipant;
    }

    void SetUp() override {
        programme_ =
            ProgrammeService(database_.Get(), clock_)
                .Create(
                    admin_,
                    {{"name", "Outcomes"}, {"starts_on", "2025-01-01"}, {"ends_on", "2025-12-31"}, {"anonymity_k", 3}})
                .id;
        other_programme_ = ProgrammeService(database_.Get(), clock_).Create(admin_, {{"name", "Other"}}).id;
        session_ = database_.Get().Acquire();
        Seed();
    }

    void Person(const std::string& id, int grade, const std::string& department, const std::string& leaving = "",
                int left = 0, const std::string& hired = "2020-01-01") {
        soci::indicator leaving_null = leaving.empty() ? soci::i_null : soci::i_ok;
        *session_ << "INSERT INTO people (employee_id, name, grade, department, hire_date, leaving_date, left_company, "
                     "updated_at) VALUES (:id, :id2, :g, :d, :h, :l, :left, 1)",
            soci::use(id), soci::use(id), soci::use(grade), soci::use(department), soci::use(hired),
            soci::use(leaving, leaving_null), soci::use(left);
    }

    long long Pair(const std::string& mentee, const std::string& mentor, PairStatus status, long long programme = 0) {
        domain::Pair pair;
        pair.programme_id = programme == 0 ? programme_ : programme;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = status;
        return storage::InsertPair(*session_, pair);
    }

    long long User(const std::string& email) {
        long long id = 0;
        *session_ << "INSERT INTO users (email, display_name, role, created_at) VALUES (:e, :e2, 'participant', 1) "
                     "RETURNING id",
            soci::use(email), soci::use(email), soci::into(id);
        return id;
    }

    long long Survey(long long programme, const std::string& kind) {
        long long id = 0;
        *session_ << "INSERT INTO surveys (programme_id, kind, title, status, opens_on, closes_on, created_at, "
                     "updated_at) VALUES (:p, :k, 'Survey', 'open', '2025-03-01', '2025-03-31', 1, 1) RETURNING id",
            soci::use(programme), soci::use(kind), soci::into(id);
        return id;
    }

    long long Question(long long survey, const std::string& subject, const std::string& topic,
                       const std::string& phase) {
        long long id = 0;
        soci::indicator topic_null = topic.empty() ? soci::i_null : soci::i_ok;
        soci::indicator phase_null = phase.empty() ? soci::i_null : soci::i_ok;
        *session_ << "INSERT INTO survey_questions (survey_id, position, audience, answer_type, subject, topic, phase, "
                     "prompt, choices, required) VALUES (:s, 1, 'mentee', 'likert', :subject, :topic, :phase, 'How?', "
                     "'[]', 1) RETURNING id",
            soci::use(survey), soci::use(subject), soci::use(topic, topic_null), soci::use(phase, phase_null),
            soci::into(id);
        return id;
    }

    long long Response(long long survey, long long pair, const std::string& side, long long user) {
        long long id = 0;
        *session_ << "INSERT INTO survey_responses (survey_id, pair_id, side, respondent_user_id, submitted_at) "
                     "VALUES (:s, :p, :side, :u, 1) RETURNING id",
            soci::use(survey), soci::use(pair), soci::use(side), soci::use(user), soci::into(id);
        return id;
    }

    void Answer(long long response, long long question, int value) {
        *session_ << "INSERT INTO survey_answers (response_id, question_id, number_value) VALUES (:r, :q, :v)",
            soci::use(response), soci::use(question), soci::use(value);
    }

    void Progress(long long pair, const std::string& side, int percent, long long at) {
        *session_ << "INSERT INTO goal_progress (pair_id, goal_side, percent, comment, recorded_by, recorded_at) "
                     "VALUES (:p, :s, :v, '', 1, :at)",
            soci::use(pair), soci::use(side), soci::use(percent), soci::use(at);
    }

    void Insight(long long pair, const std::string& status) {
        *session_ << "INSERT INTO insights (pair_id, idea, status, outcome_note, created_by, created_at, updated_at) "
                     "VALUES (:p, 'An idea', :s, '', 1, 1, 1)",
            soci::use(pair), soci::use(status);
    }

    void SetK(int k) {
        *session_ << "UPDATE programmes SET anonymity_k = :k WHERE id = :p", soci::use(k), soci::use(programme_);
    }

    // Directory: cell (2, Data) holds mentors J1-J3 (J3 left 2025-05-01) and comparison C1-C4 (C1 left
    // 2025-03-01) plus J4, whose pair never became active; cell (8, Sales) holds mentees S1-S3 and comparison
    // D1-D3 (D1 flagged as left without a date) plus S4. C5 left before the start and C6 joined after it; X1 is in
    // a cell without participants. Participants 5 of 6 stayed; comparison 7 of 9.
    void Seed() {
        for (const auto* id : {"J1", "J2", "J4", "C2", "C3", "C4"}) Person(id, 2, "Data");
        Person("J3", 2, "Data", "2025-05-01", 1);
        Person("C1", 2, "Data", "2025-03-01", 1);
        Person("C5", 2, "Data", "2024-11-30", 1);
        Person("C6", 2, "Data", "", 0, "2025-02-01");
        for (const auto* id : {"S1", "S2", "S3", "S4", "D2", "D3"}) Person(id, 8, "Sales");
        Person("D1", 8, "Sales", "", 1);
        Person("X1", 5, "Legal");
        pairs_ = {Pair("S1", "J1", PairStatus::kActive), Pair("S2", "J2", PairStatus::kEnded),
                  Pair("S3", "J3", PairStatus::kActive)};
        Pair("S4", "J4", PairStatus::kProposed);
        const auto elsewhere = Pair("X1", "C2", PairStatus::kActive, other_programme_);

        // Self-assessment: AI tools before 2, 2, 3 and after 4, 4, 5; Social media before by two people only, after
        // by three. A partner question and another programme's survey carry numbers that must not count.
        const auto survey = Survey(programme_, "closing");
        const auto ai_before = Question(survey, "self", "AI tools", "before");
        const auto ai_after = Question(survey, "self", "AI tools", "after");
        const auto social_before = Question(survey, "self", "Social media", "before");
        const auto social_after = Question(survey, "self", "Social media", "after");
        const auto partner = Question(survey, "partner", "", "");
        const int before[] = {2, 2, 3}, after[] = {4, 4, 5};
        for (int i = 0; i < 3; ++i) {
            const auto response =
                Response(survey, pairs_[i], "mentee", User("mentee" + std::to_string(i) + "@example.com"));
            Answer(response, ai_before, before[i]);
            Answer(response, ai_after, after[i]);
            if (i < 2) Answer(response, social_before, 1);
            Answer(response, social_after, 3);
            Answer(response, partner, 1);
        }
        const auto other_survey = Survey(other_programme_, "closing");
        const auto other_question = Question(other_survey, "self", "AI tools", "before");
        Answer(Response(other_survey, elsewhere, "mentee", User("other@example.com")), other_question, 5);

        // Mentor goals: latest 60, 80 and 30 (the 40 came first); mentee goals do not count.
        Progress(pairs_[0], "mentor", 20, 100);
        Progress(pairs_[0], "mentor", 60, 200);
        Progress(pairs_[1], "mentor", 80, 150);
        Progress(pairs_[2], "mentor", 40, 100);
        Progress(pairs_[2], "mentor", 30, 300);
        Progress(pairs_[0], "mentee", 100, 400);
        Progress(elsewhere, "mentor", 0, 100);

        // Insights: 2 adopted of 5, over 3 pairs.
        Insight(pairs_[0], "adopted");
        Insight(pairs_[0], "planned");
        Insight(pairs_[1], "adopted");
        Insight(pairs_[1], "dropped");
        Insight(pairs_[2], "tried");
        Insight(elsewhere, "adopted");
    }

    TestDatabase database_;
    ManualClock clock_;
    OutcomesService outcomes_;
    domain::Caller admin_, sponsor_, participant_;
    long long programme_ = 0, other_programme_ = 0;
    std::vector<long long> pairs_;
    storage::ConnectionLease session_;
};

TEST_P(OutcomesServiceTest, RetentionAgainstTheComparisonGroup) {
    const auto outcomes = outcomes_.Outcomes(admin_, programme_);
    EXPECT_EQ(outcomes.as_of, "2025-06-01") << "today, before the programme's end";
    const auto& r = outcomes.retention;
    EXPECT_EQ(r.participants.size, 6);
    EXPECT_EQ(*r.participants.stayed, 5);
    EXPECT_EQ(r.comparison.size, 9) << "C1-C4 and J4; D1-D3 and S4";
    EXPECT_EQ(*r.comparison.stayed, 7);
    EXPECT_NEAR(*r.participants.retention.value, 5.0 / 6.0, 1e-9);
    EXPECT_NEAR(*r.comparison.retention.value, 7.0 / 9.0, 1e-9);
    EXPECT_NEAR(*r.difference, 5.0 / 6.0 - 7.0 / 9.0, 1e-9);
    EXPECT_EQ(r.cells, 2);
    EXPECT_TRUE(r.too_small);
    EXPECT_NE(r.statement.find("too small to conclude"), std::string::npos) << r.statement;

    clock_.Set(1798761600);  // 2027-01-01: the programme's end is the as-of date
    EXPECT_EQ(outcomes_.Outcomes(admin_, programme_).as_of, "2025-12-31");
}

TEST_P(OutcomesServiceTest, LearningPerTopic) {
    const auto outcomes = outcomes_.Outcomes(sponsor_, programme_);
    ASSERT_EQ(outcomes.learning.size(), 2u);
    const auto& ai = outcomes.learning[0];
    EXPECT_EQ(ai.topic, "AI tools");
    EXPECT_NEAR(*ai.before.value, 7.0 / 3.0, 1e-9);
    EXPECT_EQ(ai.before.count, 3) << "the other programme's answer stays out";
    EXPECT_NEAR(*ai.after.value, 13.0 / 3.0, 1e-9);
    EXPECT_NEAR(*ai.change, 2.0, 1e-9);
    const auto& social = outcomes.learning[1];
    EXPECT_EQ(social.topic, "Social media");
    EXPECT_TRUE(social.before.Withheld());
    EXPECT_EQ(social.before.count, 2);
    EXPECT_NE(social.before.withheld_reason.find("fewer than 3"), std::string::npos);
    EXPECT_NEAR(*social.after.value, 3.0, 1e-9);
    EXPECT_FALSE(social.change.has_value()) << "a change would give the withheld mean away";
}

TEST_P(OutcomesServiceTest, MentorGrowthAndInsights) {
    auto outcomes = outcomes_.Outcomes(admin_, programme_);
    EXPECT_EQ(outcomes.mentor_growth.count, 3);
    EXPECT_NEAR(*outcomes.mentor_growth.value, (60.0 + 80.0 + 30.0) / 3.0, 1e-9);
    EXPECT_EQ(outcomes.insights.pairs, 3);
    EXPECT_EQ(outcomes.insights.total, 5);
    ASSERT_TRUE(outcomes.insights.by_status.has_value());
    EXPECT_EQ(outcomes.insights.by_status->at("adopted"), 2);
    EXPECT_EQ(outcomes.insights.by_status->at("planned"), 1);
    EXPECT_EQ(outcomes.insights.by_status->at("tried"), 1);
    EXPECT_EQ(outcomes.insights.by_status->at("dropped"), 1);
    EXPECT_NEAR(*outcomes.insights.adopted_share.value, 0.4, 1e-9);
}

TEST_P(OutcomesServiceTest, FiguresBelowKAreWithheldEverywhere) {
    SetK(7);
    const auto outcomes = outcomes_.Outcomes(admin_, programme_);
    EXPECT_TRUE(outcomes.retention.participants.retention.Withheld()) << "6 participants < 7";
    EXPECT_FALSE(outcomes.retention.participants.stayed.has_value());
    EXPECT_FALSE(outcomes.retention.comparison.retention.Withheld()) << "9 comparison people >= 7";
    EXPECT_FALSE(outcomes.retention.difference.has_value());
    EXPECT_TRUE(outcomes.learning[0].before.Withheld());
    EXPECT_TRUE(outcomes.mentor_growth.Withheld());
    EXPECT_NE(outcomes.mentor_growth.withheld_reason.find("fewer than 7 pairs"), std::string::npos);
    EXPECT_FALSE(outcomes.insights.by_status.has_value());
    EXPECT_EQ(outcomes.insights.total, 0);
    EXPECT_TRUE(outcomes.insights.adopted_share.Withheld());

    const auto json = http::OutcomesJson(outcomes);
    EXPECT_TRUE(json["retention"]["participants"]["retention"]["value"].is_null());
    EXPECT_TRUE(json["retention"]["participants"]["stayed"].is_null());
    EXPECT_TRUE(json["retention"]["ci_low"].is_null());
    EXPECT_TRUE(json["insights"]["by_status"].is_null());
    EXPECT_TRUE(json["mentor_growth"]["withheld"].get<bool>());

    // The CSV carries no value for a withheld figure, only the reason.
    const auto csv = OutcomesCsv(outcomes);
    EXPECT_NE(csv.find("retention,participants,retention_rate,,6,fewer than 7 people"), std::string::npos) << csv;
    EXPECT_NE(csv.find("retention,participants,stayed,,6,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("retention,comparison,retention_rate,0.778,9,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("mentor_growth,mentor_goals,mean_latest_percent,,3,fewer than 7 pairs"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("insights,adopted,count,,3,fewer than 7 pairs"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("0.400"), std::string::npos) << "no adopted share below k";
    EXPECT_EQ(csv.find("56.667"), std::string::npos) << "no mentor growth below k";
}

TEST_P(OutcomesServiceTest, CsvShowsFiguresAtKAndFiltersBySection) {
    const auto outcomes = outcomes_.Outcomes(admin_, programme_);
    const auto csv = OutcomesCsv(outcomes);
    EXPECT_EQ(csv.rfind("section,item,figure,value,count,note\r\n", 0), 0u);
    EXPECT_NE(csv.find("retention,participants,retention_rate,0.833,6,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("learning,AI tools,change,2.000,,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("mentor_growth,mentor_goals,mean_latest_percent,56.667,3,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("insights,adopted,adopted_share,0.400,3,"), std::string::npos) << csv;

    const auto learning = OutcomesCsv(outcomes, "learning");
    EXPECT_EQ(learning.find("retention,"), std::string::npos);
    EXPECT_NE(learning.find("learning,Social media,mean_before,,2,"), std::string::npos) << learning;
    try {
        OutcomesCsv(outcomes, "people");
        FAIL() << "an unknown section is bad input";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "section");
    }
}

TEST_P(OutcomesServiceTest, OnlyAdminsAndSponsorsReadAnExistingProgramme) {
    EXPECT_THROW(outcomes_.Outcomes(participant_, programme_), Forbidden);
    domain::Caller member = participant_;
    member.memberships.push_back({programme_, domain::ProgrammeRole::kMentee});
    EXPECT_THROW(outcomes_.Outcomes(member, programme_), Forbidden) << "taking part gives no aggregates";
    EXPECT_THROW(outcomes_.Outcomes(admin_, 999999), NotFound);
    const auto for_admin = http::OutcomesJson(outcomes_.Outcomes(admin_, programme_));
    const auto for_sponsor = http::OutcomesJson(outcomes_.Outcomes(sponsor_, programme_));
    EXPECT_EQ(for_admin, for_sponsor) << "the same aggregates for both";
    try {
        http::RenderOutcomesReport(database_.Get(), clock_, admin_, programme_, "xml");
        FAIL() << "xml is not a format";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "format");
    }
}

TEST_P(OutcomesServiceTest, AProgrammeWithoutAStartDateHasNothingToCompare) {
    *session_ << "UPDATE programmes SET starts_on = '' WHERE id = :p", soci::use(programme_);
    const auto outcomes = outcomes_.Outcomes(admin_, programme_);
    EXPECT_TRUE(outcomes.retention.participants.retention.Withheld());
    EXPECT_NE(outcomes.retention.statement.find("no start date"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutcomesServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
