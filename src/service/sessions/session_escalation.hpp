#pragma once

#include <vector>

#include "storage/database/connection.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::service {

/// After a cancellation or a settled attendance of `pair_id`: when the senior's misses (cancellations by the
/// mentee, sessions missed by the mentee) reach the programme's thresholds (session_policies; defaults 2 in a
/// row, 3 in total), writes a session_escalations row and emails every sponsor of the programme the counts
/// only, never notes or reasons. Once per run of consecutive misses (keyed by the run's first miss) and once
/// per pair for the total. Inside the caller's transaction. Returns the escalations it wrote.
std::vector<storage::SessionEscalation> EscalateMissesIfDue(storage::Connection& session, long long pair_id,
                                                            long long now);

}  // namespace upward::service
