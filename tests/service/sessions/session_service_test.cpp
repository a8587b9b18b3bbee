// Blocked time: the series proposed when a pair becomes active, moving and cancelling with attribution and
// SEQUENCE, attendance, escalation to the sponsors and the session policy. On SQLite and PostgreSQL.
#include "service/sessions/session_service.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "domain/session_series.hpp"
#include "programme_fields.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/directory/people_import.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/sessions/session_proposal.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/sessions/session_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::Side;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1769947200;  // 2026-02-01 12:00 UTC, a Sunday
constexpr long long kDay = 24 * 3600;

const std::string kOrganisation =
    "Employee ID,Name,Email,Grade,Department,Time Zone,Manager ID\n"
    "CEO,Cleo Chief,cleo@example.com,10,Executive,Europe/London,\n"
    "D1,Dana Sales,dana@example.com,8,Sales,Europe/London,CEO\n"
    "D2,Dev Engineering,dev@example.com,8,Engineering,Europe/London,CEO\n"
    "E1,Eli Engineer,eli@example.com,2,Engineering,Asia/Kolkata,CEO\n"
    "E2,Eva Engineer,eva@example.com,2,Engineering,Europe/London,CEO\n";

class SessionServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    SessionServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          matching_(database_.Get(), clock_),
          sessions_(database_.Get(), clock_) {}

    void SetUp() override {
        ImportPeople(database_.Get(), kOrganisation, {}, clock_);
        admin_ = Account("admin@example.com", domain::Role::kAdmin, "");
        sponsor_ = Account("sponsor@example.com", domain::Role::kSponsor, "");
        outsider_ = Account("outsider@example.com", domain::Role::kParticipant, "D2");
        mentee_ = Account("dana@example.com", domain::Role::kParticipant, "D1");
        mentor_ = Account("eli@example.com", domain::Role::kParticipant, "E1");
        programme_ =
            programmes_
                .Create(admin_, ProgrammeFields({{"name", "Digital Fluency"},
                                                 {"topics", {"AI tools"}},
                                                 {"cadence_days", 14},
                                                 {"session_minutes", 45},
                                                 {"starts_on", "2026-01-05"},
                                                 {"ends_on", "2026-05-31"},
                                                 {"confidentiality_policy", "Nothing said in a session leaves it."}}))
                .id;
        // London Monday 09:00-12:00; Kolkata Monday 14:00-18:00 (08:30-12:30 UTC in winter): the earliest
        // common start on the 15-minute grid is Monday 09:00 London, 14:30 Kolkata.
        matching_.SaveProfiles(admin_, programme_,
                               {Profile("D1", Side::kMentee, {{0, 9 * 60, 12 * 60}}),
                                Profile("E1", Side::kMentor, {{0, 14 * 60, 18 * 60}})});
        auto session = database_.Get().Acquire();
        *session
            << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, 'sponsor', :t)",
            soci::use(programme_), soci::use(sponsor_.user_id), soci::use(kNow);
        sponsor_.sponsored_programmes = {programme_};  // as sign-in resolves it
    }

    domain::Caller Account(const std::string& email, domain::Role role, const std::string& person) {
        domain::UserRecord user;
        user.email = email;
        user.display_name = email.substr(0, email.find('@'));
        user.role = role;
        user.person_id = person;
        user.created_at = kNow;
        auto session = database_.Get().Acquire();
        domain::Caller caller;
        caller.user_id = storage::InsertUser(*session, user);
        caller.email = email;
        caller.display_name = user.display_name;
        caller.person_id = person;
        caller.role = role;
        return caller;
    }

    static domain::MatchProfile Profile(const std::string& id, Side side, std::vector<domain::AvailabilitySlot> slots) {
        domain::MatchProfile profile;
        profile.employee_id = id;
        profile.side = side;
        profile.languages = {"en"};
        profile.topics = {{"AI tools", side == Side::kMentor ? 4 : 3}};
        profile.availability = std::move(slots);
        return profile;
    }

    // An active pair of D1 and E1 with its proposed series.
    long long ActivePair(domain::PairStatus status = domain::PairStatus::kActive) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = "D1";
        pair.mentor = "E1";
        pair.created_at = pair.updated_at = kNow;
        auto session = database_.Get().Acquire();
        const auto id = storage::InsertPair(*session, pair);
        storage::SetPairStatus(*session, id, domain::PairStatus::kActive, kNow);
        ProposeSeries(*session, id, kNow);
        if (status != domain::PairStatus::kActive) storage::SetPairStatus(*session, id, status, kNow);
        return id;
    }

    struct Mail {
        std::string key, recipient, subject, text;
    };
    std::vector<Mail> Outbox(const std::string& key_prefix) {
        auto session = database_.Get().Acquire();
        const std::string pattern = key_prefix + "%";
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT dedupe_key, recipient, subject, text_body FROM mail_outbox "
                                 "WHERE dedupe_key LIKE :k ORDER BY id",
             soci::use(pattern));
        std::vector<Mail> mails;
        for (const auto& row : rows) {
            mails.push_back(
                {row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2), row.get<std::string>(3)});
        }
        return mails;
    }

    static void ExpectField(const std::function<void()>& action, const std::string& field) {
        try {
            action();
            ADD_FAILURE() << "expected InvalidInput naming " << field;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), field) << error.what();
        }
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    MatchingService matching_;
    SessionService sessions_;
    domain::Caller admin_, sponsor_, outsider_, mentee_, mentor_;
    long long programme_ = 0;
};

