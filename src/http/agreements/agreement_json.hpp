#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "domain/pair_agreement.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/reporting/funnel_service.hpp"

// The pair agreement's and the enrolment funnel's representations.
namespace upward::http {

nlohmann::json ToJson(const service::AgreementView& view);
nlohmann::json ToJson(const service::ProgrammeFunnel& funnel);

/// The terms of a PUT of the agreement, and the version they were based on when the client sent one.
/// InvalidInput names the missing, mistyped or unknown member.
struct AgreementEdit {
    domain::AgreementTerms terms;
    std::optional<int> based_on_version;
};
AgreementEdit AgreementEditFromJson(const nlohmann::json& body);

/// The version a sign request signs (required); InvalidInput naming `version` otherwise.
int SignedVersionFromJson(const nlohmann::json& body);

}  // namespace upward::http
