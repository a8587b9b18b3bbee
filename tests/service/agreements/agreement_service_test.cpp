// A pair's life after matching: both accept (or one declines, privately), they draft and sign their agreement,
// and the second signature makes the pair active and tells both by email. On SQLite and PostgreSQL.
#include "service/agreements/agreement_service.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/matching/pair_repository.hpp"
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

const std::string kOrganisation =
    "Employee ID,Name,Email,Grade,Department,Time Zone,Manager ID\n"
    "CEO,Cleo Chief,cleo@example.com,10,Executive,Europe/London,\n"
    "D1,Dana Sales,dana@example.com,8,Sales,Europe/London,CEO\n"
    "D2,Dev Engineering,dev@example.com,8,Engineering,Europe/London,CEO\n"
    "E1,Eli Engineer,eli@example.com,2,Engineering,Europe/London,CEO\n"
    "E2,Eva Engineer,,2,Engineering,Europe/London,CEO\n";

class AgreementServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    AgreementServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          matching_(database_.Get(), clock_),
          agreements_(database_.Get(), clock_, "https://mentoring.example.com") {
        admin_.role = domain::Role::kAdmin;
        admin_.user_id = 1;
        sponsor_.role = domain::Role::kSponsor;
        sponsor_.user_id = 2;
    }

    void SetUp() override {
        ImportPeople(database_.Get(), kOrganisation, {}, clock_);
        programme_ =
            programmes_
                .Create(admin_, ProgrammeFields({{"name", "Digital Fluency"},
                                                 {"topics", {"AI tools", "Social media", "Data"}},
                                                 {"cadence_days", 21},
                                                 {"confidentiality_policy", "Nothing said in a session leaves it."}}))
                .id;
        matching_.SaveProfiles(
            admin_, programme_,
            {Profile("D1", Side::kMentee, {{"Data", 2}, {"AI tools", 3}}),
             Profile("E1", Side::kMentor, {{"AI tools", 4}, {"Data", 3}}),
             Profile("D2", Side::kMentee, {{"Social media", 3}}), Profile("E2", Side::kMentor, {{"Social media", 4}})});
        pair_ = NewPair("D1", "E1");
        mentee_ = Member("D1", domain::ProgrammeRole::kMentee, 11);
        mentor_ = Member("E1", domain::ProgrammeRole::kMentor, 12);
    }

    static domain::MatchProfile Profile(const std::string& id, Side side, std::vector<domain::TopicValue> topics) {
        domain::MatchProfile profile;
        profile.employee_id = id;
        profile.side = side;
        profile.topics = std::move(topics);
        profile.languages = {"en"};
        profile.availability = {{0, 9 * 60, 12 * 60}};
        return profile;
    }

    long long NewPair(const std::string& mentee, const std::string& mentor) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.created_at = pair.updated_at = kNow;
        auto session = database_.Get().Acquire();
        return storage::InsertPair(*session, pair);
    }

    domain::Caller Member(const std::string& person, domain::ProgrammeRole role, long long user_id) const {
        domain::Caller caller;
        caller.user_id = user_id;
        caller.person_id = person;
        caller.memberships = {{programme_, role}};
        return caller;
    }

    static domain::AgreementTerms Terms(const std::string& mentee_goals) {
        domain::AgreementTerms terms;
        terms.mentee_goals = mentee_goals;
        terms.mentor_goals = "Learn to present to a board";
        terms.topics = {"AI tools"};
        terms.cadence_days = 14;
        terms.confidentiality_statement = "We keep it between us.";
        return terms;
    }

    void BothAccept(long long pair_id) {
        matching_.Accept(mentee_, pair_id);
        ASSERT_EQ(matching_.Accept(mentor_, pair_id).status, PairStatus::kAccepted);
    }

    PairStatus StatusOf(long long pair_id) {
        auto session = database_.Get().Acquire();
        return storage::FindPair(*session, pair_id)->status;
    }

    struct Mail {
        std::string key, recipient, subject, text, html;
    };
    // The pair's own emails: activation also queues the series' calendar invitations (their own tests).
    std::vector<Mail> Outbox() {
        auto session = database_.Get().Acquire();
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT dedupe_key, recipient, subject, text_body, html_body "
                                 "FROM mail_outbox WHERE dedupe_key LIKE 'pair-active:%' ORDER BY dedupe_key");
        std::vector<Mail> mails;
        for (const auto& row : rows) {
            mails.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2),
                             row.get<std::string>(3), row.get<std::string>(4)});
        }
        return mails;
    }

    long long AuditCount(const std::string& action) {
        auto session = database_.Get().Acquire();
        long long count = 0;
        *session << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(action), soci::into(count);
        return count;
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    MatchingService matching_;
    AgreementService agreements_;
    domain::Caller admin_;
    domain::Caller sponsor_;
    domain::Caller mentee_;
    domain::Caller mentor_;
    long long programme_ = 0;
    long long pair_ = 0;
};

