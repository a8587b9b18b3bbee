#pragma once

#include "http/api.hpp"

namespace upward::http {

/// Private notes per session, a pair's action items, goal progress and insights, and a programme's pairs at
/// risk (lifecycle stage 9).
void AddSessionLogRoutes(Router& router, ApiServices services);

}  // namespace upward::http
