#include "service/matching/matching_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/programmes/programme_service.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::Side;
using nlohmann::json;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

// Two directors, each with two juniors reporting to them, a manager outside both lines, a senior analyst too
// senior to mentor anyone, and people for the edge cases.
const std::string kOrganisation =
    "Employee ID,Name,Grade,Department,Time Zone,Manager ID\n"
    "CEO,Cleo Chief,10,Executive,Europe/London,\n"
    "D1,Dana Sales,8,Sales,Europe/London,CEO\n"
    "D2,Dev Engineering,8,Engineering,America/New_York,CEO\n"
    "S1,Sam Sales,2,Sales,Europe/London,D1\n"
    "S2,Sia Sales,2,Sales,Europe/Berlin,D1\n"
    "E1,Eli Engineer,2,Engineering,America/New_York,D2\n"
    "E2,Eva Engineer,3,Engineering,Asia/Kolkata,D2\n"
    "M6,Max Marketing,6,Marketing,Europe/London,CEO\n"
    "H7,Hal Analyst,7,Finance,Europe/London,CEO\n"
    "N8,Nia Unscreened,8,Legal,Europe/London,CEO\n"
    "L8,Lou German,8,Legal,Europe/Berlin,CEO\n";

class MatchingServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    MatchingServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          matching_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        admin_.display_name = "admin";
        sponsor_.role = domain::Role::kSponsor;
        sponsor_.user_id = 2;
    }

    void SetUp() override { ImportPeople(database_.Get(), kOrganisation, {}, clock_); }

    long long NewProgramme(const std::string& mode) {
        return programmes_
            .Create(admin_, ProgrammeFields({{"name", "Digital " + mode},
                                             {"matching_mode", mode},
                                             {"min_grade_gap", 2},
                                             {"topics", {"AI tools", "Social media", "Data"}}}))
            .id;
    }

    static domain::MatchProfile Profile(const std::string& id, Side side, std::vector<domain::TopicValue> topics,
                                        std::vector<std::string> languages = {"en"}) {
        domain::MatchProfile profile;
        profile.employee_id = id;
        profile.side = side;
        profile.topics = std::move(topics);
        profile.languages = std::move(languages);
        profile.availability = {{0, 9 * 60, 12 * 60}, {2, 14 * 60, 16 * 60}};
        return profile;
    }

    // Directors and the manager want to learn; juniors and the analyst teach.
    void StandardProfiles(long long programme) {
        std::vector<domain::MatchProfile> profiles = {
            Profile("D1", Side::kMentee, {{"AI tools", 3}}),
            Profile("D2", Side::kMentee, {{"Social media", 3}}),
            Profile("M6", Side::kMentee, {{"Data", 2}}),
            Profile("L8", Side::kMentee, {{"AI tools", 1}}, {"de"}),
            Profile("S1", Side::kMentor, {{"Social media", 5}}),
            Profile("S2", Side::kMentor, {{"Social media", 3}, {"Data", 2}}),
            Profile("E1", Side::kMentor, {{"AI tools", 5}}),
            Profile("E2", Side::kMentor, {{"AI tools", 2}, {"Data", 5}}),
            Profile("H7", Side::kMentor, {{"Data", 5}}),
        };
        auto unscreened = Profile("N8", Side::kMentee, {{"Data", 3}});
        unscreened.eligible = false;
        profiles.push_back(unscreened);
        matching_.SaveProfiles(admin_, programme, profiles);
    }

    static domain::Caller Member(const std::string& person, long long programme, domain::ProgrammeRole role,
                                 long long user_id) {
        domain::Caller caller;
        caller.user_id = user_id;
        caller.person_id = person;
        caller.memberships = {{programme, role}};
        return caller;
    }

    std::map<std::string, std::string> MentorOf(const std::vector<domain::Proposal>& proposals) {
        std::map<std::string, std::string> mentor_of;
        for (const auto& proposal : proposals) mentor_of[proposal.mentee] = proposal.mentor;
        return mentor_of;
    }

    std::string UnmatchedReason(const RunDetail& detail, const std::string& id) {
        for (const auto& entry : detail.unmatched) {
            if (entry.employee_id == id) return entry.reason;
        }
        return "";
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    MatchingService matching_;
    domain::Caller admin_;
    domain::Caller sponsor_;
};

