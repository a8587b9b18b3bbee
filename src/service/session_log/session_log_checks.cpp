#include "service/session_log/session_log_checks.hpp"

#include "core/errors.hpp"
#include "domain/pair_agreement.hpp"
#include "storage/database/database.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/session_log/session_log_repository.hpp"

namespace upward::service {

void RequireActivePair(const domain::Pair& pair) {
    if (pair.status == domain::PairStatus::kActive) return;
    throw Conflict("pair " + std::to_string(pair.id) + " is " + std::string(domain::ToString(pair.status)) +
                   ": the session log is written while the pair is active");
}

void RequireOccurrenceOfPair(storage::Connection& session, long long pair_id, long long occurrence_id,
                             const std::string& field) {
    const auto owner = storage::OccurrencePair(session, occurrence_id);
    if (!owner || *owner != pair_id) {
        if (!field.empty()) {
            throw InvalidInput(field, "session " + std::to_string(occurrence_id) + " is not one of this pair's");
        }
        throw NotFound("no session " + std::to_string(occurrence_id) + " in pair " + std::to_string(pair_id));
    }
}

}  // namespace upward::service
