#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// One row of programme_corrections: what an admin changed in a programme, why, and from when.
struct CorrectionRecord {
    long long id = 0;
    long long programme_id = 0;
    std::string effective_on;  // YYYY-MM-DD
    std::string what_changed;
    std::string reason;
    long long recorded_by = 0;
    std::string recorded_by_name;  // the admin's display name, for the list
    long long recorded_at = 0;
};

long long InsertCorrection(Connection& session, const CorrectionRecord& correction);
/// A programme's corrections by effective date (then by id).
std::vector<CorrectionRecord> ListCorrections(Connection& session, long long programme_id);
std::optional<CorrectionRecord> FindCorrection(Connection& session, long long correction_id);
void DeleteCorrection(Connection& session, long long correction_id);

}  // namespace upward::storage
