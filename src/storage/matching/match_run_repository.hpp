#pragma once

#include <optional>
#include <vector>

#include "domain/match_run.hpp"
#include "storage/database/connection.hpp"
#include "storage/database/database.hpp"

namespace upward::storage {

/// Inside the caller's transaction: stores the run with its proposals and unmatched participants (bulk
/// on both backends) and returns the run's id.
long long InsertRun(Connection& session, Backend backend, const domain::MatchRun& run,
                    const std::vector<domain::Proposal>& proposals,
                    const std::vector<domain::UnmatchedParticipant>& unmatched);

std::optional<domain::MatchRun> LatestRun(Connection& session, long long programme_id);
/// In mentee order.
std::vector<domain::Proposal> LoadProposals(Connection& session, long long run_id);
/// Mentees first, then mentors, each in employee id order.
std::vector<domain::UnmatchedParticipant> LoadUnmatched(Connection& session, long long run_id);

/// Replaces the mentor and score of the mentee's proposal.
void UpdateProposal(Connection& session, long long run_id, const domain::Proposal& proposal);
void UpdateRunTotal(Connection& session, long long run_id, long long total_score);
void MarkRunPublished(Connection& session, long long run_id, long long now);

}  // namespace upward::storage
