#pragma once

#include <string>

#include "domain/match_run.hpp"
#include "domain/pair_agreement.hpp"
#include "domain/records/mail_records.hpp"

namespace upward::service {

/// The message telling one person of a pair that both signed their agreement and the pair is active.
/// `dedupe_key` is "pair-active:<pair id>:<side>", one message per person per pair however often it is asked.
/// It carries names, the programme, the agreed cadence and topics and a link to the pair's page; never a
/// password or a token (nothing in this message signs anybody in).
domain::OutgoingMail PairActiveMail(const domain::Pair& pair, const std::string& side, const std::string& recipient,
                                    const std::string& recipient_name, const std::string& other_name,
                                    const std::string& programme_name, const domain::AgreementTerms& terms,
                                    const std::string& public_url);

}  // namespace upward::service
