#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// A programme's outcomes (retention, learning, mentor growth, insights) as JSON and as a CSV export, for admins
/// and sponsors, under the programme's anonymity threshold.
void AddOutcomesRoutes(Router& router, ApiServices services);

}  // namespace upward::http
