#include "storage/session_log/session_log_repository.hpp"

#include <algorithm>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// Indicators must be lvalues that outlive the statement.
struct OptionalId {
    explicit OptionalId(const std::optional<long long>& id)
        : value(id.value_or(0)), indicator(id ? soci::i_ok : soci::i_null) {}
    long long value;
    soci::indicator indicator;
};

constexpr const char* kActionItemSelect =
    "SELECT id, pair_id, occurrence_id, title, owner_side, due_on, status, created_by, created_at, updated_at, "
    "completed_at FROM action_items";

domain::ActionItem ReadActionItem(const soci::row& row) {
    domain::ActionItem item;
    item.id = IntColumn(row, "id");
    item.pair_id = IntColumn(row, "pair_id");
    item.occurrence_id = OptionalIntColumn(row, "occurrence_id");
    item.title = TextColumn(row, "title");
    item.owner_side = TextColumn(row, "owner_side");
    item.due_on = TextColumn(row, "due_on");
    item.status = TextColumn(row, "status");
    item.created_by = IntColumn(row, "created_by");
    item.created_at = IntColumn(row, "created_at");
    item.updated_at = IntColumn(row, "updated_at");
    item.completed_at = OptionalIntColumn(row, "completed_at");
    return item;
}

constexpr const char* kGoalSelect =
    "SELECT id, pair_id, goal_side, percent, comment, recorded_by, recorded_at FROM goal_progress";

domain::GoalProgressEntry ReadGoal(const soci::row& row) {
    domain::GoalProgressEntry entry;
    entry.id = IntColumn(row, "id");
    entry.pair_id = IntColumn(row, "pair_id");
    entry.goal_side = TextColumn(row, "goal_side");
    entry.percent = static_cast<int>(IntColumn(row, "percent"));
    entry.comment = TextColumn(row, "comment");
    entry.recorded_by = IntColumn(row, "recorded_by");
    entry.recorded_at = IntColumn(row, "recorded_at");
    return entry;
}

constexpr const char* kInsightSelect =
    "SELECT id, pair_id, occurrence_id, idea, status, outcome_note, created_by, created_at, updated_at FROM insights";

domain::Insight ReadInsight(const soci::row& row) {
    domain::Insight insight;
    insight.id = IntColumn(row, "id");
    insight.pair_id = IntColumn(row, "pair_id");
    insight.occurrence_id = OptionalIntColumn(row, "occurrence_id");
    insight.idea = TextColumn(row, "idea");
    insight.status = TextColumn(row, "status");
    insight.outcome_note = TextColumn(row, "outcome_note");
    insight.created_by = IntColumn(row, "created_by");
    insight.created_at = IntColumn(row, "created_at");
    insight.updated_at = IntColumn(row, "updated_at");
    return insight;
}

template <typename T, typename Read>
std::vector<T> ReadAll(Connection& session, const std::string& sql, long long id, Read read) {
    std::vector<T> items;
    soci::rowset<soci::row> rows = (session.prepare << sql, soci::use(id, "id"));
    for (const auto& row : rows) items.push_back(read(row));
    return items;
}

template <typename T, typename Read>
std::optional<T> ReadOne(Connection& session, const std::string& sql, long long id, Read read) {
    auto items = ReadAll<T>(session, sql, id, read);
    if (items.empty()) return std::nullopt;
    return items.front();
}

}  // namespace

std::optional<long long> OccurrencePair(Connection& session, long long occurrence_id) {
    long long pair_id = 0;
    soci::indicator indicator = soci::i_null;
    session << "SELECT pair_id FROM session_occurrences WHERE id = :id", soci::use(occurrence_id),
        soci::into(pair_id, indicator);
    if (!session.got_data() || indicator != soci::i_ok) return std::nullopt;
    return pair_id;
}

std::optional<StoredNote> FindNote(Connection& session, long long occurrence_id, long long author_user_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT key_id, nonce, ciphertext, created_at, updated_at FROM session_notes "
                            "WHERE occurrence_id = :o AND author_user_id = :a",
         soci::use(occurrence_id, "o"), soci::use(author_user_id, "a"));
    for (const auto& row : rows) {
        return StoredNote{TextColumn(row, "key_id"), TextColumn(row, "nonce"), TextColumn(row, "ciphertext"),
                          IntColumn(row, "created_at"), IntColumn(row, "updated_at")};
    }
    return std::nullopt;
}

