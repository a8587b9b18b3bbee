#include "service/enrolment/invitation_mail.hpp"

#include "core/text.hpp"
#include "service/mail/mail_composer.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

domain::OutgoingMail InvitationMail(const std::string& dedupe_key, const domain::Invitation& invitation,
                                    const std::string& invitee_name, const domain::Programme& programme,
                                    const std::string& link) {
    const auto& words = programme.terminology;
    const std::string role = invitation.side == domain::Side::kMentor ? words.mentor : words.mentee;
    MailDraft draft;
    draft.subject = "You are invited to " + programme.name;
    draft.greeting_name = invitee_name;
    draft.paragraphs.push_back("You are invited to join " + programme.name + ", our " + words.programme +
                               " programme, as a " + role + ".");
    if (!programme.purpose.empty()) draft.paragraphs.push_back(programme.purpose);
    if (invitation.side == domain::Side::kMentor) {
        draft.paragraphs.push_back("As a " + role +
                                   " you share what you know with a senior colleague: the topics "
                                   "you can teach, with a level and a line of evidence for each.");
    } else {
        draft.paragraphs.push_back("As a " + role +
                                   " you learn from a colleague earlier in their career: tell us "
                                   "the topics you want to learn and how much each matters to you.");
    }
    draft.paragraphs.push_back("Open the link to set your password and apply." +
                               (programme.application_deadline.empty()
                                    ? std::string()
                                    : " Applications close on " + programme.application_deadline + "."));
    draft.action_label = "Accept the invitation";
    draft.action_url = link;
    draft.notes.push_back("The link works once and expires on " + FormatDate(invitation.expires_at) +
                          " (UTC). If you did not expect this email, you can ignore it.");
    draft.programme_name = programme.name;
    return ComposeMail(dedupe_key, invitation.email, invitee_name, draft);
}

}  // namespace upward::service
