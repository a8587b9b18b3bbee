// No email carries a secret. A password cannot be recognised in a body, so the rule is kept by what the
// templates are given (see service/mail_composer.hpp); these tests hold the templates to it: the invitation
// carries its single-use link and nothing else secret, the screening decision and the pair-active messages
// carry no secret at all. Each is composed with real-looking secrets in every input that has one.
#include <gtest/gtest.h>

#include <regex>

#include "domain/application.hpp"
#include "domain/invitation.hpp"
#include "domain/match_run.hpp"
#include "domain/pair_agreement.hpp"
#include "domain/programme.hpp"
#include "service/agreements/pair_mail.hpp"
#include "service/enrolment/invitation_mail.hpp"
#include "service/screening/screening_mail.hpp"
#include "service/secrets/secrets.hpp"

namespace upward::service {
namespace {

constexpr const char* kPublicUrl = "https://mentoring.example.com";

std::size_t Count(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

std::string Without(std::string text, const std::string& part) {
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part)) text.erase(at, part.size());
    return text;
}

// Anything that looks like a token, a digest or a generated password: a long run of base64url or hex
// characters, or a password hash.
void ExpectNothingSecretLooking(const std::string& body, const std::string& what) {
    static const std::regex kTokenLike("[A-Za-z0-9_-]{20,}");
    std::smatch match;
    EXPECT_FALSE(std::regex_search(body, match, kTokenLike)) << what << " contains " << match.str();
    EXPECT_EQ(body.find("$argon2"), std::string::npos) << what;
}

domain::Programme Programme() {
    domain::Programme programme;
    programme.id = 5;
    programme.name = "Digital Reverse Mentoring";
    programme.purpose = "Seniors learn AI tools from juniors.";
    programme.application_deadline = "2025-06-30";
    return programme;
}

TEST(MailSecretsTest, AnInvitationCarriesItsSingleUseLinkAndNoOtherSecret) {
    const std::string token = RandomSecret(32);
    const std::string link = std::string(kPublicUrl) + "/#/invitations/" + token;
    domain::Invitation invitation;
    invitation.id = 12;
    invitation.programme_id = 5;
    invitation.employee_id = "E1";
    invitation.email = "zoe@example.com";
    invitation.side = domain::Side::kMentor;
    invitation.token_hash = DigestSecret(token);
    invitation.created_at = 1748736000;
    invitation.expires_at = 1748736000 + 14 * 86400;
    const auto mail = InvitationMail("invitation:12", invitation, "Zoë", Programme(), link);

    EXPECT_EQ(mail.recipient, "zoe@example.com");
    EXPECT_EQ(mail.subject.find(token), std::string::npos);
    for (const auto& [what, body] : {std::pair{"text", mail.text_body}, std::pair{"html", mail.html_body}}) {
        // The token travels only inside the link: every place it appears is the link.
        EXPECT_GE(Count(body, link), 1u) << what;
        EXPECT_EQ(Count(body, token), Count(body, link)) << what;
        EXPECT_EQ(body.find(invitation.token_hash), std::string::npos) << what;
        ExpectNothingSecretLooking(Without(body, link), what);
    }
}

TEST(MailSecretsTest, AScreeningDecisionCarriesNoSecret) {
    for (const auto status : {domain::ApplicationStatus::kApproved, domain::ApplicationStatus::kWaitListed,
                              domain::ApplicationStatus::kDeclined}) {
        domain::Application application;
        application.id = 3;
        application.programme_id = 5;
        application.employee_id = "E1";
        application.user_id = 9;
        application.side = domain::Side::kMentor;
        application.status = status;
        application.decision_reason = "Strong evidence of patience and expertise.";
        application.decided_by = 1;
        const auto mail =
            ScreeningDecisionMail(application, "zoe@example.com", "Zoë", "Digital Reverse Mentoring", kPublicUrl);
        for (const auto& body : {mail.text_body, mail.html_body}) {
            ExpectNothingSecretLooking(body, std::string(domain::ToString(status)));
            // Its one link is to the applicant's page, which asks them to sign in as usual.
            EXPECT_NE(body.find(std::string(kPublicUrl) + "/#/programmes/5/"), std::string::npos);
        }
    }
}

TEST(MailSecretsTest, APairActiveMessageCarriesNoSecret) {
    domain::Pair pair;
    pair.id = 8;
    pair.programme_id = 5;
    pair.mentee = "D1";
    pair.mentor = "E1";
    pair.status = domain::PairStatus::kActive;
    domain::AgreementTerms terms;
    terms.mentee_goals = "Use AI tools weekly.";
    terms.mentor_goals = "Practise explaining.";
    terms.topics = {"AI tools"};
    terms.cadence_days = 14;
    terms.confidentiality_statement = "What we discuss stays between us.";
    const auto mail = PairActiveMail(pair, "mentee", "dana@example.com", "Dana", "Zoë", "Digital Reverse Mentoring",
                                     terms, kPublicUrl);
    for (const auto& body : {mail.text_body, mail.html_body}) ExpectNothingSecretLooking(body, "pair active");
}

}  // namespace
}  // namespace upward::service
