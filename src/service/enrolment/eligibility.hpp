#pragma once

#include <string>
#include <vector>

#include "service/storage_handles.hpp"

namespace upward::service {

/// Why a participant may or may not be matched yet, step by step; `blockers` is empty when they may.
/// Codes: not_applied, application_withdrawn, awaiting_screening, wait_listed, declined, training_incomplete,
/// ground_rules_not_acknowledged, not_in_directory.
struct Eligibility {
    bool eligible = false;
    std::vector<std::string> blockers;
};

/// Works out the eligibility of `employee_id` in the programme from its settings (require_training,
/// require_mentor_approval), their application, training attempts and ground-rule acknowledgement,
/// and writes it into their match profile (match_profiles.eligible), which is what the matching engine reads.
/// Call it, inside the same transaction, after anything that changes one of those inputs.
/// A live application also (re)writes the profile's side, languages, topics and availability from the
/// application (capacity, preferences and ranking are kept); a withdrawn one leaves the profile ineligible.
/// A person without an application keeps any profile an admin imported as it is (the import's eligible
/// flag is the admin's statement), but is still reported with not_applied.
Eligibility RefreshEligibility(storage::Connection& session, long long programme_id, const std::string& employee_id,
                               long long now);

/// The same answer as RefreshEligibility, without writing anything (for status pages).
Eligibility EvaluateEligibility(storage::Connection& session, long long programme_id, const std::string& employee_id);

/// RefreshEligibility for everyone who applied to the programme: after its settings or ground rules change.
void RefreshProgrammeEligibility(storage::Connection& session, long long programme_id, long long now);

}  // namespace upward::service
