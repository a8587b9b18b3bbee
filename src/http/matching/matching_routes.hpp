#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Matching routes: profiles, runs, pins, forbids, swaps, publishing, pairs, self-selected requests and
/// recommendations, and rankings. Admin-only routes say so in their Access; the service checks relations
/// (a participant's own programme, pair and request).
void AddMatchingRoutes(Router& router, ApiServices services);

}  // namespace upward::http
