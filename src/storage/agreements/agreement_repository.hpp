#pragma once

#include <optional>

#include "domain/pair_agreement.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// The pair's agreement as last saved, or nullopt when nobody drafted one yet.
std::optional<domain::PairAgreement> FindAgreement(Connection& session, long long pair_id);

/// Writes every field of the agreement (terms, version, who saved it and the signatures), inserting the row
/// the first time. Call with the pair locked (storage::LockPair) inside the caller's transaction.
void SaveAgreement(Connection& session, const domain::PairAgreement& agreement);

}  // namespace upward::storage