void SaveNote(Connection& session, long long occurrence_id, long long author_user_id, const StoredNote& note) {
    session << "INSERT INTO session_notes (occurrence_id, author_user_id, key_id, nonce, ciphertext, created_at, "
               "updated_at) VALUES (:o, :a, :k, :n, :c, :created, :updated) "
               "ON CONFLICT (occurrence_id, author_user_id) DO UPDATE SET key_id = excluded.key_id, "
               "nonce = excluded.nonce, ciphertext = excluded.ciphertext, updated_at = excluded.updated_at",
        soci::use(occurrence_id, "o"), soci::use(author_user_id, "a"), soci::use(note.key_id, "k"),
        soci::use(note.nonce, "n"), soci::use(note.ciphertext, "c"), soci::use(note.created_at, "created"),
        soci::use(note.updated_at, "updated");
}

bool DeleteNote(Connection& session, long long occurrence_id, long long author_user_id) {
    soci::statement statement =
        (session.prepare << "DELETE FROM session_notes WHERE occurrence_id = :o AND author_user_id = :a",
         soci::use(occurrence_id, "o"), soci::use(author_user_id, "a"));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

long long InsertActionItem(Connection& session, const domain::ActionItem& item) {
    OptionalId occurrence(item.occurrence_id);
    OptionalId completed(item.completed_at);
    soci::indicator due_indicator = NullIfEmpty(item.due_on);
    long long id = 0;
    session << "INSERT INTO action_items (pair_id, occurrence_id, title, owner_side, due_on, status, created_by, "
               "created_at, updated_at, completed_at) VALUES (:pair, :occurrence, :title, :owner, :due, :status, "
               ":by, :created, :updated, :completed) RETURNING id",
        soci::use(item.pair_id), soci::use(occurrence.value, occurrence.indicator), soci::use(item.title),
        soci::use(item.owner_side), soci::use(item.due_on, due_indicator), soci::use(item.status),
        soci::use(item.created_by), soci::use(item.created_at), soci::use(item.updated_at),
        soci::use(completed.value, completed.indicator), soci::into(id);
    return id;
}

std::optional<domain::ActionItem> FindActionItem(Connection& session, long long id) {
    return ReadOne<domain::ActionItem>(session, std::string(kActionItemSelect) + " WHERE id = :id", id, ReadActionItem);
}

void UpdateActionItem(Connection& session, const domain::ActionItem& item) {
    OptionalId completed(item.completed_at);
    soci::indicator due_indicator = NullIfEmpty(item.due_on);
    session << "UPDATE action_items SET title = :title, owner_side = :owner, due_on = :due, status = :status, "
               "updated_at = :updated, completed_at = :completed WHERE id = :id",
        soci::use(item.title), soci::use(item.owner_side), soci::use(item.due_on, due_indicator),
        soci::use(item.status), soci::use(item.updated_at), soci::use(completed.value, completed.indicator),
        soci::use(item.id);
}

std::vector<domain::ActionItem> ListActionItems(Connection& session, long long pair_id) {
    return ReadAll<domain::ActionItem>(session,
                                       std::string(kActionItemSelect) +
                                           " WHERE pair_id = :id ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, "
                                           "CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id",
                                       pair_id, ReadActionItem);
}

long long InsertGoalProgress(Connection& session, const domain::GoalProgressEntry& entry) {
    long long id = 0;
    session << "INSERT INTO goal_progress (pair_id, goal_side, percent, comment, recorded_by, recorded_at) "
               "VALUES (:pair, :side, :percent, :comment, :by, :at) RETURNING id",
        soci::use(entry.pair_id), soci::use(entry.goal_side), soci::use(entry.percent), soci::use(entry.comment),
        soci::use(entry.recorded_by), soci::use(entry.recorded_at), soci::into(id);
    return id;
}

std::optional<domain::GoalProgressEntry> FindGoalProgress(Connection& session, long long id) {
    return ReadOne<domain::GoalProgressEntry>(session, std::string(kGoalSelect) + " WHERE id = :id", id, ReadGoal);
}

void UpdateGoalProgress(Connection& session, const domain::GoalProgressEntry& entry) {
    session << "UPDATE goal_progress SET percent = :percent, comment = :comment WHERE id = :id",
        soci::use(entry.percent), soci::use(entry.comment), soci::use(entry.id);
}

std::vector<domain::GoalProgressEntry> ListGoalProgress(Connection& session, long long pair_id) {
    return ReadAll<domain::GoalProgressEntry>(
        session, std::string(kGoalSelect) + " WHERE pair_id = :id ORDER BY recorded_at, id", pair_id, ReadGoal);
}

long long InsertInsight(Connection& session, const domain::Insight& insight) {
    OptionalId occurrence(insight.occurrence_id);
    long long id = 0;
    session << "INSERT INTO insights (pair_id, occurrence_id, idea, status, outcome_note, created_by, created_at, "
               "updated_at) VALUES (:pair, :occurrence, :idea, :status, :note, :by, :created, :updated) RETURNING id",
        soci::use(insight.pair_id), soci::use(occurrence.value, occurrence.indicator), soci::use(insight.idea),
        soci::use(insight.status), soci::use(insight.outcome_note), soci::use(insight.created_by),
        soci::use(insight.created_at), soci::use(insight.updated_at), soci::into(id);
    return id;
}

std::optional<domain::Insight> FindInsight(Connection& session, long long id) {
    return ReadOne<domain::Insight>(session, std::string(kInsightSelect) + " WHERE id = :id", id, ReadInsight);
}

void UpdateInsight(Connection& session, const domain::Insight& insight) {
    session << "UPDATE insights SET idea = :idea, status = :status, outcome_note = :note, updated_at = :updated "
               "WHERE id = :id",
        soci::use(insight.idea), soci::use(insight.status), soci::use(insight.outcome_note),
        soci::use(insight.updated_at), soci::use(insight.id);
}

std::vector<domain::Insight> ListInsights(Connection& session, long long pair_id) {
    return ReadAll<domain::Insight>(
        session, std::string(kInsightSelect) + " WHERE pair_id = :id ORDER BY created_at DESC, id DESC", pair_id,
        ReadInsight);
}

std::optional<int> AtRiskWeeks(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT at_risk_weeks FROM session_policies WHERE programme_id = :id",
         soci::use(programme_id, "id"));
    for (const auto& row : rows) return static_cast<int>(IntColumn(row, "at_risk_weeks"));
    return std::nullopt;
}

