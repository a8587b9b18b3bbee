#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/match_run.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

long long InsertPair(Connection& session, const domain::Pair& pair);
std::optional<domain::Pair> FindPair(Connection& session, long long id);
/// Inside a write transaction, before reading a pair to change it: later writers of the same pair wait
/// until this transaction ends, so two people acting on one pair at once never overwrite each other.
void LockPair(Connection& session, long long id);
/// The programme's pairs, oldest first; with `person` only those where they are the mentee or the mentor.
std::vector<domain::Pair> ListPairs(Connection& session, long long programme_id, const std::string& person = "");
/// Writes status, acceptances, who declined and why, and updated_at.
void UpdatePair(Connection& session, const domain::Pair& pair);
/// Writes only the status and updated_at.
void SetPairStatus(Connection& session, long long id, domain::PairStatus status, long long now);
/// Turns the run's proposals into proposed pairs, leaving out mentees who have a proposed, accepted or
/// active pair in the programme already. Returns how many pairs it created.
long long PublishRunPairs(Connection& session, long long programme_id, long long run_id, long long now);

long long InsertRequest(Connection& session, const domain::MatchRequest& request);
std::optional<domain::MatchRequest> FindRequest(Connection& session, long long id);
/// A programme's requests, oldest first; with `person`, only those they sent or received.
std::vector<domain::MatchRequest> ListRequests(Connection& session, long long programme_id,
                                               const std::string& person = "");
bool HasPendingRequest(Connection& session, long long programme_id, const std::string& mentee,
                       const std::string& mentor);
void UpdateRequest(Connection& session, const domain::MatchRequest& request);
/// Marks the mentee's other pending requests in the programme withdrawn (they have a pair now).
void WithdrawPendingRequests(Connection& session, long long programme_id, const std::string& mentee, long long now);

}  // namespace upward::storage
