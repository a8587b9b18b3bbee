#pragma once

#include <optional>
#include <string>
#include <vector>

#include "service/storage_handles.hpp"

namespace upward::service {

/// Why a pair looks like it is withering. code: no_recent_session (nothing held for the programme's
/// at_risk_weeks), repeated_cancellations, stalled_goals, declining_pulses; text says it for a person.
struct AtRiskReason {
    std::string code;
    std::string text;
};

struct PairAtRisk {
    long long pair_id = 0;
    std::string mentee;  // employee ids
    std::string mentor;
    std::optional<long long> last_held_at;
    std::vector<AtRiskReason> reasons;
};

/// The programme's active pairs that are at risk at `now`, each with every reason that applies.
/// No access check: callers decide who may see it (admins in full, sponsors as a count).
std::vector<PairAtRisk> FindPairsAtRisk(storage::Connection& session, long long programme_id, long long now);

}  // namespace upward::service
