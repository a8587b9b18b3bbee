#include "service/session_log/pair_journal_service.hpp"

#include "core/errors.hpp"
#include "service/access/pair_access.hpp"
#include "service/session_log/session_log_checks.hpp"
#include "storage/database/database.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/session_log/session_log_repository.hpp"

namespace upward::service {

namespace {

constexpr std::string_view kJournalRefusal =
    "a pair's session log is its own two people's; admins and sponsors see programme figures only";

// Everything a write needs first: the pair locked, the caller one of its two people, the pair active.
PairAccess WritablePair(storage::Connection& session, const domain::Caller& caller, long long pair_id) {
    storage::LockPair(session, pair_id);
    auto member = PairFor(session, caller, pair_id, PairUse::kOwn, kJournalRefusal);
    RequireActivePair(member.pair);
    return member;
}

std::optional<long long> CheckedOccurrence(storage::Connection& session, long long pair_id,
                                           const std::optional<long long>& occurrence_id) {
    if (occurrence_id) RequireOccurrenceOfPair(session, pair_id, *occurrence_id, "occurrence_id");
    return occurrence_id;
}

template <typename T>
T RequireOfPair(std::optional<T> found, long long pair_id, const std::string& what, long long id) {
    if (!found || found->pair_id != pair_id) {
        throw NotFound("no " + what + " " + std::to_string(id) + " in pair " + std::to_string(pair_id));
    }
    return *found;
}

}  // namespace

std::vector<domain::ActionItem> PairJournalService::ListActionItems(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    PairFor(*session, caller, pair_id, PairUse::kOwn, kJournalRefusal);
    return storage::ListActionItems(*session, pair_id);
}

domain::ActionItem PairJournalService::CreateActionItem(const domain::Caller& caller, long long pair_id,
                                                        const ActionItemInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    domain::ActionItem item;
    item.pair_id = pair_id;
    item.title = domain::ValidTitle(input.title.value_or(""), "title", kMaxTitle);
    if (!input.owner_side) throw InvalidInput("owner_side", "owner_side is required (mentee or mentor)");
    item.owner_side = domain::ValidSide(*input.owner_side, "owner_side");
    item.due_on = domain::ValidDueDate(input.due_on.value_or(""), "due_on");
    item.status = domain::ValidActionItemStatus(input.status.value_or("open"), "status");
    item.occurrence_id = CheckedOccurrence(*session, pair_id, input.occurrence_id);
    item.created_by = caller.user_id;
    item.created_at = item.updated_at = clock_.NowSeconds();
    if (item.status == "done") item.completed_at = item.created_at;
    item.id = storage::InsertActionItem(*session, item);
    transaction.Commit();
    return item;
}

domain::ActionItem PairJournalService::UpdateActionItem(const domain::Caller& caller, long long pair_id,
                                                        long long item_id, const ActionItemInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    auto item = RequireOfPair(storage::FindActionItem(*session, item_id), pair_id, "action item", item_id);
    if (input.occurrence_id) throw InvalidInput("occurrence_id", "an action item's session cannot be changed");
    if (input.title) item.title = domain::ValidTitle(*input.title, "title", kMaxTitle);
    if (input.owner_side) item.owner_side = domain::ValidSide(*input.owner_side, "owner_side");
    if (input.due_on) item.due_on = domain::ValidDueDate(*input.due_on, "due_on");
    const auto now = clock_.NowSeconds();
    if (input.status) {
        const auto status = domain::ValidActionItemStatus(*input.status, "status");
        if (status != item.status) item.completed_at = status == "done" ? std::optional<long long>(now) : std::nullopt;
        item.status = status;
    }
    item.updated_at = now;
    storage::UpdateActionItem(*session, item);
    transaction.Commit();
    return item;
}

std::vector<GoalSideProgress> PairJournalService::ListGoalProgress(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    PairFor(*session, caller, pair_id, PairUse::kOwn, kJournalRefusal);
    std::vector<GoalSideProgress> sides = {{"mentee", std::nullopt, {}}, {"mentor", std::nullopt, {}}};
    for (auto& entry : storage::ListGoalProgress(*session, pair_id)) {
        auto& side = entry.goal_side == "mentee" ? sides[0] : sides[1];
        side.current = entry;  // oldest first: the last one seen is current
        side.history.push_back(std::move(entry));
    }
    return sides;
}

domain::GoalProgressEntry PairJournalService::RecordGoalProgress(const domain::Caller& caller, long long pair_id,
                                                                 const GoalProgressInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    domain::GoalProgressEntry entry;
    entry.pair_id = pair_id;
    if (!input.goal_side) throw InvalidInput("goal_side", "goal_side is required (mentee or mentor)");
    entry.goal_side = domain::ValidSide(*input.goal_side, "goal_side");
    if (!input.percent) throw InvalidInput("percent", "percent is required (0 to 100)");
    entry.percent = domain::ValidPercent(*input.percent, "percent");
    entry.comment = domain::ValidOptionalText(input.comment.value_or(""), "comment", kMaxText);
    entry.recorded_by = caller.user_id;
    entry.recorded_at = clock_.NowSeconds();
    entry.id = storage::InsertGoalProgress(*session, entry);
    transaction.Commit();
    return entry;
}

domain::GoalProgressEntry PairJournalService::UpdateGoalProgress(const domain::Caller& caller, long long pair_id,
                                                                 long long entry_id, const GoalProgressInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    auto entry = RequireOfPair(storage::FindGoalProgress(*session, entry_id), pair_id, "goal progress entry", entry_id);
    if (input.goal_side && *input.goal_side != entry.goal_side) {
        throw InvalidInput("goal_side", "an entry's side cannot be changed: record progress for the other side");
    }
    if (input.percent) entry.percent = domain::ValidPercent(*input.percent, "percent");
    if (input.comment) entry.comment = domain::ValidOptionalText(*input.comment, "comment", kMaxText);
    storage::UpdateGoalProgress(*session, entry);
    transaction.Commit();
    return entry;
}

std::vector<domain::Insight> PairJournalService::ListInsights(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    PairFor(*session, caller, pair_id, PairUse::kOwn, kJournalRefusal);
    return storage::ListInsights(*session, pair_id);
}

domain::Insight PairJournalService::CreateInsight(const domain::Caller& caller, long long pair_id,
                                                  const InsightInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    domain::Insight insight;
    insight.pair_id = pair_id;
    insight.idea = domain::ValidTitle(input.idea.value_or(""), "idea", kMaxText);
    insight.status = domain::ValidInsightStatus(input.status.value_or("planned"), "status");
    insight.outcome_note = domain::ValidOptionalText(input.outcome_note.value_or(""), "outcome_note", kMaxText);
    insight.occurrence_id = CheckedOccurrence(*session, pair_id, input.occurrence_id);
    insight.created_by = caller.user_id;
    insight.created_at = insight.updated_at = clock_.NowSeconds();
    insight.id = storage::InsertInsight(*session, insight);
    transaction.Commit();
    return insight;
}

domain::Insight PairJournalService::UpdateInsight(const domain::Caller& caller, long long pair_id, long long insight_id,
                                                  const InsightInput& input) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritablePair(*session, caller, pair_id);
    auto insight = RequireOfPair(storage::FindInsight(*session, insight_id), pair_id, "insight", insight_id);
    if (input.occurrence_id) throw InvalidInput("occurrence_id", "an insight's session cannot be changed");
    if (input.idea) insight.idea = domain::ValidTitle(*input.idea, "idea", kMaxText);
    if (input.status) insight.status = domain::ValidInsightStatus(*input.status, "status");
    if (input.outcome_note)
        insight.outcome_note = domain::ValidOptionalText(*input.outcome_note, "outcome_note", kMaxText);
    insight.updated_at = clock_.NowSeconds();
    storage::UpdateInsight(*session, insight);
    transaction.Commit();
    return insight;
}

}  // namespace upward::service
