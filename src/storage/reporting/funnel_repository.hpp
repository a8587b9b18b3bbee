#pragma once

#include <string>
#include <vector>

#include "domain/funnel.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// What the enrolment tables say about everybody the programme knows, one entry per person and side:
/// invitations (revoked ones left out), memberships of linked accounts, applications, training passes,
/// ground-rule acknowledgements and pairs that hold a place. A fixed number of queries, whatever the size.
///
/// `rules_digest` is the digest of the programme's current ground rules (empty when it has none: nothing to
/// acknowledge); `approval_required` whether mentors are screened; `now` decides which pending invitations have
/// expired. A role without current training modules has no training to pass.
std::vector<domain::FunnelFacts> LoadFunnelFacts(Connection& session, long long programme_id,
                                                 const std::string& rules_digest, bool approval_required,
                                                 long long now);

}  // namespace upward::storage
