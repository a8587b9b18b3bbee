#pragma once

#include <string>

#include "domain/application.hpp"
#include "domain/records/mail_records.hpp"
#include "domain/screening.hpp"

namespace upward::service {

/// The email telling a mentor applicant the screening decision: the outcome, the admin's reason, what happens
/// next and a link to their screening page. `dedupe_key` is "decision:<application id>:<status>", so each
/// outcome of an application is mailed once however often the request is retried, and a wait-listed applicant
/// approved later hears about both. It never names reviewers, carries no scores and no password or token:
/// nothing in it signs anybody in.
domain::OutgoingMail ScreeningDecisionMail(const domain::Application& application, const std::string& recipient,
                                           const std::string& recipient_name, const std::string& programme_name,
                                           const std::string& public_url);

}  // namespace upward::service
