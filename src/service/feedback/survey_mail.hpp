#pragma once

#include <string>

#include "domain/survey.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

/// The invitation to answer an open survey, with the link to the person's form
/// (`<public_url>/#/surveys/<survey>/pairs/<pair>`). `dedupe_key` is "survey-invite:<survey>:<employee id>":
/// one message per survey and person, however often the survey is opened again.
domain::OutgoingMail SurveyInvitationMail(const domain::Survey& survey, const std::string& programme_name,
                                          long long pair_id, const std::string& employee_id,
                                          const storage::PersonContact& contact, const std::string& public_url);

}  // namespace upward::service
