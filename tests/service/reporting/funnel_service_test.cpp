// The enrolment funnel over a programme seeded with people at every step, rows written straight into the
// tables other services own (invitations, applications, training, ground rules), on SQLite and PostgreSQL.
#include "service/reporting/funnel_service.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/agreements/agreement_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::PairStatus;
using domain::Side;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

class FunnelServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    FunnelServiceTest()
        : database_(GetParam()), clock_(kNow), programmes_(database_.Get(), clock_), funnel_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        admin_.user_id = 1;
        sponsor_.role = domain::Role::kSponsor;
        sponsor_.user_id = 2;
    }

    void SetUp() override {
        std::string csv = "Employee ID,Name,Grade\n";
        for (const auto* id : {"M_INV", "M_EXP", "M_REV", "M_ACC", "M_SUB", "M_WL", "M_APP", "M_HALF", "M_TRN", "M_OLD",
                               "M_ACK", "M_PROP", "M_DRAFT", "M_ACT", "M_NS"}) {
            csv += std::string(id) + ",Mentor " + id + ",2\n";
        }
        for (const auto* id : {"T_INV", "T_SUB", "T_DECL", "T_PROP", "T_DRAFT", "T_ACT", "T_NS"}) {
            csv += std::string(id) + ",Mentee " + id + ",8\n";
        }
        ImportPeople(database_.Get(), csv, {}, clock_);
        programme_ =
            programmes_
                .Create(admin_,
                        ProgrammeFields({{"name", "Funnel"}, {"ground_rules", {"Turn up", "Keep confidences"}}}))
                .id;
        session_ = database_.Get().Acquire();
        // Two current mentor modules and one mentee module (whatever defaults the programme came with are archived),
        // plus an archived mentor module nobody passed, which must not count.
        *session_ << "UPDATE training_modules SET archived_at = :now WHERE programme_id = :p", soci::use(kNow),
            soci::use(programme_);
        mentor_modules_ = {Module("mentor"), Module("mentor")};
        mentee_modules_ = {Module("mentee")};
        const auto archived = Module("mentor");
        *session_ << "UPDATE training_modules SET archived_at = :now WHERE id = :id", soci::use(kNow),
            soci::use(archived);
        digest_ = GroundRulesDigest(*storage::FindProgramme(*session_, programme_));
        ASSERT_FALSE(digest_.empty());
        Seed();
    }

    long long Module(const std::string& role) {
        long long id = 0;
        *session_
            << "INSERT INTO training_modules (programme_id, role, position, title, body_markdown, quiz, pass_mark, "
               "created_at, updated_at) VALUES (:p, :role, 1, 'Module', 'Text', '[]', 75, :c, :u) RETURNING id",
            soci::use(programme_), soci::use(role), soci::use(kNow), soci::use(kNow), soci::into(id);
        return id;
    }

    long long User(const std::string& person) {
        domain::UserRecord user;
        user.email = person + "@example.com";
        user.display_name = person;
        user.person_id = person;
        user.created_at = kNow;
        return users_[person] = storage::InsertUser(*session_, user);
    }

    void Invite(const std::string& person, const std::string& side, const std::string& status, long long expires_at) {
        const std::string hash = "hash-" + person + "-" + status;
        const std::string email = person + "@example.com";
        *session_ << "INSERT INTO invitations (programme_id, employee_id, email, side, token_hash, status, created_at, "
                     "expires_at) VALUES (:p, :e, :email, :side, :hash, :status, :c, :x)",
            soci::use(programme_), soci::use(person), soci::use(email), soci::use(side), soci::use(hash),
            soci::use(status), soci::use(kNow - 86400), soci::use(expires_at);
    }

    void Join(const std::string& person, domain::ProgrammeRole role) {
        storage::AddMembership(*session_, programme_, users_.count(person) ? users_[person] : User(person), role, kNow);
    }

    void Apply(const std::string& person, const std::string& side, const std::string& status) {
        const auto user = users_.count(person) ? users_[person] : User(person);
        *session_
            << "INSERT INTO applications (programme_id, employee_id, user_id, side, status, topics, languages, "
               "availability, motivation, goals, screening_answers, submitted_at, updated_at) VALUES (:p, :e, :u, "
               ":side, :status, '[]', 'en', '', 'Keen', 'Grow', '[]', :s, :t)",
            soci::use(programme_), soci::use(person), soci::use(user), soci::use(side), soci::use(status),
            soci::use(kNow), soci::use(kNow);
    }

    void Pass(const std::string& person, const std::vector<long long>& modules) {
        for (const auto module : modules) {
            *session_ << "INSERT INTO training_attempts (module_id, user_id, answers, score, passed, attempted_at) "
                         "VALUES (:m, :u, '[]', 100, 1, :t)",
                soci::use(module), soci::use(users_.at(person)), soci::use(kNow);
        }
    }

    void Fail(const std::string& person, long long module) {
        *session_ << "INSERT INTO training_attempts (module_id, user_id, answers, score, passed, attempted_at) "
                     "VALUES (:m, :u, '[]', 25, 0, :t)",
            soci::use(module), soci::use(users_.at(person)), soci::use(kNow);
    }

    void Acknowledge(const std::string& person, const std::string& digest) {
        *session_ << "INSERT INTO ground_rule_acknowledgements (programme_id, user_id, rules_digest, acknowledged_at) "
                     "VALUES (:p, :u, :d, :t)",
            soci::use(programme_), soci::use(users_.at(person)), soci::use(digest), soci::use(kNow);
    }

    long long Pair(const std::string& mentee, const std::string& mentor, PairStatus status) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = status;
        pair.created_at = pair.updated_at = kNow;
        return storage::InsertPair(*session_, pair);
    }

    // A mentor who went through every step up to the ground rules.
    void ReadyMentor(const std::string& person) {
        Invite(person, "mentor", "accepted", kNow + 86400);
        Join(person, domain::ProgrammeRole::kMentor);
        Apply(person, "mentor", "approved");
        Pass(person, mentor_modules_);
        Acknowledge(person, digest_);
    }
    void ReadyMentee(const std::string& person) {
        Apply(person, "mentee", "submitted");  // mentees are approved on submit
        Pass(person, mentee_modules_);
        Acknowledge(person, digest_);
    }

    void Seed() {
        Invite("M_INV", "mentor", "pending", kNow + 86400);
        Invite("M_EXP", "mentor", "pending", kNow - 1);
        Invite("M_REV", "mentor", "revoked", kNow + 86400);
        Invite("M_ACC", "mentor", "accepted", kNow + 86400);
        Join("M_ACC", domain::ProgrammeRole::kMentor);
        Apply("M_SUB", "mentor", "submitted");
        Apply("M_WL", "mentor", "wait_listed");
        Apply("M_APP", "mentor", "approved");
        Apply("M_HALF", "mentor", "approved");
        Pass("M_HALF", {mentor_modules_[0]});
        Fail("M_HALF", mentor_modules_[1]);
        Apply("M_TRN", "mentor", "approved");
        Pass("M_TRN", mentor_modules_);
        Apply("M_OLD", "mentor", "approved");
        Pass("M_OLD", mentor_modules_);
        Acknowledge("M_OLD", "digest-of-the-rules-before-they-changed");
        ReadyMentor("M_ACK");
        ReadyMentor("M_PROP");
        ReadyMentor("M_DRAFT");
        ReadyMentor("M_ACT");

        Invite("T_INV", "mentee", "pending", kNow + 86400);
        Apply("T_SUB", "mentee", "submitted");
        for (const auto* person : {"T_DECL", "T_PROP", "T_DRAFT", "T_ACT"}) ReadyMentee(person);
        Pair("T_DECL", "M_ACK", PairStatus::kDeclined);
        Pair("T_PROP", "M_PROP", PairStatus::kProposed);
        const auto drafting = Pair("T_DRAFT", "M_DRAFT", PairStatus::kAccepted);
        domain::PairAgreement agreement;
        agreement.pair_id = drafting;
        agreement.terms.mentee_goals = "Learn";
        agreement.terms.mentor_goals = "Teach";
        agreement.terms.confidentiality_statement = "Ours";
        agreement.version = 1;
        agreement.updated_at = kNow;
        storage::SaveAgreement(*session_, agreement);
        Pair("T_ACT", "M_ACT", PairStatus::kActive);
        Pair("T_NS", "M_NS", PairStatus::kProposed);  // made by an admin for two people who never enrolled
    }

    static const domain::SideFunnel& SideOf(const ProgrammeFunnel& funnel, Side side) {
        for (const auto& entry : funnel.sides) {
            if (entry.side == side) return entry;
        }
        throw std::runtime_error("side missing");
    }

    static std::vector<long long> Counts(const domain::SideFunnel& side) {
        std::vector<long long> counts;
        for (const auto& step : side.steps) counts.push_back(step.count);
        return counts;
    }

    // Who stands at each step, "id:blocker", in step order.
    static std::map<std::string, std::string> Standing(const domain::SideFunnel& side) {
        std::map<std::string, std::string> where;
        for (const auto& step : side.steps) {
            for (const auto& person : step.people) {
                where[person.employee_id] = std::string(domain::ToString(step.step)) + ":" + person.blocked_on;
            }
        }
        return where;
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    FunnelService funnel_;
    domain::Caller admin_;
    domain::Caller sponsor_;
    long long programme_ = 0;
    storage::ConnectionLease session_;
    std::vector<long long> mentor_modules_;
    std::vector<long long> mentee_modules_;
    std::string digest_;
    std::map<std::string, long long> users_;
};

