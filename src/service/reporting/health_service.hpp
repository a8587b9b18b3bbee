#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/anonymity.hpp"
#include "domain/health.hpp"
#include "domain/roles.hpp"
#include "service/reporting/pairs_at_risk.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// One funnel step with its count per side. Steps: invited, applied, approved, trained, matched,
/// agreement_signed (from the enrolment funnel), active (in an active pair now) and completed (in an ended pair
/// that held at least one session: a pair that ended without ever meeting dropped out, it did not complete).
struct HealthFunnelStep {
    std::string step;
    long long mentors = 0;
    long long mentees = 0;
};

/// Sessions of one week (Monday, UTC): planned counts every occurrence that starts in it (cancelled ones too),
/// held those whose attendance settled as held. held_rate is held/planned, absent for a week with none planned.
struct WeekSessions {
    std::string week;  // YYYY-MM-DD of the Monday
    long long planned = 0;
    long long held = 0;
    long long cancelled = 0;
    std::optional<double> held_rate;
};

/// Cancellations and no-shows attributed to one side (mentee, mentor, admin, system; no-shows mentee, mentor,
/// both). These count events, not answers, so they are not held back by k.
struct SideCounts {
    std::string side;
    long long cancellations = 0;
    long long no_shows = 0;
};

/// Goal progress of one side's goals (or "all"): the mean of each pair's latest percent.
struct GoalFigure {
    std::string side;
    domain::GuardedFigure mean_percent;
};

/// The mean usefulness (1–5) of the pulses about one week's sessions.
struct WeekPulse {
    std::string week;
    domain::GuardedFigure mean;
};

/// One of the seed's qualities as the other side rated it (1–5). difference is mean − programme mean when both
/// are shown: above zero a strength, below a weakness.
struct QualityFigure {
    std::string quality;
    std::string rated_side;  // whose quality it is: mentor qualities are rated by mentees
    domain::GuardedFigure mean;
    std::optional<double> difference;
};

struct SurveyMean {
    std::string survey;  // midpoint, closing
    domain::GuardedFigure mean;
};

/// Key figures over a stretch of weeks, for the before and after of a correction.
struct PeriodFigures {
    std::string from;  // inclusive, YYYY-MM-DD
    std::string to;    // exclusive
    long long planned = 0;
    long long held = 0;
    std::optional<double> held_rate;
    long long cancellations = 0;
    domain::GuardedFigure pulse_mean;
};

struct CorrectionView {
    long long id = 0;
    std::string effective_on;
    std::string what_changed;
    std::string reason;
    std::string recorded_by;  // the admin's name
    long long recorded_at = 0;
    int weeks = 4;
    PeriodFigures before;
    PeriodFigures after;
};

/// Pairs at risk: admins get the pairs with their reasons, sponsors the count only (pairs empty).
struct HealthAtRisk {
    long long count = 0;
    bool named = false;
    std::vector<PairAtRisk> pairs;
};

/// The programme health dashboard. Every mean resting on answers is a GuardedFigure over the programme's
/// anonymity_k; a filter never narrows one below k (see domain::GuardedFilteredMean).
struct ProgrammeHealth {
    long long programme_id = 0;
    std::string programme_name;
    int anonymity_k = 5;
    long long generated_at = 0;
    bool people_included = false;  // admins: the at-risk pairs are named
    domain::HealthFilter filter;
    std::vector<HealthFunnelStep> funnel;
    std::vector<WeekSessions> sessions;
    std::vector<SideCounts> cancellations;
    std::vector<GoalFigure> goals;
    std::vector<WeekPulse> pulses;
    domain::GuardedFigure pulse_overall;
    std::vector<QualityFigure> qualities;
    domain::GuardedFigure quality_programme_mean;
    std::vector<SurveyMean> surveys;
    HealthAtRisk at_risk;
    std::vector<CorrectionView> corrections;
};

/// A correction as an admin records it.
struct CorrectionInput {
    std::string effective_on;
    std::string what_changed;
    std::string reason;
};

/// Programme health (issue 6 item 4) and corrections (item 6). Admins and the programme's sponsors read;
/// admins record and delete corrections. A sponsor with programme memberships of role "sponsor" sponsors
/// those programmes only; one with none is an organisation-wide sponsor and reads every programme. Anybody
/// else is Forbidden; a programme that does not exist is NotFound.
class HealthService {
public:
    HealthService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    /// correction_weeks: how many weeks before and after each correction its figures cover (1–26).
    ProgrammeHealth Health(const domain::Caller& caller, long long programme_id,
                           const domain::HealthFilter& filter = {}, int correction_weeks = 4);

    std::vector<CorrectionView> Corrections(const domain::Caller& caller, long long programme_id,
                                            int correction_weeks = 4);
    CorrectionView RecordCorrection(const domain::Caller& caller, long long programme_id, const CorrectionInput& input);
    void DeleteCorrection(const domain::Caller& caller, long long programme_id, long long correction_id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