TEST_P(AgreementServiceTest, BothAcceptingMakesThePairAcceptedNotActive) {
    EXPECT_EQ(matching_.Accept(mentee_, pair_).status, PairStatus::kProposed);
    const auto both = matching_.Accept(mentor_, pair_);
    EXPECT_EQ(both.status, PairStatus::kAccepted);
    EXPECT_EQ(both.mentee_name, "Dana Sales");
    EXPECT_EQ(both.mentor_name, "Eli Engineer");
    EXPECT_EQ(StatusOf(pair_), PairStatus::kAccepted);
    EXPECT_TRUE(Outbox().empty()) << "nobody is told 'active' before the agreement is signed";
}

TEST_P(AgreementServiceTest, AnAcceptedPairStillHoldsItsPeople) {
    BothAccept(pair_);
    matching_.Run(admin_, programme_);
    const auto run = matching_.LatestRun(admin_, programme_);
    for (const auto& proposal : run.proposals) {
        EXPECT_NE(proposal.mentee, "D1") << "D1's accepted pair keeps them out of the run";
        EXPECT_NE(proposal.mentor, "E1") << "E1's one place is taken by the accepted pair";
    }
    EXPECT_EQ(run.summary.run.mentees, 1);
}

TEST_P(AgreementServiceTest, TheDeclineReasonReachesOnlyAdmins) {
    const auto declined = matching_.Decline(mentor_, pair_, "  I am moving teams this quarter \n");
    EXPECT_EQ(declined.status, PairStatus::kDeclined);
    EXPECT_EQ(declined.declined_by, "mentor");
    EXPECT_FALSE(declined.decline_reason.has_value()) << "not even the answer to the decliner carries it";

    const auto mine = matching_.Pairs(mentee_, programme_);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].status, PairStatus::kDeclined);
    EXPECT_FALSE(mine[0].decline_reason.has_value()) << "the other person never sees it";
    EXPECT_FALSE(matching_.Pairs(mentor_, programme_)[0].decline_reason.has_value());

    const auto all = matching_.Pairs(admin_, programme_);
    const auto it = std::find_if(all.begin(), all.end(), [this](const domain::Pair& p) { return p.id == pair_; });
    ASSERT_NE(it, all.end());
    EXPECT_EQ(it->declined_by, "mentor");
    EXPECT_EQ(it->decline_reason, "I am moving teams this quarter");
    EXPECT_THROW(agreements_.Save(mentee_, pair_, Terms("x"), std::nullopt), Conflict)
        << "a declined pair has no agreement";

    // The audit log records the decline, never its words.
    auto session = database_.Get().Acquire();
    long long leaks = 0;
    *session << "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%moving teams%'", soci::into(leaks);
    EXPECT_EQ(leaks, 0);
}

TEST_P(AgreementServiceTest, DeclineWithoutReasonAndWhileDrafting) {
    const auto other = NewPair("D2", "E2");
    const auto d2 = Member("D2", domain::ProgrammeRole::kMentee, 13);
    const auto e2 = Member("E2", domain::ProgrammeRole::kMentor, 14);
    EXPECT_THROW(matching_.Decline(d2, other, std::string(2001, 'x')), InvalidInput);
    const auto declined = matching_.Decline(d2, other, "   ");
    EXPECT_EQ(declined.declined_by, "mentee");
    const auto all = matching_.Pairs(admin_, programme_);
    EXPECT_FALSE(std::find_if(all.begin(), all.end(), [other](const auto& p) { return p.id == other; })
                     ->decline_reason.has_value())
        << "a blank reason is no reason";
    EXPECT_THROW(matching_.Accept(e2, other), Conflict);

    // An accepted pair may still be declined while the agreement is drafted; an active one may not.
    BothAccept(pair_);
    agreements_.Save(mentee_, pair_, Terms("Use AI"), std::nullopt);
    EXPECT_EQ(matching_.Decline(mentee_, pair_, "").status, PairStatus::kDeclined);
}

