#pragma once

#include <string>

#include "core/clock.hpp"
#include "service/storage_handles.hpp"

namespace upward::demo {

/// The demo programme that has been running for a while, so blocked time, the session log, feedback, health
/// and outcomes have history to show. Each step below adds its part to it, in this order.
constexpr const char* kDemoRunningName = "Leading in a Digital World";

/// The programme (started 18 weeks ago), its accounts, active pairs with signed agreements, their series and
/// past occurrences with attendance, cancellations (one senior escalated to the sponsor) and one pair that
/// stopped meeting. Accounts share `password_hash`. Returns the programme id.
long long SeedDemoRunningProgramme(storage::Database& database, const Clock& clock, const std::string& admin_email,
                                   const std::string& password_hash);

/// Action items, goal progress and insights of the running programme's pairs (demo_session_log.cpp).
void SeedDemoSessionLog(storage::Database& database, const Clock& clock, long long programme_id);

/// Pulses after held sessions and answered mid-point surveys (demo_feedback.cpp).
void SeedDemoFeedback(storage::Database& database, const Clock& clock, long long programme_id);

/// Programme corrections on the running programme's time axis (demo_corrections.cpp).
void SeedDemoCorrections(storage::Database& database, const Clock& clock, long long programme_id);

/// Leaving dates in the directory so the retention comparison has something to compare (demo_outcomes.cpp).
void SeedDemoOutcomes(storage::Database& database, const Clock& clock, long long programme_id);

}  // namespace upward::demo