TEST_P(MatchingServiceTest, NoStoredProposalBreaksAHardRule) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    const auto summary = matching_.Run(admin_, programme);
    EXPECT_EQ(summary.run.mentees, 5);
    EXPECT_EQ(summary.run.mentors, 5);

    const auto detail = matching_.LatestRun(admin_, programme);
    ASSERT_EQ(detail.proposals.size(), 3u);
    long long total = 0;
    for (const auto& proposal : detail.proposals) {
        const auto check = matching_.CheckPair(admin_, programme, proposal.mentee, proposal.mentor);
        EXPECT_TRUE(check.Allowed()) << proposal.mentee << "-" << proposal.mentor << ": " << check.rule;
        EXPECT_EQ(proposal.parts.Total(), proposal.parts.topics + proposal.parts.availability +
                                              proposal.parts.timezone + proposal.parts.cross_department +
                                              proposal.parts.preference);
        total += proposal.parts.Total();
    }
    EXPECT_EQ(detail.summary.run.total_score, total);
    const auto mentor_of = MentorOf(detail.proposals);
    // Neither director is given one of their own reports, and each gets the best teacher of their topic.
    EXPECT_EQ(mentor_of.at("D1"), "E1");
    EXPECT_EQ(mentor_of.at("D2"), "S1") << "S1 teaches social media at level 5";
    // Only E2 teaches data among the mentors M6 may have (H7's grade is too high).
    EXPECT_EQ(mentor_of.at("M6"), "E2");
    EXPECT_FALSE(mentor_of.count("N8"));
    EXPECT_FALSE(mentor_of.count("L8"));
}

TEST_P(MatchingServiceTest, UnmatchedParticipantsCarryTheirReason) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    matching_.Run(admin_, programme);
    const auto detail = matching_.LatestRun(admin_, programme);
    EXPECT_EQ(UnmatchedReason(detail, "N8"), "not_eligible");
    EXPECT_EQ(UnmatchedReason(detail, "L8"), "no_eligible_candidate") << "nobody else speaks German";
    EXPECT_EQ(UnmatchedReason(detail, "H7"), "no_eligible_candidate") << "grade 7 is too senior for every mentee";
    EXPECT_EQ(UnmatchedReason(detail, "S2"), "not_selected");
    EXPECT_EQ(detail.summary.unmatched_mentees_by_reason.at("not_eligible"), 1);
    for (const auto& entry : detail.unmatched) EXPECT_FALSE(entry.detail.empty()) << entry.employee_id;
}

TEST_P(MatchingServiceTest, PinsThatBreakARuleAreRefusedWithTheRuleNamed) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    const auto check = matching_.CheckPair(admin_, programme, "D1", "S1");
    EXPECT_EQ(check.rule, "reporting_line");
    try {
        matching_.Pin(admin_, programme, "D1", "S1");
        FAIL() << "a pin into the mentee's own reporting line was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("reporting_line"), std::string::npos) << error.what();
    }
    try {
        matching_.Pin(admin_, programme, "M6", "H7");
        FAIL() << "a pin across too small a grade gap was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("grade_gap"), std::string::npos) << error.what();
    }
    EXPECT_THROW(matching_.Pin(admin_, programme, "S1", "D1"), InvalidInput) << "S1 is not a mentee";

    // An allowed pin is honoured even though the solver would choose otherwise.
    matching_.Pin(admin_, programme, "D2", "S2");
    matching_.Run(admin_, programme);
    const auto detail = matching_.LatestRun(admin_, programme);
    const auto mentor_of = MentorOf(detail.proposals);
    EXPECT_EQ(mentor_of.at("D2"), "S2");
    for (const auto& proposal : detail.proposals) {
        if (proposal.mentee == "D2") EXPECT_EQ(proposal.source, "pin");
    }
    matching_.Unpin(admin_, programme, "D2");
    matching_.Run(admin_, programme);
    EXPECT_EQ(MentorOf(matching_.LatestRun(admin_, programme).proposals).at("D2"), "S1");
}

