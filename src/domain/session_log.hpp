#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upward::domain {

/// The shared part of a pair's session log (lifecycle stage 9): both people read and write it, nobody else
/// reads it one pair at a time. Sides are "mentee" or "mentor".

/// Something one of the two said they would do. status: open, done.
struct ActionItem {
    long long id = 0;
    long long pair_id = 0;
    std::optional<long long> occurrence_id;
    std::string title;
    std::string owner_side;
    std::string due_on;  // YYYY-MM-DD, empty when there is no due date
    std::string status = "open";
    long long created_by = 0;
    long long created_at = 0;
    long long updated_at = 0;
    std::optional<long long> completed_at;
};

/// One update of progress on one side's goals from the agreement; the history is kept, the latest is current.
struct GoalProgressEntry {
    long long id = 0;
    long long pair_id = 0;
    std::string goal_side;
    int percent = 0;
    std::string comment;
    long long recorded_by = 0;
    long long recorded_at = 0;
};

/// An idea the senior takes away and what they did about it. status: planned, tried, adopted, dropped.
struct Insight {
    long long id = 0;
    long long pair_id = 0;
    std::optional<long long> occurrence_id;
    std::string idea;
    std::string status = "planned";
    std::string outcome_note;
    long long created_by = 0;
    long long created_at = 0;
    long long updated_at = 0;
};

bool IsPairSide(std::string_view side);
bool IsActionItemStatus(std::string_view status);
bool IsInsightStatus(std::string_view status);
/// The insight statuses in pipeline order, for clients and messages.
const std::vector<std::string>& InsightStatuses();

// Checks that throw InvalidInput naming `field`; each returns the value to store (trimmed text).
std::string ValidTitle(std::string_view text, const std::string& field, std::size_t max_length);
std::string ValidOptionalText(std::string_view text, const std::string& field, std::size_t max_length);
std::string ValidSide(std::string_view side, const std::string& field);
std::string ValidDueDate(std::string_view date, const std::string& field);
std::string ValidActionItemStatus(std::string_view status, const std::string& field);
std::string ValidInsightStatus(std::string_view status, const std::string& field);
int ValidPercent(long long percent, const std::string& field);

}  // namespace upward::domain
