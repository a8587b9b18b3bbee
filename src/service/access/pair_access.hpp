#pragma once

#include <string>
#include <string_view>

#include "domain/match_run.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// Who besides a pair's own two people may learn about it, for one kind of use.
enum class PairUse {
    kOwn,         // the pair's own business (its feedback, journal, acceptance, changes): admins and the
                  // programme's sponsors are Forbidden, everybody else gets NotFound
    kAdminReads,  // admins may read it too (sessions, the agreement); the programme's sponsors are Forbidden
    kPrivate,     // one person's private words (notes): to everybody else, admins included, nothing is there
};

/// A pair as the caller may use it. `side` is "mentee" or "mentor", or empty for an admin reading (kAdminReads).
/// The pair is returned whole: what to show of it (decline reasons) is the caller's to strip.
struct PairAccess {
    domain::Pair pair;
    std::string side;
    bool AdminReading() const { return side.empty(); }
};

/// The pair, when the caller may use it as `use` says. `refusal` is the Forbidden message for admins and the
/// programme's sponsors; a sponsor of another programme, like any outsider, gets NotFound.
PairAccess PairFor(storage::Connection& session, const domain::Caller& caller, long long pair_id, PairUse use,
                   std::string_view refusal);

}  // namespace upward::service
