#include "service/feedback/pulse_service.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/survey.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/feedback/survey_lookup.hpp"
#include "storage/database/database.hpp"
#include "storage/feedback/feedback_repository.hpp"

namespace upward::service {

namespace {

storage::OccurrenceFacts OccurrenceOfPair(storage::Connection& session, long long pair_id, long long occurrence_id) {
    auto occurrence = storage::FindOccurrenceFacts(session, occurrence_id);
    if (!occurrence || occurrence->pair_id != pair_id) {
        throw NotFound("no session " + std::to_string(occurrence_id) + " in pair " + std::to_string(pair_id));
    }
    return *occurrence;
}

}  // namespace

domain::Pulse PulseService::Submit(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                   int usefulness, const std::string& comment) {
    const auto trimmed = std::string(Trim(comment));
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto [pair, side] = PairFor(*session, caller, pair_id, PairUse::kOwn, kPairFeedbackRefusal);
    const auto occurrence = OccurrenceOfPair(*session, pair_id, occurrence_id);
    domain::ValidatePulse(usefulness, trimmed);
    // Attendance settles the outcome once both confirmed; until then the caller's own word that it took place
    // is enough for their own pulse.
    const bool held =
        occurrence.outcome == "held" || (occurrence.status != "cancelled" &&
                                         storage::AttendanceTookPlace(*session, occurrence_id, side).value_or(false));
    if (!held)
        throw Conflict("session " + std::to_string(occurrence_id) + " was not held: a pulse follows a held session");
    domain::Pulse pulse{occurrence_id, side, pair.id, usefulness, trimmed, clock_.NowSeconds()};
    if (!storage::InsertPulse(*session, pulse)) {
        throw Conflict("you gave this session's pulse already; it is one answer per person per session");
    }
    transaction.Commit();
    return pulse;
}

std::optional<domain::Pulse> PulseService::Own(const domain::Caller& caller, long long pair_id,
                                               long long occurrence_id) {
    auto session = database_.Acquire();
    const auto [pair, side] = PairFor(*session, caller, pair_id, PairUse::kOwn, kPairFeedbackRefusal);
    OccurrenceOfPair(*session, pair_id, occurrence_id);
    return storage::FindPulse(*session, occurrence_id, side);
}

}  // namespace upward::service
