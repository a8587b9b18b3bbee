// The rules of an application: what the applicant writes, who may apply on which side, the deadline, and the
// match profile it stands for.
#include "domain/application.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/invitation.hpp"

namespace upward::domain {
namespace {

Programme Catalogue() {
    Programme programme;
    programme.topics = {"AI tools", "Social media"};
    programme.min_grade_gap = 2;
    return programme;
}

TEST(ApplicationTest, GradeRulesSayWhyWhenRefused) {
    auto programme = Catalogue();
    programme.max_mentor_grade = 3;
    Person junior{.employee_id = "J", .grade = 3};
    Person senior{.employee_id = "S", .grade = 4};
    EXPECT_EQ(ApplicantIneligibility(junior, Side::kMentor, programme, 1), "");
    EXPECT_NE(ApplicantIneligibility(senior, Side::kMentor, programme, 1).find("at most grade 3"), std::string::npos);
    // Mentees need the lowest grade plus the gap: 1 + 2 = 3.
    EXPECT_EQ(ApplicantIneligibility(junior, Side::kMentee, programme, 1), "");
    EXPECT_NE(ApplicantIneligibility(junior, Side::kMentee, programme, 2).find("at least grade 4"), std::string::npos);
    Person former = junior;
    former.left = true;
    EXPECT_NE(ApplicantIneligibility(former, Side::kMentor, programme, 1).find("not active"), std::string::npos);
}

TEST(ApplicationTest, DeadlineIsInclusive) {
    auto programme = Catalogue();
    EXPECT_TRUE(ApplicationsOpen(programme, "2030-01-01"));
    programme.application_deadline = "2025-06-10";
    EXPECT_TRUE(ApplicationsOpen(programme, "2025-06-10"));
    EXPECT_FALSE(ApplicationsOpen(programme, "2025-06-11"));
}

TEST(ApplicationTest, ProfileUsesTheEnginesPriorityScale) {
    EXPECT_EQ(MatchPriority(1), 1);
    EXPECT_EQ(MatchPriority(2), 2);
    EXPECT_EQ(MatchPriority(3), 2);
    EXPECT_EQ(MatchPriority(4), 3);
    EXPECT_EQ(MatchPriority(5), 3);
    Application application;
    application.employee_id = "M";
    application.side = Side::kMentee;
    ApplicationAnswersInput input;
    input.topics = {{.topic = "social MEDIA", .priority = 4}};
    input.languages = {"en"};
    input.availability = {{2, 14 * 60, 15 * 60}, {0, 9 * 60, 10 * 60}};
    input.motivation = "To learn.";
    application.answers = CheckApplicationAnswers(input, Side::kMentee, Catalogue());
    const auto profile = ToMatchProfile(application);
    EXPECT_EQ(profile.side, Side::kMentee);
    ASSERT_EQ(profile.topics.size(), 1u);
    EXPECT_EQ(profile.topics[0].value, 3);
    EXPECT_EQ(FormatAvailability(profile.availability), "mon 09:00-10:00;wed 14:00-15:00");
    EXPECT_FALSE(profile.eligible);
}

TEST(ApplicationTest, InvitationsExpireAtTheirTime) {
    Invitation invitation;
    invitation.expires_at = 100;
    EXPECT_EQ(EffectiveStatus(invitation, 99), "pending");
    EXPECT_EQ(EffectiveStatus(invitation, 100), "expired");
    invitation.status = InvitationStatus::kAccepted;
    EXPECT_EQ(EffectiveStatus(invitation, 200), "accepted");
}

}  // namespace
}  // namespace upward::domain
