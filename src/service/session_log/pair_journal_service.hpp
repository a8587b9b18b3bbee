#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "domain/session_log.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A new action item, or the fields to change of one (unset: unchanged).
struct ActionItemInput {
    std::optional<std::string> title;
    std::optional<std::string> owner_side;
    std::optional<std::string> due_on;  // "" clears the due date
    std::optional<std::string> status;
    std::optional<long long> occurrence_id;  // creation only
};

struct GoalProgressInput {
    std::optional<std::string> goal_side;  // creation only
    std::optional<long long> percent;
    std::optional<std::string> comment;
};

struct InsightInput {
    std::optional<std::string> idea;
    std::optional<std::string> status;
    std::optional<std::string> outcome_note;
    std::optional<long long> occurrence_id;  // creation only
};

/// One side's goal progress: the latest entry is current, the history is kept (oldest first).
struct GoalSideProgress {
    std::string goal_side;
    std::optional<domain::GoalProgressEntry> current;
    std::vector<domain::GoalProgressEntry> history;
};

/// The shared part of a pair's session log: action items, goal progress and insights. Both people of the pair
/// read and write all of it (writing needs the pair active); admins and sponsors are Forbidden (they see
/// programme figures, not a pair's log), and to everyone else the pair does not exist. Fields are checked by
/// the domain rules in session_log.hpp, which name the field at fault.
class PairJournalService {
public:
    PairJournalService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    std::vector<domain::ActionItem> ListActionItems(const domain::Caller& caller, long long pair_id);
    domain::ActionItem CreateActionItem(const domain::Caller& caller, long long pair_id, const ActionItemInput& input);
    domain::ActionItem UpdateActionItem(const domain::Caller& caller, long long pair_id, long long item_id,
                                        const ActionItemInput& input);

    /// Both sides, mentee first.
    std::vector<GoalSideProgress> ListGoalProgress(const domain::Caller& caller, long long pair_id);
    domain::GoalProgressEntry RecordGoalProgress(const domain::Caller& caller, long long pair_id,
                                                 const GoalProgressInput& input);
    /// Corrects an entry's percent or comment (a typo); when it was recorded stays.
    domain::GoalProgressEntry UpdateGoalProgress(const domain::Caller& caller, long long pair_id, long long entry_id,
                                                 const GoalProgressInput& input);

    std::vector<domain::Insight> ListInsights(const domain::Caller& caller, long long pair_id);
    domain::Insight CreateInsight(const domain::Caller& caller, long long pair_id, const InsightInput& input);
    domain::Insight UpdateInsight(const domain::Caller& caller, long long pair_id, long long insight_id,
                                  const InsightInput& input);

    static constexpr std::size_t kMaxTitle = 300;
    static constexpr std::size_t kMaxText = 2000;

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
