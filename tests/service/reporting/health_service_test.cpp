// Programme health over a constructed programme (k = 3): sessions, attendance, pulses, goal progress and survey
// answers written straight into their tables, every figure and every anonymity rule checked per role, on SQLite
// and PostgreSQL.
#include "service/reporting/health_service.hpp"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "http/reporting/reporting_json.hpp"
#include "http/reporting/reports.hpp"
#include "service/directory/people_import.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/funnel_service.hpp"
#include "service/reporting/health_document.hpp"
#include "service/reporting/pairs_at_risk.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::PairStatus;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kDay = 86400;
constexpr long long kNow = 1748736000;  // Sunday 2025-06-01 00:00 UTC
// Tuesday noon of the programme's weeks: week 0 starts Monday 2025-05-05, week 3 is this week (2025-05-26).
constexpr long long Tuesday(int week) { return kNow - 26 * kDay + week * 7 * kDay + 12 * 3600; }

class HealthServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    HealthServiceTest()
        : database_(GetParam()), clock_(kNow), programmes_(database_.Get(), clock_), health_(database_.Get(), clock_) {}

    void SetUp() override {
        std::string csv = "Employee ID,Name,Grade\n";
        for (int i = 1; i <= 6; ++i) {
            csv += "T" + std::to_string(i) + ",Mentee " + std::to_string(i) + ",8\n";
            csv += "J" + std::to_string(i) + ",Mentor " + std::to_string(i) + ",2\n";
        }
        ImportPeople(database_.Get(), csv, {}, clock_);
        session_ = database_.Get().Acquire();
        admin_ = Caller("admin", domain::Role::kAdmin);
        programme_ =
            programmes_
                .Create(
                    admin_,
                    {{"name", "Health"}, {"anonymity_k", 3}, {"starts_on", "2025-05-05"}, {"ends_on", "2025-12-31"}})
                .id;
        other_programme_ = programmes_.Create(admin_, {{"name", "Elsewhere"}}).id;
        sponsor_ = Caller("sponsor", domain::Role::kSponsor);
        SponsorMembership(sponsor_, programme_);
        other_sponsor_ = Caller("other-sponsor", domain::Role::kSponsor);
        SponsorMembership(other_sponsor_, other_programme_);
        company_sponsor_ = Caller("company-sponsor", domain::Role::kSponsor);
        participant_ = Caller("T1", domain::Role::kParticipant);
        participant_.person_id = "T1";
        participant_.memberships = {{programme_, domain::ProgrammeRole::kMentee}};
        outsider_ = Caller("outsider", domain::Role::kParticipant);
        Seed();
    }

    domain::Caller Caller(const std::string& name, domain::Role role) {
        domain::UserRecord user;
        user.email = name + "@example.com";
        user.display_name = name;
        user.role = role;
        user.created_at = kNow;
        domain::Caller caller;
        caller.user_id = storage::InsertUser(*session_, user);
        caller.display_name = name;
        caller.email = user.email;
        caller.role = role;
        return caller;
    }

    // The membership as stored, and as sign-in resolves it onto the caller.
    void SponsorMembership(domain::Caller& sponsor, long long programme) {
        *session_
            << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, 'sponsor', :t)",
            soci::use(programme), soci::use(sponsor.user_id), soci::use(kNow);
        sponsor.sponsored_programmes.push_back(programme);
    }

    long long Pair(int n, PairStatus status) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "T" + std::to_string(n);
        pair.mentor = "J" + std::to_string(n);
        pair.status = status;
        pair.created_at = pair.updated_at = kNow - 60 * kDay;
        const auto id = storage::InsertPair(*session_, pair);
        const std::string uid = "series-" + std::to_string(id) + "@test";
        *session_
            << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, "
               "uid, sequence, status, created_at, updated_at) VALUES (:p, 'UTC', '2025-05-06T12:00', 7, 45, "
               "'2025-12-31', :uid, 0, 'active', :c, :u)",
            soci::use(id), soci::use(uid), soci::use(kNow), soci::use(kNow);
        long long series = 0;
        *session_ << "SELECT id FROM session_series WHERE pair_id = :p", soci::use(id), soci::into(series);
        series_[id] = series;
        return id;
    }

    long long Occurrence(long long pair, long long starts_at, const std::string& outcome,
                         const std::string& cancelled_by = "") {
        const std::string status = cancelled_by.empty() ? "scheduled" : "cancelled";
        const long long ends_at = starts_at + 2700;
        soci::indicator by = cancelled_by.empty() ? soci::i_null : soci::i_ok;
        long long id = 0;
        *session_
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, cancelled_by_side, outcome, updated_at) VALUES (:s, :p, :r, :a, :e, :st, 0, :by, :o, :u) "
               "RETURNING id",
            soci::use(series_.at(pair)), soci::use(pair), soci::use(starts_at), soci::use(starts_at),
            soci::use(ends_at), soci::use(status), soci::use(cancelled_by, by), soci::use(outcome), soci::use(kNow),
            soci::into(id);
        return id;
    }

    void Pulse(long long occurrence, long long pair, const std::string& side, int usefulness) {
        *session_ << "INSERT INTO session_pulses (occurrence_id, side, pair_id, usefulness, comment, submitted_at) "
                     "VALUES (:o, :s, :p, :u, '', :t)",
            soci::use(occurrence), soci::use(side), soci::use(pair), soci::use(usefulness), soci::use(kNow);
    }

    void Goal(long long pair, const std::string& side, int percent, long long at) {
        *session_ << "INSERT INTO goal_progress (pair_id, goal_side, percent, comment, recorded_by, recorded_at) "
                     "VALUES (:p, :s, :pc, '', :by, :at)",
            soci::use(pair), soci::use(side), soci::use(percent), soci::use(admin_.user_id), soci::use(at);
    }

    long long Survey(const std::string& kind) {
        long long id = 0;
        *session_
            << "INSERT INTO surveys (programme_id, kind, title, status, opens_on, closes_on, created_at, updated_at) "
               "VALUES (:p, :k, :t, 'open', '2025-05-01', '2025-06-30', :c, :u) RETURNING id",
            soci::use(programme_), soci::use(kind), soci::use(kind), soci::use(kNow), soci::use(kNow), soci::into(id);
        return id;
    }

    long long Question(long long survey, const std::string& audience, const std::string& quality) {
        long long id = 0;
        *session_
            << "INSERT INTO survey_questions (survey_id, position, audience, answer_type, subject, quality, prompt, "
               "choices, required) VALUES (:s, 1, :a, 'likert', 'partner', :q, 'How?', '[]', 1) RETURNING id",
            soci::use(survey), soci::use(audience), soci::use(quality), soci::into(id);
        return id;
    }

    // One response of `side` in `pair` to `survey`, with its answers.
    void Respond(long long survey, long long pair, const std::string& side, const std::map<long long, int>& answers) {
        const auto person = side == "mentee" ? "T" : "J";
        const auto user = Caller(std::string(person) + std::to_string(pair) + "-" + std::to_string(survey),
                                 domain::Role::kParticipant)
                              .user_id;
        long long response = 0;
        *session_ << "INSERT INTO survey_responses (survey_id, pair_id, side, respondent_user_id, submitted_at) "
                     "VALUES (:s, :p, :side, :u, :t) RETURNING id",
            soci::use(survey), soci::use(pair), soci::use(side), soci::use(user), soci::use(kNow), soci::into(response);
        for (const auto& [question, value] : answers) {
            *session_ << "INSERT INTO survey_answers (response_id, question_id, number_value) VALUES (:r, :q, :v)",
                soci::use(response), soci::use(question), soci::use(value);
        }
    }

    void Seed() {
        for (int n = 1; n <= 4; ++n) pairs_[n] = Pair(n, PairStatus::kActive);
        pairs_[5] = Pair(5, PairStatus::kEnded);
        pairs_[6] = Pair(6, PairStatus::kEnded);  // ended without ever meeting: not completed
        const auto& p = pairs_;
        // Week 0: three held, one cancelled by the mentee.
        const auto w0p1 = Occurrence(p.at(1), Tuesday(0), "held");
        const auto w0p2 = Occurrence(p.at(2), Tuesday(0), "held");
        const auto w0p3 = Occurrence(p.at(3), Tuesday(0), "held");
        Occurrence(p.at(4), Tuesday(0), "pending", "mentee");
        // Week 1: three held, the mentee of pair 2 did not come.
        const auto w1p1 = Occurrence(p.at(1), Tuesday(1), "held");
        Occurrence(p.at(2), Tuesday(1), "missed_by_mentee");
        Occurrence(p.at(3), Tuesday(1), "held");
        Occurrence(p.at(4), Tuesday(1), "held");
        // Week 2: pair 1's mentor cancelled, pair 3's mentor did not come, three held (pair 5's last).
        Occurrence(p.at(1), Tuesday(2), "pending", "mentor");
        const auto w2p2 = Occurrence(p.at(2), Tuesday(2), "held");
        Occurrence(p.at(3), Tuesday(2), "missed_by_mentor");
        const auto w2p4 = Occurrence(p.at(4), Tuesday(2), "held");
        const auto w2p5 = Occurrence(p.at(5), Tuesday(2), "held");
        // Week 3 (this week): one held. Next week: one planned, one already cancelled by an admin.
        Occurrence(p.at(1), Tuesday(3), "held");
        Occurrence(p.at(2), Tuesday(4), "pending");
        Occurrence(p.at(3), Tuesday(4), "pending", "admin");

        // Pulses. Week 0: three per side (mentees 4, 3, 5; mentors 5, 4, 2). Week 1: two. Week 2: three mentees
        // (4, 4, 3) and one mentor (5).
        Pulse(w0p1, p.at(1), "mentee", 4);
        Pulse(w0p1, p.at(1), "mentor", 5);
        Pulse(w0p2, p.at(2), "mentee", 3);
        Pulse(w0p2, p.at(2), "mentor", 4);
        Pulse(w0p3, p.at(3), "mentee", 5);
        Pulse(w0p3, p.at(3), "mentor", 2);
        Pulse(w1p1, p.at(1), "mentee", 2);
        Pulse(w1p1, p.at(1), "mentor", 3);
        Pulse(w2p2, p.at(2), "mentee", 4);
        Pulse(w2p4, p.at(4), "mentee", 4);
        Pulse(w2p4, p.at(4), "mentor", 5);
        Pulse(w2p5, p.at(5), "mentee", 3);

        // Goals: the mentees' latest are 60, 50, 70 (pair 1 moved from 30); the mentors' 40 and 80 (two only).
        Goal(p.at(1), "mentee", 30, kNow - 20 * kDay);
        Goal(p.at(1), "mentee", 60, kNow - 5 * kDay);
        Goal(p.at(2), "mentee", 50, kNow - 5 * kDay);
        Goal(p.at(3), "mentee", 70, kNow - 5 * kDay);
        Goal(p.at(1), "mentor", 40, kNow - 5 * kDay);
        Goal(p.at(2), "mentor", 80, kNow - 5 * kDay);

        // Surveys: mentees rate their mentors' listening (5, 4, 5, 4 mid-point; 5 closing) and patience (3, 2, 4);
        // two mentors rate their mentees' acting on advice (4, 4).
        const auto midpoint = Survey("midpoint");
        const auto closing = Survey("closing");
        const auto listen = Question(midpoint, "mentee", "listen_and_understand");
        const auto patient = Question(midpoint, "mentee", "patient");
        const auto act = Question(midpoint, "mentor", "act_on_advice");
        const auto listen_closing = Question(closing, "mentee", "listen_and_understand");
        const std::map<int, std::pair<int, int>> mentee_answers = {{1, {5, 3}}, {2, {4, 2}}, {3, {5, 4}}};
        for (const auto& [n, values] : mentee_answers)
            Respond(midpoint, p.at(n), "mentee", {{listen, values.first}, {patient, values.second}});
        Respond(midpoint, p.at(4), "mentee", {{listen, 4}});
        Respond(midpoint, p.at(1), "mentor", {{act, 4}});
        Respond(midpoint, p.at(2), "mentor", {{act, 4}});
        Respond(closing, p.at(1), "mentee", {{listen_closing, 5}});
    }

    static const WeekPulse& PulseOf(const ProgrammeHealth& health, const std::string& week) {
        for (const auto& point : health.pulses) {
            if (point.week == week) return point;
        }
        throw std::runtime_error("no week " + week);
    }
    static const QualityFigure& QualityOf(const ProgrammeHealth& health, const std::string& quality) {
        for (const auto& figure : health.qualities) {
            if (figure.quality == quality) return figure;
        }
        throw std::runtime_error("no quality " + quality);
    }
    static const GoalFigure& GoalOf(const ProgrammeHealth& health, const std::string& side) {
        for (const auto& goal : health.goals) {
            if (goal.side == side) return goal;
        }
        throw std::runtime_error("no goals of " + side);
    }
    static const SideCounts& SideOf(const ProgrammeHealth& health, const std::string& side) {
        for (const auto& counts : health.cancellations) {
            if (counts.side == side) return counts;
        }
        throw std::runtime_error("no side " + side);
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    HealthService health_;
    storage::ConnectionLease session_;
    domain::Caller admin_, sponsor_, other_sponsor_, company_sponsor_, participant_, outsider_;
    long long programme_ = 0;
    long long other_programme_ = 0;
    std::map<int, long long> pairs_;
    std::map<long long, long long> series_;
};

