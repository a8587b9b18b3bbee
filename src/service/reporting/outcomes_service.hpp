#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/anonymity.hpp"
#include "domain/retention.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// One topic of the before/after self-assessment: the mean answer (1-5) before and after, each withheld below
/// k answers; the change (after minus before) only when both are shown.
struct TopicLearning {
    std::string topic;
    domain::GuardedFigure before;
    domain::GuardedFigure after;
    std::optional<double> change;
};

/// The insight pipeline's result: how many ideas are planned, tried, adopted and dropped, and the adopted share.
/// Counts of ideas are not answers about a person, but a count over one or two pairs still tells who did what:
/// everything is withheld while fewer than k pairs logged insights (`pairs` and `withheld_reason` say so).
struct InsightOutcomes {
    long long pairs = 0;
    long long total = 0;
    std::optional<std::map<std::string, long long>> by_status;  // planned, tried, adopted, dropped
    domain::GuardedFigure adopted_share;                        // count = pairs
    std::string withheld_reason;
};

/// What a programme achieved (SPEC stage 11's outcomes). Aggregates only, each guarded by the programme's k.
struct ProgrammeOutcomes {
    long long programme_id = 0;
    std::string programme_name;
    int anonymity_k = 5;
    std::string starts_on;
    std::string ends_on;
    std::string as_of;  // min(today, ends_on): the date retention is measured at
    domain::RetentionComparison retention;
    std::vector<TopicLearning> learning;
    /// The latest progress on the mentors' own goals (percent), one figure per pair, mean over pairs.
    domain::GuardedFigure mentor_growth;
    InsightOutcomes insights;
};

/// The statuses of the insight pipeline, in order.
const std::vector<std::string>& InsightStatuses();

/// Outcomes of a programme: retention against comparable non-participants, learning per topic, mentor growth and
/// insights adopted. Admins and sponsors only (everybody else Forbidden; the route says so before this runs); a
/// programme that does not exist is NotFound. The same figures for both roles: nothing here names a person.
class OutcomesService {
public:
    OutcomesService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    ProgrammeOutcomes Outcomes(const domain::Caller& caller, long long programme_id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
