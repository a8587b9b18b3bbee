#pragma once

#include <string>

#include "domain/match_run.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// Conflict unless the pair is active: the session log is written while the pair meets.
void RequireActivePair(const domain::Pair& pair);

/// Unless the occurrence exists and belongs to the pair: NotFound when it came from the path (empty `field`),
/// InvalidInput naming `field` when it came from a request body.
void RequireOccurrenceOfPair(storage::Connection& session, long long pair_id, long long occurrence_id,
                             const std::string& field = "");

}  // namespace upward::service
