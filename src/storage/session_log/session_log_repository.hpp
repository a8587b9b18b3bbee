#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/at_risk.hpp"
#include "domain/session_log.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// The pair an occurrence belongs to; nullopt when there is no such occurrence.
std::optional<long long> OccurrencePair(Connection& session, long long occurrence_id);

/// A private note as stored: only ciphertext (see service/notes_cipher.hpp).
struct StoredNote {
    std::string key_id;
    std::string nonce;
    std::string ciphertext;
    long long created_at = 0;
    long long updated_at = 0;
};
std::optional<StoredNote> FindNote(Connection& session, long long occurrence_id, long long author_user_id);
/// Inserts the author's note of the occurrence or replaces it (keeping created_at).
void SaveNote(Connection& session, long long occurrence_id, long long author_user_id, const StoredNote& note);
/// True when there was a note to delete.
bool DeleteNote(Connection& session, long long occurrence_id, long long author_user_id);

long long InsertActionItem(Connection& session, const domain::ActionItem& item);
std::optional<domain::ActionItem> FindActionItem(Connection& session, long long id);
void UpdateActionItem(Connection& session, const domain::ActionItem& item);
/// Open items first (by due date, undated last), then done ones.
std::vector<domain::ActionItem> ListActionItems(Connection& session, long long pair_id);

long long InsertGoalProgress(Connection& session, const domain::GoalProgressEntry& entry);
std::optional<domain::GoalProgressEntry> FindGoalProgress(Connection& session, long long id);
void UpdateGoalProgress(Connection& session, const domain::GoalProgressEntry& entry);
/// Oldest first.
std::vector<domain::GoalProgressEntry> ListGoalProgress(Connection& session, long long pair_id);

long long InsertInsight(Connection& session, const domain::Insight& insight);
std::optional<domain::Insight> FindInsight(Connection& session, long long id);
void UpdateInsight(Connection& session, const domain::Insight& insight);
/// Newest first.
std::vector<domain::Insight> ListInsights(Connection& session, long long pair_id);

/// The programme's at_risk_weeks, or nullopt when it has no session policy (the default applies).
std::optional<int> AtRiskWeeks(Connection& session, long long programme_id);
/// When the pair became active: its agreement's second signature (nullopt without a signed agreement).
std::optional<long long> PairActivatedAt(Connection& session, long long pair_id);
/// Occurrences that started before `now`.
std::vector<domain::AtRiskFacts::Occurrence> PastOccurrences(Connection& session, long long pair_id, long long now);
/// The pair's pulses, dated by the start of their occurrence.
std::vector<domain::AtRiskFacts::Pulse> PairPulses(Connection& session, long long pair_id);

}  // namespace upward::storage
