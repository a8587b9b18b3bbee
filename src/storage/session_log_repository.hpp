#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/at_risk.hpp"
#include "domain/session_log.hpp"

namespace upward::storage {

/// The pair an occurrence belongs to; nullopt when there is no such occurrence.
std::optional<long long> OccurrencePair(soci::session& session, long long occurrence_id);

/// A private note as stored: only ciphertext (see service/notes_cipher.hpp).
struct StoredNote {
    std::string key_id;
    std::string nonce;
    std::string ciphertext;
    long long created_at = 0;
    long long updated_at = 0;
};
std::optional<StoredNote> FindNote(soci::session& session, long long occurrence_id, long long author_user_id);
/// Inserts the author's note of the occurrence or replaces it (keeping created_at).
void SaveNote(soci::session& session, long long occurrence_id, long long author_user_id, const StoredNote& note);
/// True when there was a note to delete.
bool DeleteNote(soci::session& session, long long occurrence_id, long long author_user_id);

long long InsertActionItem(soci::session& session, const domain::ActionItem& item);
std::optional<domain::ActionItem> FindActionItem(soci::session& session, long long id);
void UpdateActionItem(soci::session& session, const domain::ActionItem& item);
/// Open items first (by due date, undated last), then done ones.
std::vector<domain::ActionItem> ListActionItems(soci::session& session, long long pair_id);

long long InsertGoalProgress(soci::session& session, const domain::GoalProgressEntry& entry);
std::optional<domain::GoalProgressEntry> FindGoalProgress(soci::session& session, long long id);
void UpdateGoalProgress(soci::session& session, const domain::GoalProgressEntry& entry);
/// Oldest first.
std::vector<domain::GoalProgressEntry> ListGoalProgress(soci::session& session, long long pair_id);

long long InsertInsight(soci::session& session, const domain::Insight& insight);
std::optional<domain::Insight> FindInsight(soci::session& session, long long id);
void UpdateInsight(soci::session& session, const domain::Insight& insight);
/// Newest first.
std::vector<domain::Insight> ListInsights(soci::session& session, long long pair_id);

/// The programme's at_risk_weeks, or nullopt when it has no session policy (the default applies).
std::optional<int> AtRiskWeeks(soci::session& session, long long programme_id);
/// When the pair became active: its agreement's second signature (nullopt without a signed agreement).
std::optional<long long> PairActivatedAt(soci::session& session, long long pair_id);
/// Occurrences that started before `now`.
std::vector<domain::AtRiskFacts::Occurrence> PastOccurrences(soci::session& session, long long pair_id, long long now);
/// The pair's pulses, dated by the start of their occurrence.
std::vector<domain::AtRiskFacts::Pulse> PairPulses(soci::session& session, long long pair_id);

}  // namespace upward::storage