TEST_P(MatchingServiceTest, ForbidsAreRespected) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    matching_.Forbid(admin_, programme, "D1", "E1");
    matching_.Forbid(admin_, programme, "D1", "E2");
    EXPECT_EQ(matching_.CheckPair(admin_, programme, "D1", "E1").rule, "forbidden_by_admin");
    EXPECT_THROW(matching_.Pin(admin_, programme, "D1", "E1"), Conflict);
    matching_.Run(admin_, programme);
    const auto detail = matching_.LatestRun(admin_, programme);
    EXPECT_FALSE(MentorOf(detail.proposals).count("D1"));
    EXPECT_EQ(UnmatchedReason(detail, "D1"), "forbidden_by_admin");

    matching_.Unforbid(admin_, programme, "D1", "E1");
    matching_.Run(admin_, programme);
    EXPECT_EQ(MentorOf(matching_.LatestRun(admin_, programme).proposals).at("D1"), "E1");
}

TEST_P(MatchingServiceTest, SwapChecksTheRules) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    matching_.Run(admin_, programme);
    // D1 would get S1, one of their own reports.
    try {
        matching_.Swap(admin_, programme, "D1", "D2");
        FAIL() << "a swap into a reporting line was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("reporting_line"), std::string::npos) << error.what();
    }
    const auto changed = matching_.Swap(admin_, programme, "D1", "M6");
    ASSERT_EQ(changed.size(), 2u);
    const auto detail = matching_.LatestRun(admin_, programme);
    const auto mentor_of = MentorOf(detail.proposals);
    EXPECT_EQ(mentor_of.at("D1"), "E2");
    EXPECT_EQ(mentor_of.at("M6"), "E1");
    long long total = 0;
    for (const auto& proposal : detail.proposals) total += proposal.parts.Total();
    EXPECT_EQ(detail.summary.run.total_score, total);
}

TEST_P(MatchingServiceTest, PublishedPairIsAcceptedWhenBothAccept) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    matching_.Run(admin_, programme);
    const auto published = matching_.Publish(admin_, programme);
    EXPECT_EQ(published.pairs_created, 3);
    EXPECT_FALSE(published.already_published);
    const auto again = matching_.Publish(admin_, programme);
    EXPECT_TRUE(again.already_published);
    EXPECT_EQ(again.pairs_created, 0);
    EXPECT_EQ(matching_.Pairs(admin_, programme).size(), 3u);

    const auto mentee = Member("D1", programme, domain::ProgrammeRole::kMentee, 11);
    const auto mentor = Member("E1", programme, domain::ProgrammeRole::kMentor, 12);
    const auto mine = matching_.Pairs(mentee, programme);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].mentor, "E1");
    EXPECT_EQ(mine[0].status, domain::PairStatus::kProposed);

    EXPECT_EQ(matching_.Accept(mentee, mine[0].id).status, domain::PairStatus::kProposed);
    const auto both = matching_.Accept(mentor, mine[0].id);
    // Accepted by both: they draft their agreement now; signing it makes the pair active (agreement tests).
    EXPECT_EQ(both.status, domain::PairStatus::kAccepted);
    EXPECT_TRUE(both.mentee_accepted_at && both.mentor_accepted_at);
    EXPECT_EQ(matching_.Accept(mentee, mine[0].id).status, domain::PairStatus::kAccepted)
        << "accepting again changes nothing";

    // A new run leaves people of accepted pairs out too: nothing is proposed twice.
    const auto rerun = matching_.Run(admin_, programme);
    EXPECT_EQ(rerun.run.pair_count, 0);
    EXPECT_EQ(rerun.run.mentees, 2);
}

