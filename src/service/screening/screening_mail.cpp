#include "service/screening/screening_mail.hpp"

#include "service/mail/mail_composer.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

struct Wording {
    std::string subject_outcome;
    std::string outcome;
    std::string next;
};

Wording WordingFor(domain::ApplicationStatus status, const std::string& programme_name) {
    switch (status) {
        case domain::ApplicationStatus::kApproved:
            return {"approved", "Your application to mentor in " + programme_name + " has been approved.",
                    "Next come the programme's training and matching; you will hear from us at each step."};
        case domain::ApplicationStatus::kWaitListed:
            return {"wait-listed",
                    "Your application to mentor in " + programme_name + " has been put on the waiting list.",
                    "Nothing is needed from you now. We may approve it later, and you will hear from us when we do."};
        default:
            return {"declined", "Your application to mentor in " + programme_name + " has been declined.",
                    "Thank you for offering your time. You are welcome to apply again in a later programme."};
    }
}

}  // namespace

domain::OutgoingMail ScreeningDecisionMail(const domain::Application& application, const std::string& recipient,
                                           const std::string& recipient_name, const std::string& programme_name,
                                           const std::string& public_url) {
    // Only the outcome and the admin's reason: scorecards, reviewer names and other applicants stay out, and
    // like every message this one carries no password or sign-in token.
    const auto wording = WordingFor(application.status, programme_name);
    MailDraft draft;
    draft.subject = "Your application to mentor in " + programme_name + ": " + wording.subject_outcome;
    draft.greeting_name = recipient_name;
    draft.paragraphs = {wording.outcome, "The reason we gave:\n" + application.decision_reason, wording.next};
    std::string base = public_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    if (base.rfind("http://", 0) == 0 || base.rfind("https://", 0) == 0) {  // no link rather than a broken one
        draft.action_label = "See your application";
        draft.action_url = base + "/#/programmes/" + std::to_string(application.programme_id) + "/my-screening";
    }
    draft.programme_name = programme_name;
    const auto dedupe_key =
        "decision:" + std::to_string(application.id) + ":" + std::string(domain::ToString(application.status));
    return ComposeMail(dedupe_key, recipient, recipient_name, draft);
}

}  // namespace upward::service