TEST_P(AgreementServiceTest, DefaultsBeforeAnyoneDrafts) {
    const auto view = agreements_.Get(mentee_, pair_);
    EXPECT_EQ(view.agreement.version, 0);
    EXPECT_FALSE(view.agreement.Drafted());
    EXPECT_EQ(view.agreement.terms.cadence_days, 21) << "the programme's cadence";
    EXPECT_EQ(view.agreement.terms.confidentiality_statement, "Nothing said in a session leaves it.");
    // What D1 wants (AI tools first: priority 3 matters most) that E1 teaches.
    EXPECT_EQ(view.agreement.terms.topics, (std::vector<std::string>{"AI tools", "Data"}));
    EXPECT_EQ(view.catalogue, (std::vector<std::string>{"AI tools", "Social media", "Data"}));
    EXPECT_THROW(agreements_.Save(mentee_, pair_, Terms("Learn"), std::nullopt), Conflict)
        << "not accepted by both yet";
    EXPECT_THROW(agreements_.Sign(mentee_, pair_, 1), Conflict);
}

TEST_P(AgreementServiceTest, EditsBumpTheVersionAndClearSignaturesStaleSignaturesConflict) {
    BothAccept(pair_);
    EXPECT_THROW(agreements_.Sign(mentee_, pair_, 1), Conflict) << "nothing drafted to sign";
    try {
        auto terms = Terms("Learn");
        terms.topics = {"AI tools", "Knitting"};
        agreements_.Save(mentee_, pair_, terms, std::nullopt);
        FAIL() << "a topic outside the catalogue was saved";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "topics[1]");
    }

    const auto first = agreements_.Save(mentee_, pair_, Terms("Use AI in planning"), std::nullopt);
    EXPECT_EQ(first.agreement.version, 1);
    EXPECT_EQ(first.agreement.updated_by, 11);
    const auto signed_once = agreements_.Sign(mentee_, pair_, 1);
    EXPECT_TRUE(signed_once.agreement.mentee_signed_at.has_value());
    EXPECT_FALSE(signed_once.agreement.mentor_signed_at.has_value());
    EXPECT_EQ(signed_once.pair.status, PairStatus::kAccepted);

    clock_.Advance(60);
    const auto edited = agreements_.Save(mentor_, pair_, Terms("Use AI in planning and hiring"), 1);
    EXPECT_EQ(edited.agreement.version, 2);
    EXPECT_FALSE(edited.agreement.mentee_signed_at.has_value()) << "an edit clears both signatures";
    EXPECT_EQ(edited.agreement.terms.mentee_goals, "Use AI in planning and hiring");
    EXPECT_THROW(agreements_.Save(mentee_, pair_, Terms("Mine"), 1), Conflict) << "based on a version that changed";
    EXPECT_THROW(agreements_.Sign(mentor_, pair_, 1), Conflict) << "signing what the other no longer reads";
    EXPECT_EQ(agreements_.Get(mentor_, pair_).agreement.version, 2);
    EXPECT_FALSE(agreements_.Get(mentor_, pair_).agreement.mentor_signed_at.has_value());
    EXPECT_EQ(StatusOf(pair_), PairStatus::kAccepted);
    EXPECT_TRUE(Outbox().empty());
}