TEST_P(FunnelServiceTest, CountsEveryStepOfBothSides) {
    const auto funnel = funnel_.Funnel(admin_, programme_);
    ASSERT_EQ(funnel.sides.size(), 2u);
    EXPECT_EQ(funnel.sides[0].side, Side::kMentor) << "mentors first";
    const auto& mentors = SideOf(funnel, Side::kMentor);
    // invited, accepted invitation, applied, approved, trained, ground rules, matched, agreement signed: M_NS,
    // whom an admin paired without enrolment, counts as matched only.
    EXPECT_EQ(Counts(mentors), (std::vector<long long>{13, 11, 10, 8, 6, 4, 4, 1}));
    const std::map<std::string, std::string> mentors_expected = {
        {"M_INV", "invited:invitation_not_accepted"},
        {"M_EXP", "invited:invitation_expired"},
        {"M_ACC", "accepted_invitation:not_applied"},
        {"M_SUB", "applied:awaiting_screening"},
        {"M_WL", "applied:wait_listed"},
        {"M_APP", "approved:training_incomplete"},
        {"M_HALF", "approved:training_incomplete"},
        {"M_TRN", "trained:ground_rules_not_acknowledged"},
        {"M_OLD", "trained:ground_rules_not_acknowledged"},
        {"M_ACK", "ground_rules_acknowledged:not_matched"},
        {"M_PROP", "matched:pair_not_accepted"},
        {"M_DRAFT", "matched:agreement_not_signed"},
        {"M_ACT", "agreement_signed:"},
        {"M_NS", "matched:pair_not_accepted"},
    };
    EXPECT_EQ(Standing(mentors), mentors_expected) << "M_REV's revoked invitation counts nowhere";

    const auto& mentees = SideOf(funnel, Side::kMentee);
    EXPECT_EQ(Counts(mentees), (std::vector<long long>{6, 5, 5, 5, 4, 4, 4, 1}));
    const std::map<std::string, std::string> mentees_expected = {
        {"T_INV", "invited:invitation_not_accepted"},
        {"T_SUB", "approved:training_incomplete"},
        {"T_DECL", "ground_rules_acknowledged:not_matched"},
        {"T_PROP", "matched:pair_not_accepted"},
        {"T_DRAFT", "matched:agreement_not_signed"},
        {"T_ACT", "agreement_signed:"},
        {"T_NS", "matched:pair_not_accepted"},
    };
    EXPECT_EQ(Standing(mentees), mentees_expected);
    // Names come from the directory, people in name order.
    ASSERT_EQ(mentees.steps[6].people.size(), 3u);
    EXPECT_EQ(mentees.steps[6].people[0].name, "Mentee T_DRAFT");
    EXPECT_EQ(mentees.steps[6].people[1].name, "Mentee T_NS");
    EXPECT_EQ(mentees.steps[6].people[2].name, "Mentee T_PROP");
}

