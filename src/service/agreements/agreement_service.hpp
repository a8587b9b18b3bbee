#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/match_run.hpp"
#include "domain/pair_agreement.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A pair's agreement as its reader sees it: the pair (without private fields for participants), the
/// agreement (version 0 holds the programme's defaults until someone drafts it) and the programme's topic
/// catalogue to choose the topics in scope from.
struct AgreementView {
    domain::Pair pair;
    domain::PairAgreement agreement;
    std::vector<std::string> catalogue;
};

/// The pair agreement (lifecycle stage 7): once both people accepted a pair, either of them drafts and edits
/// the agreement; each signs the version they read; when both signed the same version the pair is active
/// and both are told by email.
///
/// The pair's mentee and mentor read, edit and sign it. Admins read every agreement (audited) but neither
/// edit nor sign one: it is the pair's own (Forbidden). Sponsors never read one (Forbidden). To anyone else
/// the pair does not exist (NotFound).
class AgreementService {
public:
    /// `public_url` is where people open the web UI, for the link in the activation email.
    AgreementService(storage::Database& database, const Clock& clock, std::string public_url)
        : database_(database), clock_(clock), public_url_(std::move(public_url)) {}

    AgreementView Get(const domain::Caller& caller, long long pair_id);

    /// Saves new terms (see domain::ValidTerms for the rules and the fields they name) as the next version and
    /// clears both signatures. Conflict unless the pair is accepted (proposed: not both accepted yet; active:
    /// the signed agreement is final), and when `based_on_version` is given and is no longer the current one
    /// (someone else saved in between).
    AgreementView Save(const domain::Caller& caller, long long pair_id, domain::AgreementTerms terms,
                       std::optional<int> based_on_version);

    /// Signs `version` as the caller's side. Conflict when nothing is drafted yet, when `version` is not the
    /// current one (stale: read it again), or when the pair is not accepted. Signing again is harmless. The
    /// second signature makes the pair active and queues the email to both ("pair-active:<id>:<side>").
    AgreementView Sign(const domain::Caller& caller, long long pair_id, int version);

private:
    storage::Database& database_;
    const Clock& clock_;
    std::string public_url_;
};

}  // namespace upward::service
