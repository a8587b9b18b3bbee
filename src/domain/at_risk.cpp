#include "domain/at_risk.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace upward::domain {

namespace {

constexpr long long kWeek = 7LL * 24 * 3600;

std::string Weeks(long long seconds) {
    const auto weeks = seconds / kWeek;
    return std::to_string(weeks) + (weeks == 1 ? " week" : " weeks");
}

std::string OneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

bool MissedOrCancelled(const AtRiskFacts::Occurrence& occurrence) {
    return occurrence.cancelled || occurrence.outcome.rfind("missed_by_", 0) == 0;
}

std::optional<AtRiskFinding> NoRecentSession(const AtRiskFacts& facts, const AtRiskRules& rules, long long now) {
    const auto last = LastHeld(facts);
    const auto since = last.value_or(facts.activated_at);
    if (now - since < rules.no_session_weeks * kWeek) return std::nullopt;
    if (last) return AtRiskFinding{"no_recent_session", "No session held for " + Weeks(now - since) + "."};
    return AtRiskFinding{"no_recent_session", "No session held since the pair started " + Weeks(now - since) + " ago."};
}

std::optional<AtRiskFinding> RepeatedCancellations(const AtRiskFacts& facts, const AtRiskRules& rules) {
    auto occurrences = facts.past_occurrences;
    std::sort(occurrences.begin(), occurrences.end(),
              [](const auto& a, const auto& b) { return a.starts_at > b.starts_at; });
    if (occurrences.size() > static_cast<std::size_t>(rules.recent_occurrences)) {
        occurrences.resize(static_cast<std::size_t>(rules.recent_occurrences));
    }
    const auto lost = std::count_if(occurrences.begin(), occurrences.end(), MissedOrCancelled);
    if (lost < rules.cancelled_or_missed) return std::nullopt;
    return AtRiskFinding{"repeated_cancellations", std::to_string(lost) + " of the last " +
                                                       std::to_string(occurrences.size()) +
                                                       " sessions were cancelled or missed."};
}

std::optional<AtRiskFinding> StalledGoals(const AtRiskFacts& facts, const AtRiskRules& rules, long long now) {
    const auto stall = rules.stalled_goal_weeks * kWeek;
    if (facts.goal_progress.empty()) {
        if (now - facts.activated_at < stall) return std::nullopt;
        return AtRiskFinding{"stalled_goals", "No goal progress recorded in the " + Weeks(now - facts.activated_at) +
                                                  " since the pair started."};
    }
    auto history = facts.goal_progress;
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) {
        return a.recorded_at != b.recorded_at ? a.recorded_at < b.recorded_at : a.id < b.id;
    });
    // Per side: the current percent and when it last changed (an update repeating the same figure is no change).
    struct Progress {
        int percent = 0;
        long long changed_at = 0;
    };
    std::map<std::string, Progress> sides;
    for (const auto& entry : history) {
        auto found = sides.find(entry.goal_side);
        if (found == sides.end() || found->second.percent != entry.percent) {
            sides[entry.goal_side] = {entry.percent, entry.recorded_at};
        }
    }
    std::vector<std::string> stalled;
    long long longest = 0;
    for (const auto& [side, progress] : sides) {
        if (progress.percent >= 100 || now - progress.changed_at < stall) continue;
        stalled.push_back("the " + side + "'s goals at " + std::to_string(progress.percent) + "%");
        longest = std::max(longest, now - progress.changed_at);
    }
    if (stalled.empty()) return std::nullopt;
    std::string which = stalled[0];
    for (std::size_t i = 1; i < stalled.size(); ++i) which += " and " + stalled[i];
    which[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(which[0])));
    return AtRiskFinding{"stalled_goals", which + ": no change for " + Weeks(longest) + "."};
}

std::optional<AtRiskFinding> DecliningPulses(const AtRiskFacts& facts, const AtRiskRules& rules) {
    std::map<std::string, std::vector<AtRiskFacts::Pulse>> by_side;
    for (const auto& pulse : facts.pulses) by_side[pulse.side].push_back(pulse);
    const auto window = static_cast<std::size_t>(rules.pulse_window);
    std::vector<std::string> declines;
    for (auto& [side, pulses] : by_side) {
        if (pulses.size() < 2 * window) continue;
        std::sort(pulses.begin(), pulses.end(), [](const auto& a, const auto& b) { return a.at > b.at; });
        double recent = 0, before = 0;
        for (std::size_t i = 0; i < window; ++i) {
            recent += pulses[i].usefulness;
            before += pulses[window + i].usefulness;
        }
        recent /= static_cast<double>(window);
        before /= static_cast<double>(window);
        if (before - recent + 1e-9 < rules.pulse_drop) continue;
        declines.push_back("the " + side + "'s usefulness ratings fell from " + OneDecimal(before) + " to " +
                           OneDecimal(recent));
    }
    if (declines.empty()) return std::nullopt;
    std::string text = declines[0];
    for (std::size_t i = 1; i < declines.size(); ++i) text += "; " + declines[i];
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return AtRiskFinding{"declining_pulses", text + " (the mean of the last " + std::to_string(window) +
                                                 " against the " + std::to_string(window) + " before)."};
}

}  // namespace

std::optional<long long> LastHeld(const AtRiskFacts& facts) {
    std::optional<long long> last;
    for (const auto& occurrence : facts.past_occurrences) {
        if (occurrence.cancelled || occurrence.outcome != "held") continue;
        if (!last || occurrence.starts_at > *last) last = occurrence.starts_at;
    }
    return last;
}

std::vector<AtRiskFinding> FindAtRiskReasons(const AtRiskFacts& facts, const AtRiskRules& rules, long long now) {
    std::vector<AtRiskFinding> findings;
    for (auto finding : {NoRecentSession(facts, rules, now), RepeatedCancellations(facts, rules),
                         StalledGoals(facts, rules, now), DecliningPulses(facts, rules)}) {
        if (finding) findings.push_back(std::move(*finding));
    }
    return findings;
}

}  // namespace upward::domain