TEST_P(SessionServiceTest, SigningTheAgreementProposesTheSeries) {
    domain::Pair pair;
    pair.programme_id = programme_;
    pair.mentee = "D1";
    pair.mentor = "E1";
    pair.created_at = pair.updated_at = kNow;
    long long pair_id = 0;
    {
        auto session = database_.Get().Acquire();
        pair_id = storage::InsertPair(*session, pair);
    }
    auto member = [this](domain::Caller caller, domain::ProgrammeRole role) {
        caller.memberships = {{programme_, role}};
        return caller;
    };
    const auto mentee = member(mentee_, domain::ProgrammeRole::kMentee);
    const auto mentor = member(mentor_, domain::ProgrammeRole::kMentor);
    matching_.Accept(mentee, pair_id);
    matching_.Accept(mentor, pair_id);
    AgreementService agreements(database_.Get(), clock_, "https://mentoring.example.com");
    domain::AgreementTerms terms;
    terms.mentee_goals = "Use AI tools";
    terms.mentor_goals = "Present to a board";
    terms.topics = {"AI tools"};
    terms.cadence_days = 21;  // the agreement's cadence wins over the programme's 14
    terms.confidentiality_statement = "Between us.";
    agreements.Save(mentee, pair_id, terms, std::nullopt);
    agreements.Sign(mentee, pair_id, 1);
    EXPECT_THROW(sessions_.Get(mentee_, pair_id).series.value(), std::bad_optional_access) << "not active yet";
    agreements.Sign(mentor, pair_id, 1);

    const auto view = sessions_.Get(mentee_, pair_id);
    ASSERT_TRUE(view.series.has_value());
    EXPECT_EQ(view.series->sequence, 0);
    EXPECT_TRUE(view.series->uid.ends_with("@upward")) << view.series->uid;
    EXPECT_GT(view.series->uid.size(), 20u);
    EXPECT_EQ(view.series->time_zone, "Europe/London");
    EXPECT_EQ(view.series->interval_days, 21);
    EXPECT_EQ(view.series->minutes, 45);
    EXPECT_EQ(view.series->until_date, "2026-05-31");
    EXPECT_EQ(view.series->first_local_start, "2026-02-02T09:00") << "Monday 09:00 London, 14:30 in Kolkata";
    // 2 Feb to 31 May every 21 days: 2 Feb, 23 Feb, 16 Mar, 6 Apr, 27 Apr, 18 May.
    ASSERT_EQ(view.upcoming.size(), 6u);
    EXPECT_EQ(view.upcoming[0].starts_at, domain::LocalToUtc("Europe/London", "2026-02-02T09:00"));
    EXPECT_EQ(view.upcoming[0].ends_at - view.upcoming[0].starts_at, 45 * 60);
    // After the clocks go forward in London (29 March) the meeting stays at 09:00 local: 08:00 UTC.
    EXPECT_EQ(domain::UtcToLocal("Europe/London", view.upcoming[3].starts_at), "2026-04-06T09:00");
    EXPECT_EQ(view.upcoming[3].starts_at % kDay, 8 * 3600);
    ASSERT_EQ(view.changes.size(), 1u);
    EXPECT_EQ(view.changes[0].kind, "series_proposed");
    EXPECT_EQ(view.changes[0].actor_side, "system");
    EXPECT_FALSE(view.changes[0].actor_user_id.has_value());

    // Signing again changes nothing, and proposing again is idempotent.
    agreements.Sign(mentor, pair_id, 1);
    auto session = database_.Get().Acquire();
    EXPECT_FALSE(ProposeSeries(*session, pair_id, kNow).created);
    long long series_count = 0;
    *session << "SELECT COUNT(*) FROM session_series WHERE pair_id = :p", soci::use(pair_id), soci::into(series_count);
    EXPECT_EQ(series_count, 1);
}