TEST_P(HealthServiceTest, FunnelAddsActiveAndCompletedPairsToTheEnrolmentSteps) {
    const auto health = health_.Health(admin_, programme_);
    std::map<std::string, std::pair<long long, long long>> steps;
    for (const auto& step : health.funnel) steps[step.step] = {step.mentors, step.mentees};
    ASSERT_EQ(health.funnel.size(), 8u);
    EXPECT_EQ(health.funnel.front().step, "invited");
    EXPECT_EQ(health.funnel.back().step, "completed");
    EXPECT_EQ(steps["matched"], (std::pair<long long, long long>{4, 4})) << "ended pairs hold no place";
    EXPECT_EQ(steps["agreement_signed"], (std::pair<long long, long long>{4, 4}));
    EXPECT_EQ(steps["active"], (std::pair<long long, long long>{4, 4}));
    EXPECT_EQ(steps["completed"], (std::pair<long long, long long>{1, 1})) << "pair 6 never met: it did not complete";
    // The enrolment steps are the enrolment funnel's own counts.
    const auto funnel = FunnelService(database_.Get(), clock_).Funnel(admin_, programme_);
    for (const auto& side : funnel.sides) {
        for (const auto& step : side.steps) {
            const auto it = steps.find(std::string(domain::ToString(step.step)));
            if (it == steps.end()) continue;
            EXPECT_EQ(side.side == domain::Side::kMentor ? it->second.first : it->second.second, step.count)
                << domain::ToString(step.step);
        }
    }
}

