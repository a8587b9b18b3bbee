#pragma once

#include "http/api.hpp"

namespace upward::http {

/// Blocked time: a pair's sessions (read, move the series, move or cancel one, attendance) and the
/// programme's session policy.
void AddSessionRoutes(Router& router, ApiServices services);

}  // namespace upward::http