TEST_P(SessionServiceTest, NoCommonTimeFallsBackToTheMenteesWorkingHours) {
    matching_.SaveProfiles(
        admin_, programme_,
        {Profile("D1", Side::kMentee, {{2, 15 * 60, 17 * 60}}), Profile("E1", Side::kMentor, {{4, 9 * 60, 10 * 60}})});
    const auto pair_id = ActivePair();
    const auto view = sessions_.Get(mentee_, pair_id);
    ASSERT_TRUE(view.series.has_value());
    EXPECT_EQ(view.series->first_local_start, "2026-02-04T15:00") << "the mentee's own Wednesday slot";
    EXPECT_NE(view.changes[0].reason.find("share no time"), std::string::npos) << view.changes[0].reason;
}

TEST_P(SessionServiceTest, ReadAccessByRole) {
    const auto pair_id = ActivePair();
    EXPECT_EQ(sessions_.Get(mentee_, pair_id).viewer_side, "mentee");
    EXPECT_EQ(sessions_.Get(mentor_, pair_id).viewer_side, "mentor");
    EXPECT_EQ(sessions_.Get(admin_, pair_id).viewer_side, "admin");
    EXPECT_THROW(sessions_.Get(sponsor_, pair_id), Forbidden);
    EXPECT_THROW(sessions_.Get(outsider_, pair_id), NotFound);
    EXPECT_THROW(sessions_.Get(mentee_, pair_id + 100), NotFound);
    const auto first = sessions_.Get(mentee_, pair_id).upcoming[0].id;
    EXPECT_THROW(sessions_.Cancel(admin_, pair_id, first, "Admin says no"), Forbidden);
    EXPECT_THROW(sessions_.Cancel(sponsor_, pair_id, first, "No"), Forbidden);
    EXPECT_THROW(sessions_.Cancel(outsider_, pair_id, first, "No"), NotFound);
}

