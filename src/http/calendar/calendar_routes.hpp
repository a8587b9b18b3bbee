#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Private calendar feeds (create, list, revoke; the public /calendar/<secret>.ics document) and a
/// participant's calendar privacy per programme. Access is checked by service::CalendarFeedService.
void AddCalendarRoutes(Router& router, ApiServices services);

}  // namespace upward::http
