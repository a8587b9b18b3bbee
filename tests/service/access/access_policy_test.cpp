// The one access policy (service/access): who the caller is to a programme and to a pair, and the same answer
// from every use case that reads a programme's figures, for the sponsor of another programme above all.
#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/at_risk_service.hpp"
#include "service/reporting/funnel_service.hpp"
#include "service/reporting/health_service.hpp"
#include "service/reporting/outcomes_service.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::ProgrammeRole;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

domain::Caller Admin() {
    domain::Caller caller;
    caller.user_id = 1;
    caller.role = domain::Role::kAdmin;
    return caller;
}

domain::Caller Sponsor(std::vector<long long> sponsored = {}) {
    domain::Caller caller;
    caller.user_id = 2;
    caller.role = domain::Role::kSponsor;
    caller.sponsored_programmes = std::move(sponsored);
    return caller;
}

domain::Caller Participant(std::string person_id, std::vector<domain::Membership> memberships = {}) {
    domain::Caller caller;
    caller.user_id = 3;
    caller.role = domain::Role::kParticipant;
    caller.person_id = std::move(person_id);
    caller.memberships = std::move(memberships);
    return caller;
}

TEST(ProgrammeAccess, AdminsAndTheProgrammesOwnSponsorsOverseeIt) {
    EXPECT_TRUE(OverseesProgramme(Admin(), 7));
    EXPECT_TRUE(OverseesProgramme(Sponsor(), 7)) << "without sponsor memberships a sponsor oversees every programme";
    EXPECT_TRUE(OverseesProgramme(Sponsor({7, 9}), 9));
    EXPECT_FALSE(OverseesProgramme(Sponsor({9}), 7)) << "a sponsor of programme 9 does not oversee programme 7";
    EXPECT_FALSE(OverseesProgramme(Participant("P1", {{7, ProgrammeRole::kMentee}}), 7)) << "members take part";
    auto participant = Participant("P1");
    participant.sponsored_programmes = {7};  // a sponsor membership only counts for the sponsor role
    EXPECT_FALSE(OverseesProgramme(participant, 7));
}

TEST(ProgrammeAccess, SponsorsAdminsAndMembersSeeAProgrammeOthersDoNot) {
    EXPECT_TRUE(MaySeeProgramme(Admin(), 7));
    EXPECT_TRUE(MaySeeProgramme(Sponsor({9}), 7)) << "sponsors know the organisation's programmes by name";
    EXPECT_TRUE(MaySeeProgramme(Participant("P1", {{7, ProgrammeRole::kMentor}}), 7));
    EXPECT_FALSE(MaySeeProgramme(Participant("P1", {{9, ProgrammeRole::kMentor}}), 7));
    EXPECT_FALSE(MaySeeProgramme(Participant(""), 7));
}

TEST(ProgrammeAccess, ParticipantsActOnlyAsThemselvesOnTheirOwnSide) {
    const auto mentor = Participant("J1", {{7, ProgrammeRole::kMentor}});
    const auto found = RequireParticipant(mentor, 7, std::nullopt, "apply");
    EXPECT_EQ(found.side, domain::Side::kMentor);
    EXPECT_EQ(found.employee_id, "J1");
    EXPECT_EQ(RequireParticipant(mentor, 7, ProgrammeRole::kMentor, "answer").employee_id, "J1");
    EXPECT_THROW(RequireParticipant(mentor, 7, ProgrammeRole::kMentee, "request a mentor"), Forbidden);
    EXPECT_THROW(RequireParticipant(mentor, 9, std::nullopt, "apply"), NotFound) << "another programme";
    EXPECT_THROW(RequireParticipant(Admin(), 7, std::nullopt, "apply"), Forbidden) << "admins take no part";
    EXPECT_THROW(RequireParticipant(Sponsor({7}), 7, std::nullopt, "apply"), Forbidden) << "sponsors take no part";
    EXPECT_THROW(RequireParticipant(Participant("M1", {{7, ProgrammeRole::kMentor}, {7, ProgrammeRole::kMentee}}), 7,
                                    std::nullopt, "apply"),
                 Conflict)
        << "a mentor must not be a mentee of the same programme";
    EXPECT_THROW(RequireParticipant(Participant("", {{7, ProgrammeRole::kMentee}}), 7, std::nullopt, "apply"),
                 Forbidden)
        << "an account not linked to the directory";
}

class AccessPolicyTest : public ::testing::TestWithParam<Backend> {
protected:
    AccessPolicyTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          outcomes_(database_.Get(), clock_),
          funnel_(database_.Get(), clock_),
          at_risk_(database_.Get(), clock_),
          health_(database_.Get(), clock_),
          surveys_(database_.Get(), clock_, "https://mentoring.example.com"),
          release_(database_.Get()) {}