TEST_P(SessionServiceTest, MovingOneSessionRaisesItsSequenceAndNamesWhoAndWhy) {
    const auto pair_id = ActivePair();
    const auto before = sessions_.Get(mentee_, pair_id);
    const auto target = before.upcoming[1];
    const auto new_start = target.starts_at + 2 * kDay + 3600;  // Wednesday, an hour later
    clock_.Advance(60);
    const auto after = sessions_.MoveOccurrence(mentor_, pair_id, target.id, new_start, "  Client visit on Monday ");
    const auto moved =
        *std::find_if(after.upcoming.begin(), after.upcoming.end(), [&](const auto& o) { return o.id == target.id; });
    EXPECT_EQ(moved.starts_at, new_start);
    EXPECT_EQ(moved.ends_at, new_start + 45 * 60);
    EXPECT_EQ(moved.recurrence_start, target.recurrence_start) << "the RECURRENCE-ID never changes";
    EXPECT_EQ(moved.sequence, 1);
    ASSERT_EQ(after.changes.size(), 2u);
    const auto& change = after.changes[0];
    EXPECT_EQ(change.kind, "occurrence_moved");
    EXPECT_EQ(change.actor_user_id, mentor_.user_id);
    EXPECT_EQ(change.actor_name, "eli");
    EXPECT_EQ(change.actor_side, "mentor");
    EXPECT_EQ(change.reason, "Client visit on Monday");
    EXPECT_EQ(change.old_starts_at, target.starts_at);
    EXPECT_EQ(change.new_starts_at, new_start);
    EXPECT_EQ(change.occurrence_id, target.id);

    const auto again = sessions_.MoveOccurrence(mentee_, pair_id, target.id, new_start + 3600, "Later suits me");
    const auto twice =
        *std::find_if(again.upcoming.begin(), again.upcoming.end(), [&](const auto& o) { return o.id == target.id; });
    EXPECT_EQ(twice.sequence, 2);
    EXPECT_EQ(again.changes[0].actor_side, "mentee");
}

TEST_P(SessionServiceTest, MovesThatBreakARuleNameTheField) {
    const auto pair_id = ActivePair();
    const auto view = sessions_.Get(mentee_, pair_id);
    const auto first = view.upcoming[0];
    const auto second = view.upcoming[1];
    ExpectField([&] { sessions_.MoveOccurrence(mentee_, pair_id, first.id, first.starts_at + 3600, "  "); }, "reason");
    ExpectField([&] { sessions_.MoveOccurrence(mentee_, pair_id, first.id, kNow - 3600, "Earlier"); }, "starts_at");
    ExpectField(
        [&] {
            sessions_.MoveOccurrence(mentee_, pair_id, first.id, domain::ParseInstant("2026-06-02T09:00:00Z", "x"),
                                     "Later");
        },
        "starts_at");
    // Onto the other session of the same people, half an hour into it.
    ExpectField([&] { sessions_.MoveOccurrence(mentee_, pair_id, first.id, second.starts_at + 1800, "Clash"); },
                "starts_at");
    ExpectField([&] { sessions_.Cancel(mentee_, pair_id, first.id, ""); }, "reason");
    ExpectField([&] { sessions_.MoveSeries(mentee_, pair_id, {first.id, "someday", "10:00", "", "Why"}); }, "weekday");
    ExpectField([&] { sessions_.MoveSeries(mentee_, pair_id, {first.id, "tue", "25:00", "", "Why"}); }, "start_time");
    ExpectField(
        [&] {
            sessions_.MoveSeries(mentee_, pair_id, {first.id, "tue", "10:00", "Mars/Base", "Why"});
        },
        "time_zone");
    ExpectField(
        [&] {
            sessions_.MoveSeries(mentee_, pair_id, {first.id + 1000, "tue", "10:00", "", "Why"});
        },
        "from_occurrence_id");
    // A session that started cannot be moved or cancelled any more.
    clock_.Set(first.starts_at + 60);
    ExpectField([&] { sessions_.MoveOccurrence(mentee_, pair_id, first.id, second.starts_at + kDay, "Late"); },
                "occurrence_id");
    ExpectField([&] { sessions_.Cancel(mentee_, pair_id, first.id, "Late"); }, "occurrence_id");
    ExpectField(
        [&] {
            sessions_.MoveSeries(mentee_, pair_id, {first.id, "tue", "10:00", "", "Why"});
        },
        "from_occurrence_id");
    // An ended pair's sessions no longer change.
    auto session = database_.Get().Acquire();
    storage::SetPairStatus(*session, pair_id, domain::PairStatus::kEnded, kNow);
    ExpectField([&] { sessions_.Cancel(mentee_, pair_id, second.id, "Ended"); }, "pair_id");
}

