#include "service/reporting/at_risk_service.hpp"

#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "storage/database/database.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

ProgrammeAtRisk AtRiskService::ForProgramme(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    OverseenProgramme(*session, caller, programme_id, "pairs at risk");
    ProgrammeAtRisk result;
    result.programme_id = programme_id;
    result.named = caller.IsAdmin();
    const auto pairs = storage::ListPairs(*session, programme_id);
    for (const auto& pair : pairs) {
        if (pair.status == domain::PairStatus::kActive) ++result.active_pairs;
    }
    const auto at_risk = FindPairsAtRisk(*session, programme_id, clock_.NowSeconds());
    result.count = static_cast<long long>(at_risk.size());
    // Sponsors see the figure, never which pairs: the people stay out of their answer.
    if (!result.named) return result;
    for (const auto& entry : at_risk) {
        NamedPairAtRisk named{entry, "", ""};
        for (const auto& pair : pairs) {
            if (pair.id != entry.pair_id) continue;
            named.mentee_name = pair.mentee_name;
            named.mentor_name = pair.mentor_name;
        }
        result.pairs.push_back(std::move(named));
    }
    Audit(*session, clock_, caller, "programme.pairs_at_risk.read", "programme:" + std::to_string(programme_id));
    return result;
}

}  // namespace upward::service
