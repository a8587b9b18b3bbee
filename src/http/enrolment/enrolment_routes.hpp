#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Enrolment routes: invitations (admins invite, list, revoke; the public landing and acceptance of a token),
/// applications (members' own; admins read everyone's), ground rules and each participant's status.
void AddEnrolmentRoutes(Router& router, ApiServices services);

}  // namespace upward::http
