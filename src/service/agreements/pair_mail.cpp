#include "service/agreements/pair_mail.hpp"

#include "service/mail/mail_composer.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

std::string Cadence(int days) {
    if (days == 7) return "every week";
    if (days == 14) return "every two weeks";
    return "every " + std::to_string(days) + " days";
}

std::string JoinTopics(const std::vector<std::string>& topics) {
    std::string joined;
    for (std::size_t i = 0; i < topics.size(); ++i) {
        if (i > 0) joined += i + 1 == topics.size() ? " and " : ", ";
        joined += topics[i];
    }
    return joined;
}

}  // namespace

domain::OutgoingMail PairActiveMail(const domain::Pair& pair, const std::string& side, const std::string& recipient,
                                    const std::string& recipient_name, const std::string& other_name,
                                    const std::string& programme_name, const domain::AgreementTerms& terms,
                                    const std::string& public_url) {
    // Names, programme facts and a link to the pair's page: nothing here signs anybody in (see mail_composer.hpp).
    const std::string role = side == "mentee" ? "mentor" : "mentee";
    MailDraft draft;
    draft.subject = "Your pair with " + other_name + " is active";
    draft.greeting_name = recipient_name;
    draft.paragraphs = {
        "You and " + other_name + " have both signed your agreement in " + programme_name +
            ", so your pair is now active: " + other_name + " is your " + role + ".",
        "You agreed to meet " + Cadence(terms.cadence_days) +
            (terms.topics.empty() ? "." : ", and to keep advice to " + JoinTopics(terms.topics) + "."),
        "What you discuss stays between the two of you, as your confidentiality statement says.",
    };
    draft.action_label = "Open your pair";
    draft.action_url = public_url + "/#/programmes/" + std::to_string(pair.programme_id) + "/matching";
    draft.programme_name = programme_name;
    return ComposeMail("pair-active:" + std::to_string(pair.id) + ":" + side, recipient, recipient_name, draft);
}

}  // namespace upward::service
