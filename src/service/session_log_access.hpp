#pragma once

#include <string>

#include "domain/match_run.hpp"
#include "domain/roles.hpp"
#include "storage/database.hpp"

namespace upward::service {

/// A pair seen by one of its own two people, and which side they are.
struct PairMember {
    domain::Pair pair;
    std::string side;  // mentee, mentor
};

/// Who besides the pair's two people learns that the pair exists when they ask for its session log.
enum class Outsiders {
    kNotFound,   // private notes: to everyone else, admins and sponsors included, there is nothing there
    kForbidden,  // shared items: admins and sponsors are told these are the pair's own; others see nothing
};

/// The pair when the caller is its mentee or mentor. Otherwise NotFound, or Forbidden for admins and sponsors
/// when `outsiders` says so.
PairMember RequirePairMember(soci::session& session, const domain::Caller& caller, long long pair_id,
                             Outsiders outsiders);

/// Conflict unless the pair is active: the session log is written while the pair meets.
void RequireActivePair(const domain::Pair& pair);

/// Unless the occurrence exists and belongs to the pair: NotFound when it came from the path (empty `field`),
/// InvalidInput naming `field` when it came from a request body.
void RequireOccurrenceOfPair(soci::session& session, long long pair_id, long long occurrence_id,
                             const std::string& field = "");

}  // namespace upward::service