    void SetUp() override {
        mine_ = programmes_.Create(Admin(), ProgrammeFields({{"name", "Mine"}})).id;
        theirs_ = programmes_.Create(Admin(), ProgrammeFields({{"name", "Theirs"}})).id;
        domain::Pair pair;
        pair.programme_id = mine_;
        pair.mentee = "M1";
        pair.mentor = "J1";
        pair.status = domain::PairStatus::kActive;
        pair.decline_reason = "kept from the pair's own view";
        pair.created_at = pair.updated_at = kNow;
        auto session = database_.Get().Acquire();
        pair_ = storage::InsertPair(*session, pair);
    }

    template <typename Read>
    void ExpectOnlyOverseersRead(const Read& read, const std::string& what) {
        EXPECT_NO_THROW(read(Admin(), mine_)) << what;
        EXPECT_NO_THROW(read(Sponsor(), mine_)) << what << ": an organisation-wide sponsor";
        EXPECT_NO_THROW(read(Sponsor({mine_}), mine_)) << what << ": the programme's own sponsor";
        EXPECT_THROW(read(Sponsor({theirs_}), mine_), Forbidden) << what << ": the sponsor of another programme";
        EXPECT_THROW(read(Participant("M1", {{mine_, ProgrammeRole::kMentee}}), mine_), Forbidden)
            << what << ": a member of the programme";
        EXPECT_THROW(read(Participant("Q1", {{theirs_, ProgrammeRole::kMentor}}), mine_), Forbidden)
            << what << ": a participant of another programme";
        EXPECT_THROW(read(Admin(), theirs_ + 1000), NotFound) << what << ": no such programme";
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    OutcomesService outcomes_;
    FunnelService funnel_;
    AtRiskService at_risk_;
    HealthService health_;
    SurveyAdminService surveys_;
    FeedbackReleaseService release_;
    long long mine_ = 0, theirs_ = 0, pair_ = 0;
};

TEST_P(AccessPolicyTest, EveryReadOfAProgrammesFiguresIsTheOverseersAlone) {
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { outcomes_.Outcomes(c, p); }, "outcomes");
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { funnel_.Funnel(c, p); }, "funnel");
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { at_risk_.ForProgramme(c, p); }, "at risk");
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { health_.Health(c, p); }, "health");
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { health_.Corrections(c, p); }, "corrections");
    surveys_.EnsureDefaults(Admin(), mine_);
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { surveys_.List(c, p); }, "surveys");
    const auto survey = surveys_.List(Admin(), mine_).front().survey.id;
    ExpectOnlyOverseersRead([&](const domain::Caller& c, long long p) { release_.Results(c, p, survey, {}); },
                            "survey results");
}

TEST_P(AccessPolicyTest, APairIsItsTwoPeoplesAndAdminsReadOnlyWhereTheUseAllows) {
    auto session = database_.Get().Acquire();
    const auto mentee = Participant("M1", {{mine_, ProgrammeRole::kMentee}});
    const auto as_mentee = PairFor(*session, mentee, pair_, PairUse::kOwn, "refused");
    EXPECT_EQ(as_mentee.side, "mentee");
    EXPECT_FALSE(as_mentee.AdminReading());
    EXPECT_EQ(PairFor(*session, Participant("J1"), pair_, PairUse::kPrivate, "").side, "mentor");

    EXPECT_TRUE(PairFor(*session, Admin(), pair_, PairUse::kAdminReads, "refused").AdminReading());
    EXPECT_THROW(PairFor(*session, Admin(), pair_, PairUse::kOwn, "refused"), Forbidden);
    EXPECT_THROW(PairFor(*session, Admin(), pair_, PairUse::kPrivate, ""), NotFound)
        << "private words are nobody else's";

    for (const auto use : {PairUse::kOwn, PairUse::kAdminReads}) {
        EXPECT_THROW(PairFor(*session, Sponsor(), pair_, use, "refused"), Forbidden);
        EXPECT_THROW(PairFor(*session, Sponsor({mine_}), pair_, use, "refused"), Forbidden);
        EXPECT_THROW(PairFor(*session, Sponsor({theirs_}), pair_, use, "refused"), NotFound)
            << "to the sponsor of another programme the pair does not exist";
        EXPECT_THROW(PairFor(*session, Participant("Q1", {{mine_, ProgrammeRole::kMentee}}), pair_, use, "refused"),
                     NotFound)
            << "another pair of the same programme";
        EXPECT_THROW(PairFor(*session, Participant(""), pair_, use, "refused"), NotFound)
            << "an account without a person is nobody's side";
    }
    EXPECT_THROW(PairFor(*session, Admin(), pair_ + 1000, PairUse::kAdminReads, "refused"), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccessPolicyTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
