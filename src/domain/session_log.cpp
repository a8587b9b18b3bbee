#include "domain/session_log.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

bool IsPairSide(std::string_view side) { return side == "mentee" || side == "mentor"; }

bool IsActionItemStatus(std::string_view status) { return status == "open" || status == "done"; }

const std::vector<std::string>& InsightStatuses() {
    static const std::vector<std::string> statuses = {"planned", "tried", "adopted", "dropped"};
    return statuses;
}

bool IsInsightStatus(std::string_view status) {
    const auto& statuses = InsightStatuses();
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

std::string ValidTitle(std::string_view text, const std::string& field, std::size_t max_length) {
    const auto trimmed = Trim(text);
    if (trimmed.empty()) throw InvalidInput(field, field + " is required");
    if (trimmed.size() > max_length) {
        throw InvalidInput(field, field + " is longer than " + std::to_string(max_length) + " characters");
    }
    return std::string(trimmed);
}

std::string ValidOptionalText(std::string_view text, const std::string& field, std::size_t max_length) {
    const auto trimmed = Trim(text);
    if (trimmed.size() > max_length) {
        throw InvalidInput(field, field + " is longer than " + std::to_string(max_length) + " characters");
    }
    return std::string(trimmed);
}

std::string ValidSide(std::string_view side, const std::string& field) {
    if (!IsPairSide(side)) throw InvalidInput(field, field + " must be mentee or mentor");
    return std::string(side);
}

std::string ValidDueDate(std::string_view date, const std::string& field) {
    if (date.empty()) return "";
    if (!IsIsoDate(date)) throw InvalidInput(field, field + " must be a date written YYYY-MM-DD");
    return std::string(date);
}

std::string ValidActionItemStatus(std::string_view status, const std::string& field) {
    if (!IsActionItemStatus(status)) throw InvalidInput(field, field + " must be open or done");
    return std::string(status);
}

std::string ValidInsightStatus(std::string_view status, const std::string& field) {
    if (!IsInsightStatus(status)) throw InvalidInput(field, field + " must be planned, tried, adopted or dropped");
    return std::string(status);
}

int ValidPercent(long long percent, const std::string& field) {
    if (percent < 0 || percent > 100) throw InvalidInput(field, field + " must be a whole number from 0 to 100");
    return static_cast<int>(percent);
}

}  // namespace upward::domain
