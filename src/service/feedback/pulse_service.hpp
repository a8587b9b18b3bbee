#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "domain/records/feedback_records.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The one-minute pulse after a held session (issue 6, item 1): how useful it was (1-5) and an optional
/// comment. Each of the pair's two people gives their own, once per session, and reads only their own.
/// Admins and sponsors are Forbidden (pulses reach them only as aggregates, elsewhere); to anyone else the
/// pair, and an occurrence of another pair, does not exist (NotFound).
class PulseService {
public:
    PulseService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    /// Conflict when the session was not held (its outcome is not held and the caller's own attendance does
    /// not say it took place) or the caller gave this session's pulse already. InvalidInput (422) naming
    /// usefulness or comment when out of range.
    domain::Pulse Submit(const domain::Caller& caller, long long pair_id, long long occurrence_id, int usefulness,
                         const std::string& comment);

    /// The caller's own pulse for the session, nullopt when not given yet.
    std::optional<domain::Pulse> Own(const domain::Caller& caller, long long pair_id, long long occurrence_id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