TEST_P(HealthServiceTest, SessionsHeldAgainstPlannedPerWeekAndCancellationsBySide) {
    const auto health = health_.Health(admin_, programme_);
    ASSERT_EQ(health.sessions.size(), 4u) << "from the programme's first week to this one; next week is not drawn";
    const std::vector<std::string> weeks = {"2025-05-05", "2025-05-12", "2025-05-19", "2025-05-26"};
    const std::vector<long long> planned = {4, 4, 5, 1}, held = {3, 3, 3, 1}, cancelled = {1, 0, 1, 0};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(health.sessions[i].week, weeks[i]);
        EXPECT_EQ(health.sessions[i].planned, planned[i]) << weeks[i];
        EXPECT_EQ(health.sessions[i].held, held[i]) << weeks[i];
        EXPECT_EQ(health.sessions[i].cancelled, cancelled[i]) << weeks[i];
        ASSERT_TRUE(health.sessions[i].held_rate) << weeks[i];
        EXPECT_DOUBLE_EQ(*health.sessions[i].held_rate, static_cast<double>(held[i]) / planned[i]);
    }
    EXPECT_EQ(SideOf(health, "mentee").cancellations, 1);
    EXPECT_EQ(SideOf(health, "mentor").cancellations, 1);
    EXPECT_EQ(SideOf(health, "admin").cancellations, 1) << "a cancellation of a session to come is still one";
    EXPECT_EQ(SideOf(health, "mentee").no_shows, 1);
    EXPECT_EQ(SideOf(health, "mentor").no_shows, 1);
    EXPECT_EQ(SideOf(health, "both").no_shows, 0);
}