TEST_P(MatchingServiceTest, ParticipantsSeeOnlyTheirOwnPairs) {
    const auto programme = NewProgramme("assigned");
    StandardProfiles(programme);
    matching_.Run(admin_, programme);
    matching_.Publish(admin_, programme);
    const auto all = matching_.Pairs(admin_, programme);
    const auto d2_pair = std::find_if(all.begin(), all.end(), [](const domain::Pair& p) { return p.mentee == "D2"; });
    ASSERT_NE(d2_pair, all.end());

    const auto d1 = Member("D1", programme, domain::ProgrammeRole::kMentee, 11);
    for (const auto& pair : matching_.Pairs(d1, programme)) EXPECT_TRUE(pair.mentee == "D1" || pair.mentor == "D1");
    EXPECT_THROW(matching_.Accept(d1, d2_pair->id), NotFound);
    EXPECT_THROW(matching_.Decline(d1, d2_pair->id), NotFound);
    EXPECT_THROW(matching_.Pairs(sponsor_, programme), Forbidden);
    EXPECT_THROW(matching_.Accept(admin_, d2_pair->id), Forbidden) << "admins do not accept on a mentee's behalf";
    const auto outsider = Member("M6", programme + 99, domain::ProgrammeRole::kMentee, 13);
    EXPECT_THROW(matching_.Pairs(outsider, programme), NotFound);
    // Admin operations are refused to participants and sponsors.
    EXPECT_THROW(matching_.Run(d1, programme), Forbidden);
    EXPECT_THROW(matching_.LatestRun(sponsor_, programme), Forbidden);
    EXPECT_THROW(matching_.Publish(sponsor_, programme), Forbidden);

    // Declined pairs are not proposed again.
    const auto d2 = Member("D2", programme, domain::ProgrammeRole::kMentee, 14);
    EXPECT_EQ(matching_.Decline(d2, d2_pair->id).status, domain::PairStatus::kDeclined);
    matching_.Run(admin_, programme);
    const auto rerun = matching_.LatestRun(admin_, programme);
    EXPECT_NE(MentorOf(rerun.proposals)["D2"], d2_pair->mentor);
}

TEST_P(MatchingServiceTest, RankedModeIsStable) {
    const auto programme = NewProgramme("ranked");
    StandardProfiles(programme);
    const auto rank = [&](const std::string& person, domain::ProgrammeRole role, std::vector<std::string> order) {
        matching_.SubmitRanking(Member(person, programme, role, 20), programme, order);
    };
    using R = domain::ProgrammeRole;
    rank("D1", R::kMentee, {"S1", "E2", "E1"});  // S1 breaks the reporting-line rule
    rank("D2", R::kMentee, {"E2", "S1", "S2"});  // E2 breaks it for D2
    rank("M6", R::kMentee, {"S1", "E2", "S2"});
    rank("E1", R::kMentor, {"D1", "M6"});
    rank("E2", R::kMentor, {"D2", "M6", "D1"});
    rank("S1", R::kMentor, {"M6", "D2"});
    rank("S2", R::kMentor, {"D2", "M6"});
    EXPECT_THROW(rank("D1", R::kMentee, {"D2"}), InvalidInput) << "a mentee ranks mentors";
    EXPECT_THROW(rank("D1", R::kMentee, {"E1", "E1"}), InvalidInput);

    matching_.Run(admin_, programme);
    const auto detail = matching_.LatestRun(admin_, programme);
    const auto mentor_of = MentorOf(detail.proposals);
    EXPECT_EQ(mentor_of.at("M6"), "S1");
    EXPECT_EQ(mentor_of.at("D1"), "E2");
    EXPECT_EQ(mentor_of.at("D2"), "S2");

    // No acceptable pair would both rather have each other.
    const std::map<std::string, std::vector<std::string>> rankings = {
        {"D1", {"S1", "E2", "E1"}}, {"D2", {"E2", "S1", "S2"}}, {"M6", {"S1", "E2", "S2"}}, {"E1", {"D1", "M6"}},
        {"E2", {"D2", "M6", "D1"}}, {"S1", {"M6", "D2"}},       {"S2", {"D2", "M6"}}};
    const auto position = [&](const std::string& who, const std::string& of) {
        const auto& list = rankings.at(who);
        return std::find(list.begin(), list.end(), of) - list.begin();
    };
    std::map<std::string, std::string> mentee_of;
    for (const auto& [mentee, mentor] : mentor_of) mentee_of[mentor] = mentee;
    for (const auto& mentee : {"D1", "D2", "M6"}) {
        for (const auto& mentor : rankings.at(mentee)) {
            if (!rankings.count(mentor) || !matching_.CheckPair(admin_, programme, mentee, mentor).Allowed()) continue;
            const auto& back = rankings.at(mentor);
            if (std::find(back.begin(), back.end(), mentee) == back.end()) continue;
            const bool mentee_prefers =
                !mentor_of.count(mentee) || position(mentee, mentor) < position(mentee, mentor_of.at(mentee));
            const bool mentor_prefers =
                !mentee_of.count(mentor) || position(mentor, mentee) < position(mentor, mentee_of.at(mentor));
            EXPECT_FALSE(mentee_prefers && mentor_prefers) << mentee << " and " << mentor << " block the matching";
        }
    }
}