TEST_P(SessionServiceTest, MovingTheSeriesFromOneSessionOnward) {
    const auto pair_id = ActivePair();
    const auto before = sessions_.Get(mentee_, pair_id);
    ASSERT_GE(before.upcoming.size(), 4u);
    const auto from = before.upcoming[2];
    // Thursday 16:00 in the mentor's zone (Kolkata) is 10:30 in London in winter.
    const auto after =
        sessions_.MoveSeries(mentor_, pair_id, {from.id, "thu", "16:00", "Asia/Kolkata", "Thursdays are quieter"});
    ASSERT_TRUE(after.series.has_value());
    EXPECT_EQ(after.series->sequence, 1);
    EXPECT_EQ(after.series->uid, before.series->uid) << "the UID is stable for the life of the series";
    EXPECT_EQ(after.series->time_zone, "Europe/London");
    EXPECT_EQ(after.series->first_local_start, "2026-03-05T10:30") << "Thursday of the moved session's week";
    EXPECT_EQ(after.upcoming[0].starts_at, before.upcoming[0].starts_at) << "earlier sessions stay where they were";
    EXPECT_EQ(after.upcoming[1].starts_at, before.upcoming[1].starts_at);
    for (std::size_t i = 2; i < after.upcoming.size(); ++i) {
        const auto& occurrence = after.upcoming[i];
        if (occurrence.status != "scheduled") continue;
        const auto london = domain::LocalSlotOf("Europe/London", occurrence.starts_at);
        EXPECT_EQ(london.weekday, 3) << "Thursday";
        EXPECT_EQ(occurrence.sequence, 1);
        EXPECT_EQ(occurrence.recurrence_start, occurrence.starts_at);
        // The London wall-clock time stays put across the clock change; Kolkata's follows it.
        EXPECT_EQ(london.start_minute, 10 * 60 + 30) << domain::UtcToLocal("Europe/London", occurrence.starts_at);
    }
    EXPECT_EQ(after.upcoming[2].id, from.id) << "rows keep their ids, so what hangs on them stays";
    EXPECT_EQ(after.changes[0].kind, "series_moved");
    EXPECT_EQ(after.changes[0].actor_side, "mentor");
    EXPECT_EQ(after.changes[0].reason, "Thursdays are quieter");
    EXPECT_EQ(after.changes[0].occurrence_id, from.id);
}

TEST_P(SessionServiceTest, AttendanceOncePerSideCorrectableUntilBothConfirmed) {
    const auto pair_id = ActivePair();
    const auto first = sessions_.Get(mentee_, pair_id).upcoming[0];
    EXPECT_THROW(sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {true, ""}), Conflict) << "not started yet";
    clock_.Set(first.starts_at + 10 * 60);
    ExpectField([&] { sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {std::nullopt, ""}); }, "took_place");
    ExpectField([&] { sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {false, "nobody"}); }, "absent_side");
    ExpectField([&] { sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {true, "mentor"}); }, "absent_side");
    EXPECT_THROW(sessions_.ConfirmAttendance(admin_, pair_id, first.id, {true, ""}), Forbidden);

    auto view = sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {false, "mentor"});
    EXPECT_EQ(view.past[0].outcome, "pending") << "one confirmation settles nothing";
    view = sessions_.ConfirmAttendance(mentee_, pair_id, first.id, {true, ""});
    ASSERT_EQ(view.past[0].attendance.size(), 1u) << "a second answer corrects the first";
    EXPECT_TRUE(view.past[0].attendance[0].took_place);
    view = sessions_.ConfirmAttendance(mentor_, pair_id, first.id, {true, ""});
    EXPECT_EQ(view.past[0].outcome, "held");
    EXPECT_EQ(view.counts.streak, 1);
    EXPECT_EQ(view.counts.held, 1);
    EXPECT_THROW(sessions_.ConfirmAttendance(mentor_, pair_id, first.id, {false, "mentee"}), Conflict)
        << "settled once both confirmed";

    // Disagreement is recorded as such.
    const auto second = sessions_.Get(mentee_, pair_id).upcoming[0];
    clock_.Set(second.starts_at + 60 * 60);
    sessions_.ConfirmAttendance(mentee_, pair_id, second.id, {true, ""});
    view = sessions_.ConfirmAttendance(mentor_, pair_id, second.id, {false, "mentee"});
    EXPECT_EQ(view.past[0].outcome, "disputed");
    EXPECT_EQ(view.counts.streak, 0);

    // Nothing to confirm on a cancelled session.
    const auto third = view.upcoming[0];
    sessions_.Cancel(mentor_, pair_id, third.id, "Sick");
    clock_.Set(third.starts_at + 60);
    EXPECT_THROW(sessions_.ConfirmAttendance(mentee_, pair_id, third.id, {true, ""}), Conflict);
}