TEST_P(HealthServiceTest, PulsesPerWeekAreWithheldBelowKAndTheTotalCountsOnlyShownWeeks) {
    const auto health = health_.Health(admin_, programme_);
    EXPECT_EQ(health.anonymity_k, 3);
    const auto& first = PulseOf(health, "2025-05-05");
    ASSERT_FALSE(first.mean.Withheld());
    EXPECT_DOUBLE_EQ(*first.mean.value, 23.0 / 6);
    EXPECT_EQ(first.mean.count, 6);
    const auto& second = PulseOf(health, "2025-05-12");
    EXPECT_TRUE(second.mean.Withheld()) << "two pulses stand behind it";
    EXPECT_FALSE(second.mean.value.has_value()) << "withheld, never zero";
    EXPECT_EQ(second.mean.count, 2);
    EXPECT_NE(second.mean.withheld_reason.find("fewer than 3"), std::string::npos) << second.mean.withheld_reason;
    const auto& third = PulseOf(health, "2025-05-19");
    ASSERT_FALSE(third.mean.Withheld());
    EXPECT_DOUBLE_EQ(*third.mean.value, 4.0);
    EXPECT_TRUE(PulseOf(health, "2025-05-26").mean.Withheld());
    EXPECT_EQ(PulseOf(health, "2025-05-26").mean.withheld_reason, "no answers yet");
    // Counting week 2 in the total would let anyone subtract the shown weeks and read it.
    ASSERT_FALSE(health.pulse_overall.Withheld());
    EXPECT_EQ(health.pulse_overall.count, 10);
    EXPECT_DOUBLE_EQ(*health.pulse_overall.value, 39.0 / 10);
}