TEST_P(FunnelServiceTest, ChangedRulesAndExpiredInvitationsMoveTheCounts) {
    // Everybody acknowledged the old rules once the admin changes them.
    *session_ << "UPDATE programmes SET ground_rules = '[\"Turn up\",\"Be kind\"]' WHERE id = :p",
        soci::use(programme_);
    const auto funnel = funnel_.Funnel(admin_, programme_);
    EXPECT_EQ(Counts(SideOf(funnel, Side::kMentor)), (std::vector<long long>{13, 11, 10, 8, 6, 0, 4, 1}));
    EXPECT_EQ(Standing(SideOf(funnel, Side::kMentor)).at("M_ACK"), "trained:ground_rules_not_acknowledged");
    // A day later the live invitations have expired too.
    clock_.Advance(2 * 86400);
    const auto later = Standing(SideOf(funnel_.Funnel(admin_, programme_), Side::kMentor));
    EXPECT_EQ(later.at("M_INV"), "invited:invitation_expired");
}

TEST_P(FunnelServiceTest, SponsorsSeeCountsWithoutNamesOthersNothing) {
    const auto funnel = funnel_.Funnel(sponsor_, programme_);
    EXPECT_FALSE(funnel.named);
    const auto& mentors = SideOf(funnel, Side::kMentor);
    EXPECT_EQ(Counts(mentors), (std::vector<long long>{13, 11, 10, 8, 6, 4, 4, 1}));
    for (const auto& side : funnel.sides) {
        for (const auto& step : side.steps) EXPECT_TRUE(step.people.empty());
    }

    domain::Caller participant;
    participant.user_id = users_.at("M_ACT");
    participant.person_id = "M_ACT";
    participant.memberships = {{programme_, domain::ProgrammeRole::kMentor}};
    EXPECT_THROW(funnel_.Funnel(participant, programme_), Forbidden);
    EXPECT_THROW(funnel_.Funnel(admin_, programme_ + 1000), NotFound);

    long long audited = 0;
    *session_ << "SELECT COUNT(*) FROM audit_log WHERE action = 'programme.funnel.read'", soci::into(audited);
    EXPECT_EQ(audited, 0) << "counts name nobody: only an admin's read of names is audited";
    funnel_.Funnel(admin_, programme_);
    *session_ << "SELECT COUNT(*) FROM audit_log WHERE action = 'programme.funnel.read'", soci::into(audited);
    EXPECT_EQ(audited, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, FunnelServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
