#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Programme health (the dashboard as JSON and each element as CSV) and the programme's corrections. Admins and
/// the programme's sponsors read; admins record and delete corrections (service::HealthService checks).
void AddHealthRoutes(Router& router, ApiServices services);

}  // namespace upward::http
