#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/session_log.hpp"

namespace upward::domain {

/// What the at-risk rules look at for one active pair; the service reads it, these rules judge it.
struct AtRiskFacts {
    /// When the pair became active (its second signature), where "no session yet" counts from.
    long long activated_at = 0;
    struct Occurrence {
        long long starts_at = 0;
        bool cancelled = false;
        std::string outcome;  // pending, held, missed_by_mentee, missed_by_mentor, missed_by_both, disputed
    };
    /// Occurrences that started before now, in any order.
    std::vector<Occurrence> past_occurrences;
    std::vector<GoalProgressEntry> goal_progress;
    struct Pulse {
        std::string side;
        long long at = 0;  // the occurrence's start, so ratings compare in session order
        int usefulness = 0;
    };
    std::vector<Pulse> pulses;
};

struct AtRiskRules {
    int no_session_weeks = 4;     // session_policies.at_risk_weeks
    int stalled_goal_weeks = 6;   // no change in goal progress for this long while below 100
    int recent_occurrences = 3;   // of the last this many occurrences...
    int cancelled_or_missed = 2;  // ...at least this many were cancelled or missed
    int pulse_window = 3;         // mean of the last this many pulses against the ones before
    double pulse_drop = 1.0;      // lower by at least this much
};

struct AtRiskFinding {
    std::string code;  // no_recent_session, repeated_cancellations, stalled_goals, declining_pulses
    std::string text;
};

/// The start of the latest held occurrence.
std::optional<long long> LastHeld(const AtRiskFacts& facts);

/// Every reason the pair looks like it is withering at `now`, in the order above; empty when it is healthy.
std::vector<AtRiskFinding> FindAtRiskReasons(const AtRiskFacts& facts, const AtRiskRules& rules, long long now);

}  // namespace upward::domain
