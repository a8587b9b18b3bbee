#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace upward::matching {

/// Ranked mode input. Lists hold positions in the other side, best first.
/// A pair is acceptable only if each side lists the other and `acceptable`
/// (typically the hard rules) allows it.
struct RankedInput {
    std::vector<std::vector<std::int32_t>> mentee_ranking;
    std::vector<std::vector<std::int32_t>> mentor_ranking;
    std::vector<std::int32_t> mentor_capacity;  // empty = all 1
};

struct StableOutcome {
    std::string error;
    /// Mentor for each mentee, -1 when unmatched.
    std::vector<std::int32_t> mentee_to_mentor;
    bool ok() const { return error.empty(); }
};

/// Mentee-proposing deferred acceptance with mentor capacities. The result is
/// stable: no acceptable mentee/mentor pair would both rather have each other.
StableOutcome DeferredAcceptance(const RankedInput& input,
                                 const std::function<bool(std::int32_t, std::int32_t)>& acceptable = {});

}  // namespace upward::matching