TEST_P(HealthServiceTest, ASideFilterNeverNarrowsAPulseBelowK) {
    const auto mentees = health_.Health(admin_, programme_, {"mentee", ""});
    // Week 0: three mentees and three mentors: both halves are at least k.
    ASSERT_FALSE(PulseOf(mentees, "2025-05-05").mean.Withheld());
    EXPECT_DOUBLE_EQ(*PulseOf(mentees, "2025-05-05").mean.value, 4.0);
    // Week 2: three mentees, but the one mentor left out would be the difference from the unfiltered figure.
    const auto& narrowed = PulseOf(mentees, "2025-05-19").mean;
    EXPECT_TRUE(narrowed.Withheld());
    EXPECT_EQ(narrowed.count, 3);
    EXPECT_NE(narrowed.withheld_reason.find("leaves out"), std::string::npos) << narrowed.withheld_reason;
    const auto mentors = health_.Health(admin_, programme_, {"mentor", ""});
    ASSERT_FALSE(PulseOf(mentors, "2025-05-05").mean.Withheld());
    EXPECT_DOUBLE_EQ(*PulseOf(mentors, "2025-05-05").mean.value, 11.0 / 3);
    EXPECT_TRUE(PulseOf(mentors, "2025-05-19").mean.Withheld()) << "one mentor's pulse";
    EXPECT_THROW(health_.Health(admin_, programme_, {"sponsor", ""}), InvalidInput);
    EXPECT_THROW(health_.Health(admin_, programme_, {"", "final"}), InvalidInput);
}

