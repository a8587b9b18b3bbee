#include "http/reporting/reporting_json.hpp"

#include <string>

namespace upward::http {

using nlohmann::json;
using service::CorrectionView;
using service::PeriodFigures;
using service::ProgrammeHealth;
using service::ProgrammeOutcomes;

namespace {

json Optional(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json PeriodJson(const PeriodFigures& period) {
    return json{{"from", period.from},
                {"to", period.to},
                {"planned", period.planned},
                {"held", period.held},
                {"held_rate", Optional(period.held_rate)},
                {"cancellations", period.cancellations},
                {"pulse_mean", ToJson(period.pulse_mean)}};
}

json Optional(const std::optional<long long>& value) { return value ? json(*value) : json(nullptr); }

json FigureJson(const domain::GuardedFigure& figure) {
    return {{"value", Optional(figure.value)},
            {"count", figure.count},
            {"withheld", figure.Withheld()},
            {"withheld_reason", figure.Withheld() ? json(figure.withheld_reason) : json(nullptr)}};
}

json GroupJson(const domain::RetentionGroup& group) {
    return {{"size", group.size},
            {"stayed", Optional(group.stayed)},
            {"left", Optional(group.left)},
            {"retention", FigureJson(group.retention)}};
}

}  // namespace

json ToJson(const domain::GuardedFigure& figure) {
    json body = {{"value", Optional(figure.value)}, {"count", figure.count}, {"withheld", figure.Withheld()}};
    if (figure.Withheld()) body["withheld_reason"] = figure.withheld_reason;
    return body;
}

json ToJson(const CorrectionView& correction) {
    return json{{"id", correction.id},
                {"effective_on", correction.effective_on},
                {"what_changed", correction.what_changed},
                {"reason", correction.reason},
                {"recorded_by", correction.recorded_by},
                {"recorded_at", correction.recorded_at},
                {"weeks", correction.weeks},
                {"before", PeriodJson(correction.before)},
                {"after", PeriodJson(correction.after)}};
}

json ToJson(const ProgrammeHealth& health) {
    json funnel = json::array();
    for (const auto& step : health.funnel) {
        funnel.push_back({{"step", step.step}, {"mentors", step.mentors}, {"mentees", step.mentees}});
    }
    json sessions = json::array();
    for (const auto& week : health.sessions) {
        sessions.push_back({{"week", week.week},
                            {"planned", week.planned},
                            {"held", week.held},
                            {"cancelled", week.cancelled},
                            {"held_rate", Optional(week.held_rate)}});
    }
    json cancellations = json::array();
    for (const auto& side : health.cancellations) {
        cancellations.push_back(
            {{"side", side.side}, {"cancellations", side.cancellations}, {"no_shows", side.no_shows}});
    }
    json goals = json::array();
    for (const auto& goal : health.goals)
        goals.push_back({{"side", goal.side}, {"mean_percent", ToJson(goal.mean_percent)}});
    json pulses = json::array();
    for (const auto& point : health.pulses) pulses.push_back({{"week", point.week}, {"mean", ToJson(point.mean)}});
    json qualities = json::array();
    for (const auto& quality : health.qualities) {
        qualities.push_back({{"quality", quality.quality},
                             {"rated_side", quality.rated_side},
                             {"mean", ToJson(quality.mean)},
                             {"difference", Optional(quality.difference)}});
    }
    json surveys = json::array();
    for (const auto& survey : health.surveys)
        surveys.push_back({{"survey", survey.survey}, {"mean", ToJson(survey.mean)}});
    json at_risk = {{"count", health.at_risk.count}, {"pairs_included", health.at_risk.named}};
    if (health.at_risk.named) {
        json pairs = json::array();
        for (const auto& pair : health.at_risk.pairs) {
            json reasons = json::array();
            for (const auto& reason : pair.reasons) reasons.push_back({{"code", reason.code}, {"text", reason.text}});
            pairs.push_back({{"pair_id", pair.pair_id},
                             {"mentee", pair.mentee},
                             {"mentor", pair.mentor},
                             {"last_held_at", pair.last_held_at ? json(*pair.last_held_at) : json(nullptr)},
                             {"reasons", reasons}});
        }
        at_risk["pairs"] = pairs;
    }
    json corrections = json::array();
    for (const auto& correction : health.corrections) corrections.push_back(ToJson(correction));
    json filter = json::object();
    if (!health.filter.side.empty()) filter["side"] = health.filter.side;
    if (!health.filter.survey.empty()) filter["survey"] = health.filter.survey;
    return json{
        {"programme_id", health.programme_id},
        {"programme_name", health.programme_name},
        {"anonymity_k", health.anonymity_k},
        {"generated_at", health.generated_at},
        {"people_included", health.people_included},
        {"filter", filter},
        {"funnel", funnel},
        {"sessions", sessions},
        {"cancellations", cancellations},
        {"goals", goals},
        {"pulses", {{"weeks", pulses}, {"overall", ToJson(health.pulse_overall)}}},
        {"qualities",
         {{"items", qualities}, {"programme_mean", ToJson(health.quality_programme_mean)}, {"surveys", surveys}}},
        {"at_risk", at_risk},
        {"corrections", corrections}};
}

json OutcomesJson(const ProgrammeOutcomes& outcomes) {
    const auto& retention = outcomes.retention;
    json learning = json::array();
    for (const auto& topic : outcomes.learning) {
        learning.push_back({{"topic", topic.topic},
                            {"before", FigureJson(topic.before)},
                            {"after", FigureJson(topic.after)},
                            {"change", Optional(topic.change)}});
    }
    json by_status = nullptr;
    if (outcomes.insights.by_status) by_status = *outcomes.insights.by_status;
    return {
        {"programme_id", outcomes.programme_id},
        {"programme_name", outcomes.programme_name},
        {"anonymity_k", outcomes.anonymity_k},
        {"starts_on", outcomes.starts_on},
        {"ends_on", outcomes.ends_on},
        {"as_of", outcomes.as_of},
        {"retention",
         {{"participants", GroupJson(retention.participants)},
          {"comparison", GroupJson(retention.comparison)},
          {"cells", retention.cells},
          {"participants_without_comparison", retention.participants_without_comparison},
          {"participants_not_in_directory", retention.participants_not_in_directory},
          {"difference", Optional(retention.difference)},
          {"ci_low", Optional(retention.ci_low)},
          {"ci_high", Optional(retention.ci_high)},
          {"confidence", 0.95},
          {"method", retention.method},
          {"restriction", retention.restriction},
          {"too_small", retention.too_small},
          {"too_small_rule", "each group needs at least " + std::to_string(domain::kMinimumGroupSize) +
                                 " people and at least 5 expected leavers and 5 expected stayers at the pooled rate"},
          {"statement", retention.statement}}},
        {"learning", learning},
        {"mentor_growth", FigureJson(outcomes.mentor_growth)},
        {"insights",
         {{"pairs", outcomes.insights.pairs},
          {"total", outcomes.insights.by_status ? json(outcomes.insights.total) : json(nullptr)},
          {"by_status", by_status},
          {"adopted_share", FigureJson(outcomes.insights.adopted_share)},
          {"withheld_reason",
           outcomes.insights.withheld_reason.empty() ? json(nullptr) : json(outcomes.insights.withheld_reason)}}},
    };
}

}  // namespace upward::http
