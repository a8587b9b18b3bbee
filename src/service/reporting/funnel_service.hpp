#pragma once

#include <vector>

#include "core/clock.hpp"
#include "domain/funnel.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A programme's enrolment funnel, mentors and mentees side by side. `named` is false for sponsors: the
/// counts are there, every list of people is empty.
struct ProgrammeFunnel {
    long long programme_id = 0;
    bool named = true;
    std::vector<domain::SideFunnel> sides;  // mentors first, then mentees
};

/// Who is where between invitation and a signed agreement, and what blocks them next (lifecycle stages 3–7).
/// Admins see the people at each step (the read is audited); sponsors see the counts only; everybody else is
/// Forbidden. A programme that does not exist is NotFound.
class FunnelService {
public:
    FunnelService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    ProgrammeFunnel Funnel(const domain::Caller& caller, long long programme_id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
