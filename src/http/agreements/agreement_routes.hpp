#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// The pair agreement (read, draft, sign) and the enrolment funnel of a programme. Access is checked by the
/// services: a pair's own two people, admins reading, sponsors seeing funnel counts only.
void AddAgreementRoutes(Router& router, ApiServices services);

}  // namespace upward::http