TEST_P(MatchingServiceTest, SelfSelectedRequestFlow) {
    const auto programme = NewProgramme("self_selected");
    StandardProfiles(programme);
    EXPECT_THROW(matching_.Run(admin_, programme), Conflict) << "nothing to solve in self-selected mode";

    const auto d1 = Member("D1", programme, domain::ProgrammeRole::kMentee, 11);
    const auto e1 = Member("E1", programme, domain::ProgrammeRole::kMentor, 12);
    const auto e2 = Member("E2", programme, domain::ProgrammeRole::kMentor, 13);
    const auto recommended = matching_.Recommendations(d1, programme, 5);
    ASSERT_FALSE(recommended.empty());
    EXPECT_EQ(recommended[0].employee_id, "E1");
    EXPECT_EQ(recommended[0].name, "Eli Engineer");
    EXPECT_FALSE(recommended[0].reasons.empty());
    for (const auto& recommendation : recommended) {
        EXPECT_NE(recommendation.employee_id, "S1") << "own reports are never recommended";
        EXPECT_NE(recommendation.employee_id, "S2");
    }
    EXPECT_THROW(matching_.Recommendations(e1, programme, 5), Forbidden) << "mentors do not get mentor recommendations";

    try {
        matching_.Request(d1, programme, "S1");
        FAIL() << "a request into the mentee's reporting line was accepted";
    } catch (const Conflict& error) {
        EXPECT_NE(std::string(error.what()).find("reporting_line"), std::string::npos);
    }
    const auto request = matching_.Request(d1, programme, "E1");
    const auto second = matching_.Request(d1, programme, "E2");
    EXPECT_THROW(matching_.Request(d1, programme, "E1"), Conflict) << "already waiting";
    EXPECT_THROW(matching_.AnswerRequest(d1, programme, request.id, true), Forbidden) << "the mentee cannot answer";
    EXPECT_THROW(matching_.AnswerRequest(e2, programme, request.id, true), NotFound) << "not asked";

    const auto answer = matching_.AnswerRequest(e1, programme, request.id, true);
    EXPECT_EQ(answer.request.status, domain::RequestStatus::kAccepted);
    ASSERT_TRUE(answer.pair.has_value());
    EXPECT_EQ(answer.pair->status, domain::PairStatus::kProposed);
    EXPECT_TRUE(answer.pair->mentor_accepted_at.has_value());
    EXPECT_EQ(matching_.Accept(d1, answer.pair->id).status, domain::PairStatus::kAccepted);
    // The other request was withdrawn when the mentee got a mentor.
    EXPECT_THROW(matching_.AnswerRequest(e2, programme, second.id, true), Conflict);
    EXPECT_THROW(matching_.Request(d1, programme, "E2"), Conflict);
}

