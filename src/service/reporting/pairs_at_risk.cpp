#include "service/reporting/pairs_at_risk.hpp"

#include "domain/at_risk.hpp"
#include "storage/database/connection.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/session_log/session_log_repository.hpp"

namespace upward::service {

std::vector<PairAtRisk> FindPairsAtRisk(storage::Connection& session, long long programme_id, long long now) {
    domain::AtRiskRules rules;
    if (const auto weeks = storage::AtRiskWeeks(session, programme_id); weeks && *weeks > 0) {
        rules.no_session_weeks = *weeks;
    }
    std::vector<PairAtRisk> at_risk;
    for (const auto& pair : storage::ListPairs(session, programme_id)) {
        if (pair.status != domain::PairStatus::kActive) continue;
        domain::AtRiskFacts facts;
        // A pair activated outside the agreement flow (no signatures) counts from its last status change.
        facts.activated_at = storage::PairActivatedAt(session, pair.id).value_or(pair.updated_at);
        facts.past_occurrences = storage::PastOccurrences(session, pair.id, now);
        facts.goal_progress = storage::ListGoalProgress(session, pair.id);
        facts.pulses = storage::PairPulses(session, pair.id);
        const auto findings = domain::FindAtRiskReasons(facts, rules, now);
        if (findings.empty()) continue;
        PairAtRisk entry;
        entry.pair_id = pair.id;
        entry.mentee = pair.mentee;
        entry.mentor = pair.mentor;
        entry.last_held_at = domain::LastHeld(facts);
        for (const auto& finding : findings) entry.reasons.push_back({finding.code, finding.text});
        at_risk.push_back(std::move(entry));
    }
    return at_risk;
}

}  // namespace upward::service
