#include "service/feedback/survey_mail.hpp"

#include "service/mail/mail_composer.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

domain::OutgoingMail SurveyInvitationMail(const domain::Survey& survey, const std::string& programme_name,
                                          long long pair_id, const std::string& employee_id,
                                          const storage::PersonContact& contact, const std::string& public_url) {
    MailDraft draft;
    draft.subject = survey.title + " of " + programme_name + " is open";
    draft.greeting_name = contact.name;
    draft.paragraphs = {
        "The " + survey.title + " of " + programme_name + " is open until " + survey.closes_on +
            ". It takes a few minutes: you rate your partner on the qualities the programme asks for and say what "
            "should change.",
        "Your partner sees your ratings only after both of you have answered, and never your comments. The "
        "programme team sees figures over several answers only, never yours on its own.",
    };
    draft.action_label = "Answer the survey";
    draft.action_url = public_url + "/#/surveys/" + std::to_string(survey.id) + "/pairs/" + std::to_string(pair_id);
    draft.programme_name = programme_name;
    return ComposeMail("survey-invite:" + std::to_string(survey.id) + ":" + employee_id, contact.email, contact.name,
                       draft);
}

}  // namespace upward::service