TEST_P(HealthServiceTest, GoalProgressIsTheMeanOfEachPairsLatestPercentGuardedByK) {
    const auto health = health_.Health(admin_, programme_);
    ASSERT_FALSE(GoalOf(health, "mentee").mean_percent.Withheld());
    EXPECT_DOUBLE_EQ(*GoalOf(health, "mentee").mean_percent.value, 60.0) << "pair 1's latest is 60, not 30";
    EXPECT_EQ(GoalOf(health, "mentee").mean_percent.count, 3);
    EXPECT_TRUE(GoalOf(health, "mentor").mean_percent.Withheld()) << "two mentors' goals";
    // The total leaves the withheld side out, or it would reveal it.
    ASSERT_FALSE(GoalOf(health, "all").mean_percent.Withheld());
    EXPECT_DOUBLE_EQ(*GoalOf(health, "all").mean_percent.value, 60.0);
    EXPECT_EQ(GoalOf(health, "all").mean_percent.count, 3);
}

TEST_P(HealthServiceTest, QualitiesAgainstTheProgrammeMeanWithSurveyFiltersGuarded) {
    const auto health = health_.Health(admin_, programme_);
    const auto& listen = QualityOf(health, "listen_and_understand");
    EXPECT_EQ(listen.rated_side, "mentor") << "mentees rate their mentors' listening";
    ASSERT_FALSE(listen.mean.Withheld());
    EXPECT_DOUBLE_EQ(*listen.mean.value, 23.0 / 5);
    const auto& patient = QualityOf(health, "patient");
    ASSERT_FALSE(patient.mean.Withheld());
    EXPECT_DOUBLE_EQ(*patient.mean.value, 3.0);
    const auto& act = QualityOf(health, "act_on_advice");
    EXPECT_EQ(act.rated_side, "mentee");
    EXPECT_TRUE(act.mean.Withheld()) << "two mentors' ratings of their executives";
    EXPECT_FALSE(act.difference.has_value());
    // The programme mean counts the shown qualities only: (23 + 9) / 8.
    ASSERT_FALSE(health.quality_programme_mean.Withheld());
    EXPECT_DOUBLE_EQ(*health.quality_programme_mean.value, 4.0);
    EXPECT_EQ(health.quality_programme_mean.count, 8);
    ASSERT_TRUE(listen.difference && patient.difference);
    EXPECT_NEAR(*listen.difference, 0.6, 1e-9) << "a strength";
    EXPECT_NEAR(*patient.difference, -1.0, 1e-9) << "a weakness";
    ASSERT_EQ(health.surveys.size(), 2u);
    // Listening's mid-point cell (four answers) would reveal its single closing answer: the mid-point mean counts
    // patience alone.
    ASSERT_FALSE(health.surveys[0].mean.Withheld());
    EXPECT_DOUBLE_EQ(*health.surveys[0].mean.value, 3.0);
    EXPECT_EQ(health.surveys[0].mean.count, 3);
    EXPECT_TRUE(health.surveys[1].mean.Withheld()) << "one closing answer";

    // Filtering to the mid-point survey would leave out the single closing answer: withheld.
    const auto midpoint = health_.Health(admin_, programme_, {"", "midpoint"});
    EXPECT_TRUE(QualityOf(midpoint, "listen_and_understand").mean.Withheld());
    EXPECT_FALSE(QualityOf(midpoint, "patient").mean.Withheld()) << "all three patience answers are mid-point";
    const auto closing = health_.Health(admin_, programme_, {"", "closing"});
    EXPECT_TRUE(QualityOf(closing, "listen_and_understand").mean.Withheld());
    // By side: the mentees' ratings are everything about mentors, and nothing of the mentors' own.
    const auto by_mentees = health_.Health(admin_, programme_, {"mentee", ""});
    ASSERT_FALSE(QualityOf(by_mentees, "listen_and_understand").mean.Withheld());
    EXPECT_DOUBLE_EQ(*QualityOf(by_mentees, "listen_and_understand").mean.value, 23.0 / 5);
    EXPECT_TRUE(QualityOf(by_mentees, "act_on_advice").mean.Withheld());
    const auto by_mentors = health_.Health(admin_, programme_, {"mentor", ""});
    EXPECT_TRUE(QualityOf(by_mentors, "act_on_advice").mean.Withheld());
    EXPECT_TRUE(by_mentors.quality_programme_mean.Withheld());
}

