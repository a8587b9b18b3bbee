#pragma once

#include "http/api.hpp"
#include "http/router.hpp"

namespace upward::http {

/// Pulses after held sessions, the mid-point and closing surveys (the admin's editing, the participants'
/// answers), the ratings released to each person and the aggregates admins and sponsors see. The services
/// check who may see what (service/feedback_release_service.hpp states the release and anonymity rules).
void AddFeedbackRoutes(Router& router, ApiServices services);

}  // namespace upward::http
