#include "service/reporting/funnel_service.hpp"

#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "storage/database/database.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/reporting/funnel_repository.hpp"

namespace upward::service {

ProgrammeFunnel FunnelService::Funnel(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    const auto programme = OverseenProgramme(*session, caller, programme_id, "funnel");
    const auto facts = storage::LoadFunnelFacts(*session, programme_id, GroundRulesDigest(programme),
                                                programme.require_mentor_approval, clock_.NowSeconds());
    ProgrammeFunnel funnel;
    funnel.programme_id = programme_id;
    funnel.named = caller.IsAdmin();
    for (const auto side : {domain::Side::kMentor, domain::Side::kMentee}) {
        auto counted = domain::BuildSideFunnel(side, facts);
        if (!funnel.named) {
            // Sponsors see aggregates only: the figures stay, the people go.
            for (auto& step : counted.steps) step.people.clear();
        }
        funnel.sides.push_back(std::move(counted));
    }
    if (funnel.named)
        Audit(*session, clock_, caller, "programme.funnel.read", "programme:" + std::to_string(programme_id));
    return funnel;
}

}  // namespace upward::service