TEST_P(MatchingServiceTest, ProfileCsvReportsEveryBadRowAndWritesNothing) {
    const auto programme = NewProgramme("assigned");
    const std::string good =
        "employee_id,side,languages,topics,availability,capacity,eligible,preferences\n"
        "D1,mentee,en;fr,AI tools:3,mon 09:00-11:00;wed 14:00-16:00,,yes,E1\n"
        "E1,mentor,en,AI tools:4;Social media:3,mon 09:00-10:00,2,true,\n";
    EXPECT_EQ(matching_.ImportProfiles(admin_, programme, good), 2);
    const auto profiles = matching_.Profiles(admin_, programme);
    ASSERT_EQ(profiles.size(), 2u);
    EXPECT_EQ(profiles[1].employee_id, "E1");
    EXPECT_EQ(profiles[1].capacity, 2);
    EXPECT_EQ(profiles[1].topics.size(), 2u);
    EXPECT_EQ(profiles[0].languages, (std::vector<std::string>{"en", "fr"}));
    EXPECT_EQ(profiles[0].availability.size(), 2u);
    EXPECT_EQ(profiles[0].preferences, std::vector<std::string>{"E1"});

    const std::string bad =
        "Employee ID,Side,Languages,Topics,Availability,Capacity,Eligible,Preferences\n"
        "S1,mentor,en,Social media:5,mon 09:00-11:00,1,yes,\n"
        "XX,mentor,en,Social media:5,,1,yes,\n"
        "S2,mentor,en,Knitting:3,,1,yes,\n"
        "E2,mentor,en,AI tools:9,tue 10:00-09:00,1,maybe,\n"
        "M6,boss,,Data:2,,,,\n"
        "S1,mentor,en,Data:1,,1,yes,\n";
    try {
        matching_.ImportProfiles(admin_, programme, bad);
        FAIL() << "a file with bad rows was imported";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "file");
        std::set<std::pair<long, std::string>> found;
        for (const auto& row : error.Rows()) found.insert({row.row, row.field});
        EXPECT_TRUE(found.count({3, "employee_id"})) << "unknown person";
        EXPECT_TRUE(found.count({4, "topics"})) << "not in the catalogue";
        EXPECT_TRUE(found.count({5, "topics"})) << "level out of range";
        EXPECT_TRUE(found.count({5, "availability"}));
        EXPECT_TRUE(found.count({5, "eligible"}));
        EXPECT_TRUE(found.count({6, "side"}));
        EXPECT_TRUE(found.count({6, "languages"}));
        EXPECT_TRUE(found.count({7, "employee_id"})) << "listed twice";
        EXPECT_FALSE(found.count({2, "employee_id"})) << "row 2 is fine";
    }
    EXPECT_EQ(matching_.Profiles(admin_, programme).size(), 2u) << "nothing was written";
    EXPECT_THROW(matching_.ImportProfiles(admin_, programme, "name,side\nx,mentor\n"), InvalidInput);
    EXPECT_THROW(matching_.ImportProfiles(sponsor_, programme, good), Forbidden);
}

TEST_P(MatchingServiceTest, ProfilesKeepRankingsAcrossUpdates) {
    const auto programme = NewProgramme("ranked");
    StandardProfiles(programme);
    matching_.SubmitRanking(Member("D1", programme, domain::ProgrammeRole::kMentee, 11), programme, {"E1", "E2"});
    StandardProfiles(programme);
    for (const auto& profile : matching_.Profiles(admin_, programme)) {
        if (profile.employee_id == "D1") EXPECT_EQ(profile.ranking, (std::vector<std::string>{"E1", "E2"}));
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