TEST_P(SessionServiceTest, TheSeniorsMissesEscalateToTheSponsorAtTheThresholdOnly) {
    const auto pair_id = ActivePair();
    const auto upcoming = sessions_.Get(mentee_, pair_id).upcoming;
    ASSERT_GE(upcoming.size(), 5u);
    // A mentor's cancellation is not the senior's miss.
    sessions_.Cancel(mentor_, pair_id, upcoming[0].id, "Exams");
    // One below the threshold (2 in a row): nothing.
    auto view = sessions_.Cancel(mentee_, pair_id, upcoming[1].id, "Quarterly results, very confidential");
    EXPECT_EQ(view.counts.mentee_cancellations, 1);
    EXPECT_EQ(view.counts.mentor_cancellations, 1);
    auto session = database_.Get().Acquire();
    EXPECT_TRUE(storage::ListEscalations(*session, pair_id).empty());
    EXPECT_TRUE(Outbox("session-escalation:").empty());

    // At the threshold: a missed session (both say the mentee did not come) makes two in a row.
    clock_.Set(upcoming[2].starts_at + 3600);
    sessions_.ConfirmAttendance(mentee_, pair_id, upcoming[2].id, {false, "mentee"});
    EXPECT_TRUE(storage::ListEscalations(*session, pair_id).empty()) << "pending until both confirmed";
    view = sessions_.ConfirmAttendance(mentor_, pair_id, upcoming[2].id, {false, "mentee"});
    EXPECT_EQ(view.counts.mentee_no_shows, 1);
    auto escalations = storage::ListEscalations(*session, pair_id);
    ASSERT_EQ(escalations.size(), 1u);
    EXPECT_EQ(escalations[0].trigger_kind, "consecutive");
    EXPECT_EQ(escalations[0].consecutive_misses, 2);
    EXPECT_EQ(escalations[0].total_misses, 2);
    EXPECT_EQ(escalations[0].occurrence_id, upcoming[1].id) << "keyed by the run's first miss";
    auto mails = Outbox("session-escalation:");
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].recipient, "sponsor@example.com");
    EXPECT_NE(mails[0].text.find("in a row: 2"), std::string::npos) << mails[0].text;
    EXPECT_NE(mails[0].text.find("Dana Sales"), std::string::npos);
    EXPECT_EQ(mails[0].text.find("confidential"), std::string::npos) << "never a reason";
    EXPECT_EQ(mails[0].text.find("Quarterly"), std::string::npos);

    // After it: the same run continuing is not escalated again, but the third miss reaches the total (3).
    view = sessions_.Cancel(mentee_, pair_id, upcoming[3].id, "Board offsite");
    EXPECT_EQ(view.counts.consecutive_mentee_misses, 3);
    escalations = storage::ListEscalations(*session, pair_id);
    ASSERT_EQ(escalations.size(), 2u);
    EXPECT_EQ(escalations[1].trigger_kind, "total");
    EXPECT_EQ(escalations[1].total_misses, 3);
    EXPECT_EQ(escalations[1].occurrence_id, upcoming[3].id);
    mails = Outbox("session-escalation:");
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_NE(mails[1].text.find("in the programme: 3"), std::string::npos) << mails[1].text;
    EXPECT_EQ(mails[1].text.find("offsite"), std::string::npos);

    // A fourth miss escalates nothing more: the total was told once, the run once.
    sessions_.Cancel(mentee_, pair_id, upcoming[4].id, "Travel");
    EXPECT_EQ(storage::ListEscalations(*session, pair_id).size(), 2u);
    EXPECT_EQ(Outbox("session-escalation:").size(), 2u);
}

