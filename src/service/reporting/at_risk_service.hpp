#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "service/reporting/pairs_at_risk.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A pair at risk with its people's names from the directory (empty when someone left it).
struct NamedPairAtRisk {
    PairAtRisk pair;
    std::string mentee_name;
    std::string mentor_name;
};

/// A programme's pairs at risk as the caller may see them: admins every pair with names and reasons
/// (`named`), sponsors the count alone.
struct ProgrammeAtRisk {
    long long programme_id = 0;
    long long active_pairs = 0;
    long long count = 0;
    bool named = false;
    std::vector<NamedPairAtRisk> pairs;
};

class AtRiskService {
public:
    AtRiskService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    /// Forbidden for participants; NotFound for an unknown programme. Admin reads are audited.
    ProgrammeAtRisk ForProgramme(const domain::Caller& caller, long long programme_id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