std::optional<long long> PairActivatedAt(Connection& session, long long pair_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT mentee_signed_at, mentor_signed_at FROM pair_agreements WHERE pair_id = :id",
         soci::use(pair_id, "id"));
    for (const auto& row : rows) {
        const auto mentee = OptionalIntColumn(row, "mentee_signed_at");
        const auto mentor = OptionalIntColumn(row, "mentor_signed_at");
        if (!mentee || !mentor) return std::nullopt;
        return std::max(*mentee, *mentor);
    }
    return std::nullopt;
}

std::vector<domain::AtRiskFacts::Occurrence> PastOccurrences(Connection& session, long long pair_id, long long now) {
    std::vector<domain::AtRiskFacts::Occurrence> occurrences;
    soci::rowset<soci::row> rows = (session.prepare << "SELECT starts_at, status, outcome FROM session_occurrences "
                                                       "WHERE pair_id = :id AND starts_at <= :now ORDER BY starts_at",
                                    soci::use(pair_id, "id"), soci::use(now, "now"));
    for (const auto& row : rows) {
        occurrences.push_back(
            {IntColumn(row, "starts_at"), TextColumn(row, "status") == "cancelled", TextColumn(row, "outcome")});
    }
    return occurrences;
}

std::vector<domain::AtRiskFacts::Pulse> PairPulses(Connection& session, long long pair_id) {
    std::vector<domain::AtRiskFacts::Pulse> pulses;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT p.side, o.starts_at, p.usefulness FROM session_pulses p "
                            "JOIN session_occurrences o ON o.id = p.occurrence_id WHERE p.pair_id = :id",
         soci::use(pair_id, "id"));
    for (const auto& row : rows) {
        pulses.push_back(
            {TextColumn(row, "side"), IntColumn(row, "starts_at"), static_cast<int>(IntColumn(row, "usefulness"))});
    }
    return pulses;
}

}  // namespace upward::storage