TEST_P(HealthServiceTest, WhoMayReadIt) {
    const auto admin = health_.Health(admin_, programme_);
    EXPECT_TRUE(admin.people_included);
    EXPECT_TRUE(admin.at_risk.named);
    const auto at_risk = FindPairsAtRisk(*session_, programme_, kNow);
    EXPECT_EQ(admin.at_risk.count, static_cast<long long>(at_risk.size()));
    EXPECT_EQ(admin.at_risk.pairs.size(), at_risk.size());

    for (const auto* sponsor : {&sponsor_, &company_sponsor_}) {
        const auto health = health_.Health(*sponsor, programme_);
        EXPECT_FALSE(health.people_included);
        EXPECT_FALSE(health.at_risk.named);
        EXPECT_TRUE(health.at_risk.pairs.empty()) << "sponsors get the count only";
        EXPECT_EQ(health.at_risk.count, admin.at_risk.count);
        // The same guarded figures as the admin's: sponsors see aggregates, and the same ones withheld.
        ASSERT_EQ(health.pulses.size(), admin.pulses.size());
        for (std::size_t i = 0; i < health.pulses.size(); ++i) {
            EXPECT_EQ(health.pulses[i].mean.value, admin.pulses[i].mean.value);
        }
        EXPECT_EQ(http::ToJson(health)["qualities"], http::ToJson(admin)["qualities"]);
    }
    EXPECT_THROW(health_.Health(other_sponsor_, programme_), Forbidden) << "sponsors another programme";
    EXPECT_NO_THROW(health_.Health(other_sponsor_, other_programme_));
    EXPECT_THROW(health_.Health(participant_, programme_), Forbidden) << "a participant of the programme";
    EXPECT_THROW(health_.Health(outsider_, programme_), Forbidden);
    EXPECT_THROW(health_.Health(admin_, 999999), NotFound);
    EXPECT_THROW(health_.Corrections(other_sponsor_, programme_), Forbidden);
    EXPECT_THROW(health_.Corrections(participant_, programme_), Forbidden);
}

