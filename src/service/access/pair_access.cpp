#include "service/access/pair_access.hpp"

#include "core/errors.hpp"
#include "domain/pair_agreement.hpp"
#include "service/access/programme_access.hpp"
#include "storage/database/connection.hpp"
#include "storage/matching/pair_repository.hpp"

namespace upward::service {

PairAccess PairFor(storage::Connection& session, const domain::Caller& caller, long long pair_id, PairUse use,
                   std::string_view refusal) {
    auto pair = storage::FindPair(session, pair_id);
    if (pair) {
        auto side = domain::SideInPair(*pair, caller.person_id);
        if (!side.empty()) return {std::move(*pair), std::move(side)};
        if (use == PairUse::kAdminReads && caller.IsAdmin()) return {std::move(*pair), ""};
        if (use != PairUse::kPrivate && OverseesProgramme(caller, pair->programme_id)) {
            throw Forbidden(std::string(refusal));
        }
    }
    throw NotFound("no pair with id " + std::to_string(pair_id));
}

}  // namespace upward::service