TEST_P(SessionServiceTest, ThePolicyThresholdsAreTheProgrammes) {
    domain::SessionPolicy policy;
    policy.max_consecutive_misses = 1;
    policy.max_total_misses = 5;
    sessions_.SavePolicy(admin_, programme_, policy);
    const auto pair_id = ActivePair();
    const auto upcoming = sessions_.Get(mentee_, pair_id).upcoming;
    sessions_.Cancel(mentee_, pair_id, upcoming[0].id, "Busy");
    auto session = database_.Get().Acquire();
    ASSERT_EQ(storage::ListEscalations(*session, pair_id).size(), 1u) << "one miss in a row is the limit here";
}

TEST_P(SessionServiceTest, SessionPolicyIsAdminBusinessAndValidated) {
    const auto defaults = sessions_.GetPolicy(admin_, programme_);
    EXPECT_EQ(defaults.reminder_minutes, (std::vector<int>{1440, 60}));
    EXPECT_EQ(defaults.max_consecutive_misses, 2);
    EXPECT_EQ(defaults.max_total_misses, 3);
    EXPECT_EQ(defaults.at_risk_weeks, 4);
    EXPECT_THROW(sessions_.GetPolicy(sponsor_, programme_), Forbidden);
    EXPECT_THROW(sessions_.GetPolicy(mentee_, programme_), Forbidden);
    EXPECT_THROW(sessions_.GetPolicy(admin_, programme_ + 100), NotFound);

    auto policy = defaults;
    policy.reminder_minutes = {};
    ExpectField([&] { sessions_.SavePolicy(admin_, programme_, policy); }, "reminder_minutes");
    policy.reminder_minutes = {60, 60};
    ExpectField([&] { sessions_.SavePolicy(admin_, programme_, policy); }, "reminder_minutes");
    policy.reminder_minutes = {60, 2880};
    policy.max_consecutive_misses = 0;
    ExpectField([&] { sessions_.SavePolicy(admin_, programme_, policy); }, "max_consecutive_misses");
    policy.max_consecutive_misses = 4;
    policy.max_total_misses = 3;
    ExpectField([&] { sessions_.SavePolicy(admin_, programme_, policy); }, "max_total_misses");
    policy.max_total_misses = 6;
    policy.at_risk_weeks = 60;
    ExpectField([&] { sessions_.SavePolicy(admin_, programme_, policy); }, "at_risk_weeks");
    policy.at_risk_weeks = 3;
    const auto saved = sessions_.SavePolicy(admin_, programme_, policy);
    EXPECT_EQ(saved.reminder_minutes, (std::vector<int>{2880, 60}));
    const auto read = sessions_.GetPolicy(admin_, programme_);
    EXPECT_EQ(read.reminder_minutes, (std::vector<int>{2880, 60}));
    EXPECT_EQ(read.max_consecutive_misses, 4);
    EXPECT_EQ(read.max_total_misses, 6);
    EXPECT_EQ(read.at_risk_weeks, 3);
    EXPECT_EQ(read.updated_by, admin_.user_id);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
