#include "service/reporting/health_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/funnel.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/ground_rules.hpp"
#include "storage/database/database.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/reporting/correction_repository.hpp"
#include "storage/reporting/funnel_repository.hpp"
#include "storage/reporting/health_repository.hpp"

namespace upward::service {

namespace {

using domain::GuardedFigure;

struct Sum {
    double sum = 0;
    long long count = 0;
    void Add(double value) {
        sum += value;
        ++count;
    }
};

// A total over parts, counting only the parts that are themselves shown: otherwise the total minus the shown
// parts would give away a withheld one.
GuardedFigure TotalOfShownParts(const std::vector<std::pair<Sum, GuardedFigure>>& parts, int k,
                                const std::string& reason_when_parts_withheld) {
    Sum total;
    bool any_withheld_with_answers = false;
    for (const auto& [sum, figure] : parts) {
        if (figure.Withheld()) {
            any_withheld_with_answers = any_withheld_with_answers || sum.count > 0;
            continue;
        }
        total.sum += sum.sum;
        total.count += sum.count;
    }
    auto figure = domain::GuardedMean(total.sum, total.count, k);
    if (figure.Withheld() && any_withheld_with_answers) figure.withheld_reason = reason_when_parts_withheld;
    return figure;
}

std::string WeekLabel(long long week_start) { return FormatDate(week_start); }

std::optional<double> Rate(long long held, long long planned) {
    if (planned <= 0) return std::nullopt;
    return static_cast<double>(held) / static_cast<double>(planned);
}

std::string OtherSide(const std::string& side) { return side == "mentor" ? "mentee" : "mentor"; }

// Everything the dashboard is computed from, read once.
struct Facts {
    domain::Programme programme;
    std::vector<domain::FunnelFacts> funnel;
    std::vector<storage::PairFact> pairs;
    std::vector<storage::OccurrenceFact> occurrences;
    std::vector<storage::PulseFact> pulses;
    std::vector<storage::QualityAnswerFact> qualities;
    std::vector<storage::GoalFact> goals;
    std::vector<storage::CorrectionRecord> corrections;
    long long now = 0;
};

Facts LoadFacts(storage::Connection& session, domain::Programme programme, long long now) {
    Facts facts;
    const auto id = programme.id;
    facts.funnel =
        storage::LoadFunnelFacts(session, id, GroundRulesDigest(programme), programme.require_mentor_approval, now);
    facts.programme = std::move(programme);
    facts.pairs = storage::LoadHealthPairs(session, id);
    facts.occurrences = storage::LoadHealthOccurrences(session, id);
    facts.pulses = storage::LoadHealthPulses(session, id);
    facts.qualities = storage::LoadQualityAnswers(session, id);
    facts.goals = storage::LoadLatestGoalProgress(session, id);
    facts.corrections = storage::ListCorrections(session, id);
    facts.now = now;
    return facts;
}

std::vector<HealthFunnelStep> BuildFunnel(const Facts& facts) {
    const auto mentors = domain::BuildSideFunnel(domain::Side::kMentor, facts.funnel);
    const auto mentees = domain::BuildSideFunnel(domain::Side::kMentee, facts.funnel);
    std::vector<HealthFunnelStep> steps;
    for (const auto step :
         {domain::FunnelStep::kInvited, domain::FunnelStep::kApplied, domain::FunnelStep::kApproved,
          domain::FunnelStep::kTrained, domain::FunnelStep::kMatched, domain::FunnelStep::kAgreementSigned}) {
        const auto index = static_cast<std::size_t>(step);
        steps.push_back({std::string(domain::ToString(step)), mentors.steps[index].count, mentees.steps[index].count});
    }
    std::set<std::string> active_mentors, active_mentees, done_mentors, done_mentees;
    for (const auto& pair : facts.pairs) {
        if (pair.status == "active") {
            active_mentors.insert(pair.mentor);
            active_mentees.insert(pair.mentee);
        } else if (pair.status == "ended" && pair.held_sessions > 0) {
            done_mentors.insert(pair.mentor);
            done_mentees.insert(pair.mentee);
        }
    }
    steps.push_back(
        {"active", static_cast<long long>(active_mentors.size()), static_cast<long long>(active_mentees.size())});
    steps.push_back(
        {"completed", static_cast<long long>(done_mentors.size()), static_cast<long long>(done_mentees.size())});
    return steps;
}

// The weeks the series are drawn on: from the programme's start (or its first session) to this week, or to the
// programme's last week once it is over. Sessions still to come are not part of any series.
std::vector<long long> SeriesWeeks(const Facts& facts) {
    std::optional<long long> first;
    std::optional<long long> last;
    const auto widen = [&](long long week) {
        first = first ? std::min(*first, week) : week;
        last = last ? std::max(*last, week) : week;
    };
    const auto starts = domain::DateStart(facts.programme.starts_on);
    if (starts && *starts <= facts.now) widen(domain::WeekStartOf(*starts));
    for (const auto& occurrence : facts.occurrences) {
        if (occurrence.starts_at <= facts.now) widen(domain::WeekStartOf(occurrence.starts_at));
    }
    if (!first) return {};
    auto end = domain::WeekStartOf(facts.now);
    const auto ends = domain::DateStart(facts.programme.ends_on);
    if (ends && *ends < facts.now) end = std::max(domain::WeekStartOf(*ends), *last);
    constexpr long long kMostWeeks = 260;  // five years: a mistyped start date must not draw a century
    auto begin = std::max(*first, end - (kMostWeeks - 1) * domain::kSecondsPerWeek);
    std::vector<long long> weeks;
    for (auto week = begin; week <= end; week += domain::kSecondsPerWeek) weeks.push_back(week);
    return weeks;
}

struct WeekTally {
    long long planned = 0;
    long long held = 0;
    long long cancelled = 0;
};

std::map<long long, WeekTally> TallySessions(const Facts& facts) {
    std::map<long long, WeekTally> weeks;
    for (const auto& occurrence : facts.occurrences) {
        if (occurrence.starts_at > facts.now) continue;
        auto& tally = weeks[domain::WeekStartOf(occurrence.starts_at)];
        ++tally.planned;
        if (occurrence.outcome == "held") ++tally.held;
        if (occurrence.status == "cancelled") ++tally.cancelled;
    }
    return weeks;
}

std::vector<SideCounts> BuildCancellations(const Facts& facts) {
    std::map<std::string, SideCounts> sides;
    for (const auto* side : {"mentee", "mentor", "both", "admin", "system"}) sides[side] = {side, 0, 0};
    for (const auto& occurrence : facts.occurrences) {
        if (occurrence.status == "cancelled") {
            const auto side =
                occurrence.cancelled_by_side.empty() ? std::string("unknown") : occurrence.cancelled_by_side;
            auto& entry = sides[side];
            entry.side = side;
            ++entry.cancellations;
        }
        if (occurrence.outcome.rfind("missed_by_", 0) == 0) {
            const auto side = occurrence.outcome.substr(std::string("missed_by_").size());
            auto& entry = sides[side];
            entry.side = side;
            ++entry.no_shows;
        }
    }
    std::vector<SideCounts> ordered;
    for (const auto* side : {"mentee", "mentor", "both", "admin", "system"}) ordered.push_back(sides[side]);
    for (const auto& [side, counts] : sides) {
        if (side != "mentee" && side != "mentor" && side != "both" && side != "admin" && side != "system") {
            ordered.push_back(counts);
        }
    }
    return ordered;
}

std::vector<GoalFigure> BuildGoals(const Facts& facts, const domain::HealthFilter& filter, int k) {
    std::vector<GoalFigure> goals;
    std::vector<std::pair<Sum, GuardedFigure>> parts;
    for (const auto* side : {"mentee", "mentor"}) {
        Sum all;
        Sum kept;
        for (const auto& goal : facts.goals) {
            if (goal.goal_side != side) continue;
            all.Add(goal.percent);
            if (filter.side.empty() || filter.side == side) kept.Add(goal.percent);
        }
        auto figure = domain::GuardedFilteredMean(kept.sum, kept.count, all.count, k);
        parts.push_back({kept, figure});
        goals.push_back({side, figure});
    }
    goals.insert(goals.begin(), GoalFigure{"all", TotalOfShownParts(parts, k,
                                                                    "one side's goals have fewer than k answers; the "
                                                                    "total would reveal them")});
    return goals;
}

// Pulses per week; `shown` gets the weeks whose point is shown (unfiltered), for totals over weeks.
std::vector<WeekPulse> BuildPulses(const Facts& facts, const std::vector<long long>& weeks,
                                   const domain::HealthFilter& filter, int k, GuardedFigure& overall) {
    std::map<long long, Sum> all, kept;
    for (const auto& pulse : facts.pulses) {
        if (pulse.session_starts_at > facts.now) continue;
        const auto week = domain::WeekStartOf(pulse.session_starts_at);
        all[week].Add(pulse.usefulness);
        if (filter.side.empty() || filter.side == pulse.side) kept[week].Add(pulse.usefulness);
    }
    std::vector<WeekPulse> points;
    std::vector<std::pair<Sum, GuardedFigure>> parts;
    for (const auto week : weeks) {
        const auto group = kept[week];
        auto figure = domain::GuardedFilteredMean(group.sum, group.count, all[week].count, k);
        parts.push_back({group, figure});
        points.push_back({WeekLabel(week), figure});
    }
    overall = TotalOfShownParts(parts, k, "every week's pulses are below the anonymity threshold");
    return points;
}

void BuildQualities(const Facts& facts, const domain::HealthFilter& filter, int k, ProgrammeHealth& health) {
    using Key = std::pair<std::string, std::string>;  // rated side, quality
    std::map<Key, Sum> all, kept;
    for (const auto& answer : facts.qualities) {
        if (answer.audience != "mentor" && answer.audience != "mentee") continue;
        const Key key{OtherSide(answer.audience), answer.quality};
        all[key].Add(answer.value);
        const bool side_ok = filter.side.empty() || filter.side == answer.audience;
        const bool survey_ok = filter.survey.empty() || filter.survey == answer.survey_kind;
        if (side_ok && survey_ok) kept[key].Add(answer.value);
    }
    std::vector<std::pair<Sum, GuardedFigure>> parts;
    std::set<Key> shown;
    for (const auto& [key, sum] : all) {
        const auto group = kept[key];
        auto figure = domain::GuardedFilteredMean(group.sum, group.count, sum.count, k);
        if (!figure.Withheld()) shown.insert(key);
        parts.push_back({group, figure});
        health.qualities.push_back({key.second, key.first, figure, std::nullopt});
    }
    health.quality_programme_mean =
        TotalOfShownParts(parts, k, "every quality has fewer than k answers; a programme mean would reveal them");
    if (!health.quality_programme_mean.Withheld()) {
        for (auto& quality : health.qualities) {
            if (!quality.mean.Withheld())
                quality.difference = *quality.mean.value - *health.quality_programme_mean.value;
        }
    }
    // The surveys' means count a quality only where its figure for that survey alone could be shown too (at least
    // k of its answers in the survey and none or at least k in the other), or a survey's mean minus the quality's
    // other figures would work out a withheld cell.
    std::map<std::pair<Key, std::string>, long long> per_survey;
    for (const auto& answer : facts.qualities) {
        if (answer.audience != "mentor" && answer.audience != "mentee") continue;
        ++per_survey[{Key{OtherSide(answer.audience), answer.quality}, answer.survey_kind}];
    }
    const long long threshold = std::max(k, 1);
    const auto cell_shown = [&](const Key& key, const std::string& survey) {
        const auto in_survey = per_survey[{key, survey}];
        const auto elsewhere = all[key].count - in_survey;
        return shown.count(key) && in_survey >= threshold && (elsewhere == 0 || elsewhere >= threshold);
    };
    for (const auto* survey : {"midpoint", "closing"}) {
        Sum sum_all, sum_kept;
        for (const auto& answer : facts.qualities) {
            if (answer.survey_kind != survey || (answer.audience != "mentor" && answer.audience != "mentee")) continue;
            if (!cell_shown({OtherSide(answer.audience), answer.quality}, survey)) continue;
            sum_all.Add(answer.value);
            const bool side_ok = filter.side.empty() || filter.side == answer.audience;
            const bool survey_ok = filter.survey.empty() || filter.survey == survey;
            if (side_ok && survey_ok) sum_kept.Add(answer.value);
        }
        health.surveys.push_back({survey, domain::GuardedFilteredMean(sum_kept.sum, sum_kept.count, sum_all.count, k)});
    }
}

PeriodFigures Period(const Facts& facts, long long from, long long to, int k) {
    PeriodFigures period;
    period.from = FormatDate(from);
    period.to = FormatDate(to);
    for (const auto& occurrence : facts.occurrences) {
        if (occurrence.starts_at < from || occurrence.starts_at >= to || occurrence.starts_at > facts.now) continue;
        ++period.planned;
        if (occurrence.outcome == "held") ++period.held;
        if (occurrence.status == "cancelled") ++period.cancellations;
    }
    period.held_rate = Rate(period.held, period.planned);
    // Only weeks whose own pulse figure is shown count, so this cannot reveal a withheld week.
    std::map<long long, Sum> weeks;
    for (const auto& pulse : facts.pulses) {
        if (pulse.session_starts_at < from || pulse.session_starts_at >= to || pulse.session_starts_at > facts.now)
            continue;
        weeks[domain::WeekStartOf(pulse.session_starts_at)].Add(pulse.usefulness);
    }
    std::vector<std::pair<Sum, GuardedFigure>> parts;
    parts.reserve(weeks.size());
    for (const auto& [week, sum] : weeks) parts.push_back({sum, domain::GuardedMean(sum.sum, sum.count, k)});
    period.pulse_mean = TotalOfShownParts(parts, k, "the weeks' pulses are below the anonymity threshold");
    return period;
}

std::vector<CorrectionView> BuildCorrections(const Facts& facts, int weeks, int k) {
    std::vector<CorrectionView> views;
    for (const auto& correction : facts.corrections) {
        CorrectionView view;
        view.id = correction.id;
        view.effective_on = correction.effective_on;
        view.what_changed = correction.what_changed;
        view.reason = correction.reason;
        view.recorded_by = correction.recorded_by_name;
        view.recorded_at = correction.recorded_at;
        view.weeks = weeks;
        // Windows are whole weeks: before ends where the week holding the effective date begins.
        const auto effective = domain::DateStart(correction.effective_on).value_or(0);
        const auto pivot = domain::WeekStartOf(effective);
        const auto span = weeks * domain::kSecondsPerWeek;
        view.before = Period(facts, pivot - span, pivot, k);
        view.after = Period(facts, pivot, pivot + span, k);
        views.push_back(std::move(view));
    }
    return views;
}

int CheckWeeks(int weeks) {
    if (weeks < 1 || weeks > 26) throw InvalidInput("weeks", "weeks must be between 1 and 26");
    return weeks;
}

std::string Trimmed(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return "";
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

}  // namespace

ProgrammeHealth HealthService::Health(const domain::Caller& caller, long long programme_id,
                                      const domain::HealthFilter& filter, int correction_weeks) {
    domain::ValidateHealthFilter(filter);
    CheckWeeks(correction_weeks);
    auto session = database_.Acquire();
    auto programme = OverseenProgramme(*session, caller, programme_id, "health");
    const auto now = clock_.NowSeconds();
    const auto facts = LoadFacts(*session, std::move(programme), now);
    const int k = facts.programme.anonymity_k;

    ProgrammeHealth health;
    health.programme_id = programme_id;
    health.programme_name = facts.programme.name;
    health.anonymity_k = std::max(k, 1);
    health.generated_at = now;
    health.people_included = caller.IsAdmin();
    health.filter = filter;
    health.funnel = BuildFunnel(facts);
    const auto weeks = SeriesWeeks(facts);
    const auto tallies = TallySessions(facts);
    for (const auto week : weeks) {
        const auto it = tallies.find(week);
        const auto tally = it != tallies.end() ? it->second : WeekTally{};
        health.sessions.push_back(
            {WeekLabel(week), tally.planned, tally.held, tally.cancelled, Rate(tally.held, tally.planned)});
    }
    health.cancellations = BuildCancellations(facts);
    health.goals = BuildGoals(facts, filter, k);
    health.pulses = BuildPulses(facts, weeks, filter, k, health.pulse_overall);
    BuildQualities(facts, filter, k, health);
    auto at_risk = FindPairsAtRisk(*session, programme_id, now);
    health.at_risk.count = static_cast<long long>(at_risk.size());
    health.at_risk.named = caller.IsAdmin();
    if (health.at_risk.named) {
        health.at_risk.pairs = std::move(at_risk);
        Audit(*session, clock_, caller, "programme.health.read", "programme:" + std::to_string(programme_id));
    }
    health.corrections = BuildCorrections(facts, correction_weeks, k);
    return health;
}

std::vector<CorrectionView> HealthService::Corrections(const domain::Caller& caller, long long programme_id,
                                                       int correction_weeks) {
    CheckWeeks(correction_weeks);
    auto session = database_.Acquire();
    auto programme = OverseenProgramme(*session, caller, programme_id, "health");
    const int k = programme.anonymity_k;
    const auto facts = LoadFacts(*session, std::move(programme), clock_.NowSeconds());
    return BuildCorrections(facts, correction_weeks, k);
}

CorrectionView HealthService::RecordCorrection(const domain::Caller& caller, long long programme_id,
                                               const CorrectionInput& input) {
    if (!caller.IsAdmin()) throw Forbidden("only administrators record corrections");
    storage::CorrectionRecord record;
    record.programme_id = programme_id;
    record.effective_on = Trimmed(input.effective_on);
    record.what_changed = Trimmed(input.what_changed);
    record.reason = Trimmed(input.reason);
    if (!IsIsoDate(record.effective_on)) {
        throw InvalidInput("effective_on", "effective_on must be a date written YYYY-MM-DD");
    }
    if (record.what_changed.empty()) throw InvalidInput("what_changed", "say what changed");
    if (record.what_changed.size() > 500) throw InvalidInput("what_changed", "what_changed is at most 500 characters");
    if (record.reason.empty()) throw InvalidInput("reason", "say why it changed");
    if (record.reason.size() > 2000) throw InvalidInput("reason", "reason is at most 2000 characters");
    record.recorded_by = caller.user_id;
    record.recorded_at = clock_.NowSeconds();
    {
        auto session = database_.Acquire();
        ProgrammeOrNotFound(*session, programme_id);
        storage::Transaction tx(*session, database_.GetBackend());
        record.id = storage::InsertCorrection(*session, record);
        Audit(*session, clock_, caller, "programme.correction.record", "correction:" + std::to_string(record.id));
        tx.Commit();
    }
    for (auto& view : Corrections(caller, programme_id)) {
        if (view.id == record.id) return view;
    }
    throw NotFound("correction " + std::to_string(record.id) + " vanished");
}

void HealthService::DeleteCorrection(const domain::Caller& caller, long long programme_id, long long correction_id) {
    if (!caller.IsAdmin()) throw Forbidden("only administrators delete corrections");
    auto session = database_.Acquire();
    const auto correction = storage::FindCorrection(*session, correction_id);
    if (!correction || correction->programme_id != programme_id) {
        throw NotFound("programme " + std::to_string(programme_id) + " has no correction " +
                       std::to_string(correction_id));
    }
    storage::Transaction tx(*session, database_.GetBackend());
    storage::DeleteCorrection(*session, correction_id);
    Audit(*session, clock_, caller, "programme.correction.delete", "correction:" + std::to_string(correction_id));
    tx.Commit();
}

}  // namespace upward::service
