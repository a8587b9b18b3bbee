#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/match_run.hpp"
#include "domain/programme.hpp"

namespace upward::domain {

/// What a pair's two people write down together once both accepted: goals for each of them (the learning
/// goes both ways), the topics in scope (advice stays within them), how often they meet and the
/// confidentiality statement both acknowledge.
struct AgreementTerms {
    std::string mentee_goals;
    std::string mentor_goals;
    std::vector<std::string> topics;
    int cadence_days = 14;
    std::string confidentiality_statement;
};

/// The stored agreement of a pair. `version` counts the edits; a signature is for one version, so any edit
/// clears both (they always sign the same text).
struct PairAgreement {
    long long pair_id = 0;
    AgreementTerms terms;
    int version = 0;  // 0: nothing drafted yet (the terms are the programme's defaults)
    long long updated_by = 0;
    long long updated_at = 0;
    std::optional<long long> mentee_signed_at;
    std::optional<long long> mentor_signed_at;

    bool Drafted() const { return version > 0; }
    bool SignedByBoth() const { return mentee_signed_at.has_value() && mentor_signed_at.has_value(); }
};

/// The longest goals and statement text accepted, in bytes.
constexpr std::size_t kMaxAgreementText = 4000;

/// The starting point before anyone drafted: the programme's cadence and confidentiality policy, and the
/// topics both people named (what the mentee wants to learn that the mentor teaches) when they are in the
/// programme's catalogue.
AgreementTerms DefaultTerms(const Programme& programme, const std::vector<std::string>& shared_topics);

/// Throws InvalidInput naming the first field that breaks a rule: mentee_goals and mentor_goals (required,
/// at most kMaxAgreementText), topics (at least one when the catalogue has any) and topics[i] (in the
/// programme's catalogue, not twice), cadence_days (1 to 92, as the programme's own), confidentiality_statement
/// (required, at most kMaxAgreementText). Trims the texts it keeps.
AgreementTerms ValidTerms(AgreementTerms terms, const Programme& programme);

/// Who the caller is in the pair: "mentee", "mentor", or empty when neither.
std::string SideInPair(const Pair& pair, const std::string& person_id);

}  // namespace upward::domain
