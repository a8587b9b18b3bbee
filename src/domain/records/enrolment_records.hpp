#pragma once

// Filters over applications and over the people an admin invites. Plain data: storage returns it, services pass it up,
// http renders it.

#include <optional>
#include <string>

#include "domain/application.hpp"
#include "domain/person.hpp"

namespace upward::domain {

struct ApplicationFilter {
    std::optional<Side> side;
    std::optional<ApplicationStatus> status;
};

/// Whom an admin invites by filter: active people (not left) within a grade range, department and location.
/// Empty text and absent bounds do not filter.
struct InviteeFilter {
    std::optional<long long> grade_min;
    std::optional<long long> grade_max;
    std::string department;
    std::string location;
};

}  // namespace upward::domain