TEST_P(AgreementServiceTest, TheSecondSignatureActivatesThePairAndMailsBothOnce) {
    BothAccept(pair_);
    agreements_.Save(mentor_, pair_, Terms("Use AI in planning"), std::nullopt);
    agreements_.Sign(mentor_, pair_, 1);
    EXPECT_EQ(StatusOf(pair_), PairStatus::kAccepted);
    const auto both = agreements_.Sign(mentee_, pair_, 1);
    EXPECT_EQ(both.pair.status, PairStatus::kActive);
    EXPECT_TRUE(both.agreement.SignedByBoth());
    EXPECT_EQ(StatusOf(pair_), PairStatus::kActive);
    EXPECT_EQ(matching_.Pairs(mentee_, programme_)[0].status, PairStatus::kActive);

    auto mails = Outbox();
    ASSERT_EQ(mails.size(), 2u);
    const auto id = std::to_string(pair_);
    EXPECT_EQ(mails[0].key, "pair-active:" + id + ":mentee");
    EXPECT_EQ(mails[0].recipient, "dana@example.com");
    EXPECT_EQ(mails[0].subject, "Your pair with Eli Engineer is active");
    EXPECT_NE(mails[0].text.find("Eli Engineer is your mentor"), std::string::npos) << mails[0].text;
    EXPECT_NE(mails[0].text.find("https://mentoring.example.com/#/programmes/"), std::string::npos);
    EXPECT_NE(mails[0].html.find("Dana Sales"), std::string::npos);
    EXPECT_EQ(mails[1].key, "pair-active:" + id + ":mentor");
    EXPECT_EQ(mails[1].recipient, "eli@example.com");
    EXPECT_NE(mails[1].text.find("Dana Sales is your mentee"), std::string::npos);
    EXPECT_NE(mails[1].text.find("every two weeks"), std::string::npos);
    for (const auto& mail : mails) {
        // Nothing that signs anybody in: no API token, no invitation link.
        EXPECT_EQ(mail.text.find("upw_"), std::string::npos);
        EXPECT_EQ(mail.text.find("/invitations/"), std::string::npos);
        EXPECT_NE(mail.text.find("Digital Fluency"), std::string::npos) << "the footer names the programme";
    }

    // Signing again changes nothing and mails nobody twice; the signed agreement is final.
    EXPECT_EQ(agreements_.Sign(mentee_, pair_, 1).pair.status, PairStatus::kActive);
    EXPECT_EQ(Outbox().size(), 2u);
    EXPECT_THROW(agreements_.Save(mentee_, pair_, Terms("Change"), std::nullopt), Conflict);
    EXPECT_THROW(matching_.Decline(mentee_, pair_, ""), Conflict) << "an active pair is ended, not declined";
    EXPECT_EQ(AuditCount("pair.agreement.sign"), 2);
}

TEST_P(AgreementServiceTest, WhoMayReadWriteAndSign) {
    BothAccept(pair_);
    agreements_.Save(mentee_, pair_, Terms("Use AI"), std::nullopt);

    EXPECT_EQ(agreements_.Get(admin_, pair_).agreement.version, 1) << "admins read agreements";
    EXPECT_EQ(AuditCount("pair.agreement.read"), 1) << "and the read is audited";
    EXPECT_THROW(agreements_.Save(admin_, pair_, Terms("x"), std::nullopt), Forbidden);
    EXPECT_THROW(agreements_.Sign(admin_, pair_, 1), Forbidden);
    EXPECT_THROW(agreements_.Get(sponsor_, pair_), Forbidden) << "sponsors never read an agreement";
    EXPECT_THROW(agreements_.Sign(sponsor_, pair_, 1), Forbidden);

    const auto outsider = Member("D2", domain::ProgrammeRole::kMentee, 13);
    EXPECT_THROW(agreements_.Get(outsider, pair_), NotFound);
    EXPECT_THROW(agreements_.Save(outsider, pair_, Terms("x"), std::nullopt), NotFound);
    EXPECT_THROW(agreements_.Sign(outsider, pair_, 1), NotFound);
    domain::Caller unlinked;
    unlinked.user_id = 15;
    EXPECT_THROW(agreements_.Get(unlinked, pair_), NotFound);
    EXPECT_THROW(agreements_.Get(mentee_, pair_ + 1000), NotFound);
}

TEST_P(AgreementServiceTest, SimultaneousAcceptsAndSignaturesAreNeverLost) {
    // Both people act at the same moment on many pairs; the row lock keeps each from overwriting the other.
    std::vector<long long> pairs;
    for (int i = 0; i < 6; ++i) pairs.push_back(NewPair("D1", "E1"));
    const auto both_at_once = [&](auto&& act) {
        std::thread mentee([&] {
            for (const auto id : pairs) act(mentee_, id);
        });
        std::thread mentor([&] {
            for (const auto id : pairs) act(mentor_, id);
        });
        mentee.join();
        mentor.join();
    };
    both_at_once([this](const domain::Caller& caller, long long id) { matching_.Accept(caller, id); });
    for (const auto id : pairs) ASSERT_EQ(StatusOf(id), PairStatus::kAccepted) << "pair " << id;
    for (const auto id : pairs) agreements_.Save(mentee_, id, Terms("Use AI"), std::nullopt);
    both_at_once([this](const domain::Caller& caller, long long id) { agreements_.Sign(caller, id, 1); });
    for (const auto id : pairs) EXPECT_EQ(StatusOf(id), PairStatus::kActive) << "pair " << id;
    // One "pair active" email per person and pair (activation also queues the series' calendar invitations).
    const auto mails = Outbox();
    EXPECT_EQ(
        std::count_if(mails.begin(), mails.end(), [](const Mail& m) { return m.key.starts_with("pair-active:"); }),
        static_cast<long>(2 * pairs.size()));
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
