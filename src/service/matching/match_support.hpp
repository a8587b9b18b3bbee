#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/programme.hpp"
#include "domain/roles.hpp"
#include "service/matching/match_pool.hpp"
#include "service/matching/matching_service.hpp"
#include "service/storage_handles.hpp"

// What MatchingService's use cases share: the rules for a handful of people without reading the whole directory.

namespace upward::service {

/// The profile of `employee_id` on `side`; InvalidInput naming `field` when there is none.
domain::MatchProfile ProfileOnSide(storage::Connection& session, long long programme_id, const std::string& employee_id,
                                   domain::Side side, const std::string& field);

/// A pool of just these profiles, with the directory read along their manager chains.
MatchPool SmallPool(storage::Connection& session, const domain::Programme& programme,
                    const std::vector<domain::MatchProfile>& profiles);

/// The first hard rule the pool's pair breaks, forbids included.
PairCheck CheckPoolPair(storage::Connection& session, const MatchPool& pool, long long programme_id,
                        const std::string& mentee, const std::string& mentor);

/// Proposed, accepted and active pairs of the programme: which mentees are taken and how many places each mentor gives.
PoolOptions SettledPairs(storage::Connection& session, long long programme_id);

}  // namespace upward::service