TEST_P(HealthServiceTest, CorrectionsShowTheWeeksBeforeAndAfter) {
    const auto recorded = health_.RecordCorrection(
        admin_, programme_, {"2025-05-21", "Cadence from monthly to fortnightly", "Too many cancellations"});
    EXPECT_GT(recorded.id, 0);
    EXPECT_EQ(recorded.recorded_by, "admin");
    EXPECT_EQ(recorded.weeks, 4);
    // Whole weeks: the effective date falls in the week of 2025-05-19, where "after" begins.
    EXPECT_EQ(recorded.before.from, "2025-04-21");
    EXPECT_EQ(recorded.before.to, "2025-05-19");
    EXPECT_EQ(recorded.after.from, "2025-05-19");
    EXPECT_EQ(recorded.before.planned, 8);
    EXPECT_EQ(recorded.before.held, 6);
    EXPECT_DOUBLE_EQ(*recorded.before.held_rate, 0.75);
    EXPECT_EQ(recorded.before.cancellations, 1);
    // Week 1's two pulses are withheld on the dashboard, so the "before" mean counts week 0's six only.
    ASSERT_FALSE(recorded.before.pulse_mean.Withheld());
    EXPECT_EQ(recorded.before.pulse_mean.count, 6);
    EXPECT_DOUBLE_EQ(*recorded.before.pulse_mean.value, 23.0 / 6);
    EXPECT_EQ(recorded.after.planned, 6) << "sessions still to come are not counted";
    EXPECT_EQ(recorded.after.held, 4);
    EXPECT_EQ(recorded.after.cancellations, 1);
    ASSERT_FALSE(recorded.after.pulse_mean.Withheld());
    EXPECT_DOUBLE_EQ(*recorded.after.pulse_mean.value, 4.0);

    const auto two_weeks = health_.Corrections(sponsor_, programme_, 2);
    ASSERT_EQ(two_weeks.size(), 1u);
    EXPECT_EQ(two_weeks[0].before.from, "2025-05-05");
    EXPECT_EQ(two_weeks[0].after.to, "2025-06-02");
    EXPECT_EQ(health_.Health(sponsor_, programme_).corrections.size(), 1u);

    EXPECT_THROW(health_.RecordCorrection(sponsor_, programme_, {"2025-05-21", "x", "y"}), Forbidden);
    try {
        health_.RecordCorrection(admin_, programme_, {"2025-02-30", "Cadence", "Why"});
        ADD_FAILURE() << "an impossible date was taken";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "effective_on");
    }
    try {
        health_.RecordCorrection(admin_, programme_, {"2025-05-21", "Cadence", "   "});
        ADD_FAILURE() << "a blank reason was taken";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "reason");
    }
    EXPECT_THROW(health_.RecordCorrection(admin_, 999999, {"2025-05-21", "Cadence", "Why"}), NotFound);
    EXPECT_THROW(health_.Corrections(admin_, programme_, 0), InvalidInput);
    EXPECT_THROW(health_.DeleteCorrection(admin_, other_programme_, recorded.id), NotFound) << "not that programme's";
    EXPECT_THROW(health_.DeleteCorrection(sponsor_, programme_, recorded.id), Forbidden);
    health_.DeleteCorrection(admin_, programme_, recorded.id);
    EXPECT_TRUE(health_.Corrections(admin_, programme_).empty());
}

TEST_P(HealthServiceTest, TheReportRendersEveryElementWithTheSameRules) {
    const auto json =
        nlohmann::json::parse(http::RenderHealthReport(database_.Get(), clock_, sponsor_, programme_, "json"));
    EXPECT_EQ(json["programme_id"], programme_);
    EXPECT_EQ(json["pulses"]["weeks"][1]["mean"]["value"], nullptr);
    EXPECT_EQ(json["pulses"]["weeks"][1]["mean"]["withheld"], true);
    EXPECT_FALSE(json["at_risk"].contains("pairs"));
    const auto csv = http::RenderHealthReport(database_.Get(), clock_, sponsor_, programme_, "csv");
    for (const auto& element : HealthCsvElements()) {
        EXPECT_NE(csv.find("# " + element + "\r\n"), std::string::npos) << element;
    }
    EXPECT_NE(csv.find("2025-05-12,,2,fewer than 3"), std::string::npos) << "withheld: an empty cell and the reason";
    EXPECT_NE(csv.find("completed,1,1,2"), std::string::npos);
    EXPECT_THROW(http::RenderHealthReport(database_.Get(), clock_, sponsor_, programme_, "xml"), InvalidInput);
    EXPECT_THROW(http::RenderHealthReport(database_.Get(), clock_, outsider_, programme_, "json"), Forbidden);
    EXPECT_THROW(HealthCsv(health_.Health(admin_, programme_), "everything"), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Backends, HealthServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
