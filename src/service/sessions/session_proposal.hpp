#pragma once

#include <optional>
#include <string>

#include "domain/session_series.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// What proposing a pair's series did.
struct ProposedSeries {
    long long series_id = 0;
    bool created = false;  // false: the pair had a series already (proposing is idempotent)
    domain::SeriesPlan plan;
};

/// Proposes the pair's recurring series inside the caller's transaction (the pair just became active):
/// the programme's session length, the agreement's cadence (the programme's without one), a weekly slot inside
/// both people's availability across their zones (domain::PlanSeries), from `start_date` (default: the day
/// after `now` in the mentee's zone, not before the programme starts) to the programme's end (26 weeks when it
/// has none). Writes session_series (uid "<random>@upward", sequence 0), its occurrences, a series_proposed
/// change by the system, and queues the calendar mail. Does nothing when the pair has an active series.
ProposedSeries ProposeSeries(storage::Connection& session, long long pair_id, long long now,
                             std::optional<std::string> start_date = std::nullopt);

}  // namespace upward::service
