#include "domain/session.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

std::string FormatReminderMinutes(const std::vector<int>& minutes) {
    std::string text;
    for (const auto value : minutes) {
        if (!text.empty()) text += ';';
        text += std::to_string(value);
    }
    return text;
}

std::vector<int> ParseReminderMinutes(const std::string& text) {
    std::vector<int> minutes;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        auto end = text.find(';', begin);
        if (end == std::string::npos) end = text.size();
        const auto value = ParseInteger(Trim(std::string_view(text).substr(begin, end - begin)));
        if (value && *value > 0 && *value <= std::numeric_limits<int>::max()) {
            minutes.push_back(static_cast<int>(*value));
        }
        begin = end + 1;
    }
    return minutes;
}

SessionPolicy ValidPolicy(SessionPolicy policy) {
    auto& reminders = policy.reminder_minutes;
    if (reminders.empty() || reminders.size() > 5) {
        throw InvalidInput("reminder_minutes", "reminder_minutes lists 1 to 5 reminders (minutes before the start)");
    }
    for (const auto value : reminders) {
        if (value < 5 || value > 14 * 24 * 60) {
            throw InvalidInput("reminder_minutes", "each reminder is 5 to 20160 minutes (14 days) before the start");
        }
    }
    if (std::set<int>(reminders.begin(), reminders.end()).size() != reminders.size()) {
        throw InvalidInput("reminder_minutes", "reminder_minutes must not repeat a value");
    }
    std::sort(reminders.rbegin(), reminders.rend());
    if (policy.max_consecutive_misses < 1 || policy.max_consecutive_misses > 20) {
        throw InvalidInput("max_consecutive_misses", "max_consecutive_misses must be 1 to 20");
    }
    if (policy.max_total_misses < 1 || policy.max_total_misses > 50) {
        throw InvalidInput("max_total_misses", "max_total_misses must be 1 to 50");
    }
    if (policy.max_total_misses < policy.max_consecutive_misses) {
        throw InvalidInput("max_total_misses", "max_total_misses must not be below max_consecutive_misses");
    }
    if (policy.at_risk_weeks < 1 || policy.at_risk_weeks > 52) {
        throw InvalidInput("at_risk_weeks", "at_risk_weeks must be 1 to 52");
    }
    return policy;
}

std::string SettleOutcome(const std::vector<Attendance>& attendance) {
    const Attendance* mentee = nullptr;
    const Attendance* mentor = nullptr;
    for (const auto& entry : attendance) {
        if (entry.side == "mentee") mentee = &entry;
        if (entry.side == "mentor") mentor = &entry;
    }
    if (!mentee || !mentor) return "pending";
    if (mentee->took_place && mentor->took_place) return "held";
    if (!mentee->took_place && !mentor->took_place && mentee->absent_side == mentor->absent_side) {
        return "missed_by_" + mentee->absent_side;
    }
    return "disputed";
}

bool IsMenteeMiss(const SessionOccurrence& occurrence) {
    if (occurrence.status == "cancelled") return occurrence.cancelled_by_side == "mentee";
    return occurrence.outcome == "missed_by_mentee" || occurrence.outcome == "missed_by_both";
}

SessionCounts CountSessions(std::vector<SessionOccurrence> occurrences, long long now) {
    std::sort(occurrences.begin(), occurrences.end(),
              [](const auto& a, const auto& b) { return a.starts_at < b.starts_at; });
    SessionCounts counts;
    for (const auto& occurrence : occurrences) {
        // Cancellations count whenever they happened, also for sessions still ahead.
        if (occurrence.status == "cancelled") {
            if (occurrence.cancelled_by_side == "mentee") ++counts.mentee_cancellations;
            if (occurrence.cancelled_by_side == "mentor") ++counts.mentor_cancellations;
        } else if (occurrence.starts_at > now) {
            continue;
        }
        const bool settled = occurrence.status == "cancelled" || occurrence.outcome != "pending";
        if (!settled) continue;
        if (occurrence.outcome == "missed_by_mentee" || occurrence.outcome == "missed_by_both")
            ++counts.mentee_no_shows;
        if (occurrence.outcome == "missed_by_mentor" || occurrence.outcome == "missed_by_both")
            ++counts.mentor_no_shows;
        const bool held = occurrence.status != "cancelled" && occurrence.outcome == "held";
        if (held) {
            ++counts.held;
            ++counts.streak;
        } else {
            counts.streak = 0;
        }
        if (IsMenteeMiss(occurrence)) {
            ++counts.mentee_misses;
            if (counts.consecutive_mentee_misses++ == 0) counts.miss_run_start = occurrence.id;
        } else {
            counts.consecutive_mentee_misses = 0;
            counts.miss_run_start = 0;
        }
    }
    return counts;
}

}  // namespace upward::domain
