#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "domain/match_run.hpp"
#include "storage/database.hpp"

namespace upward::storage {

/// Inside the caller's transaction: stores the run with its proposals and unmatched participants (bulk
/// on both backends) and returns the run's id.
long long InsertRun(soci::session& session, Backend backend, const domain::MatchRun& run,
                    const std::vector<domain::Proposal>& proposals,
                    const std::vector<domain::UnmatchedParticipant>& unmatched);

std::optional<domain::MatchRun> LatestRun(soci::session& session, long long programme_id);
/// In mentee order.
std::vector<domain::Proposal> LoadProposals(soci::session& session, long long run_id);
/// Mentees first, then mentors, each in employee id order.
std::vector<domain::UnmatchedParticipant> LoadUnmatched(soci::session& session, long long run_id);

/// Replaces the mentor and score of the mentee's proposal.
void UpdateProposal(soci::session& session, long long run_id, const domain::Proposal& proposal);
void UpdateRunTotal(soci::session& session, long long run_id, long long total_score);
void MarkRunPublished(soci::session& session, long long run_id, long long now);

}  // namespace upward::storage
