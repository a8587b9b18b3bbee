#include "service/reporting/health_document.hpp"

#include <cstdio>
#include <sstream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/csv/csv_cell.hpp"

namespace upward::service {

using nlohmann::json;

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

std::string Number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

std::string Number(const std::optional<double>& value) { return value ? Number(*value) : ""; }

class Csv {
public:
    Csv& Row(std::initializer_list<std::string> cells) {
        bool first = true;
        for (const auto& cell : cells) {
            if (!first) out_ << ',';
            out_ << cell;
            first = false;
        }
        out_ << "\r\n";
        return *this;
    }
    std::string Text() const { return out_.str(); }

private:
    std::ostringstream out_;
};

// value, answers, withheld_reason
std::string FigureCells(const domain::GuardedFigure& figure) {
    return Number(figure.value) + "," + std::to_string(figure.count) + "," + CsvCell(figure.withheld_reason);
}

std::string FunnelCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"step", "mentors", "mentees", "total"});
    for (const auto& step : health.funnel) {
        csv.Row({step.step, std::to_string(step.mentors), std::to_string(step.mentees),
                 std::to_string(step.mentors + step.mentees)});
    }
    return csv.Text();
}

std::string SessionsCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"week", "planned", "held", "cancelled", "held_rate"});
    for (const auto& week : health.sessions) {
        csv.Row({week.week, std::to_string(week.planned), std::to_string(week.held), std::to_string(week.cancelled),
                 Number(week.held_rate)});
    }
    return csv.Text();
}

std::string CancellationsCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"side", "cancellations", "no_shows"});
    for (const auto& side : health.cancellations) {
        csv.Row({side.side, std::to_string(side.cancellations), std::to_string(side.no_shows)});
    }
    return csv.Text();
}

std::string GoalsCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"goals_of", "mean_percent", "answers", "withheld_reason"});
    for (const auto& goal : health.goals) csv.Row({goal.side, FigureCells(goal.mean_percent)});
    return csv.Text();
}

std::string PulsesCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"week", "mean_usefulness", "answers", "withheld_reason"});
    for (const auto& point : health.pulses) csv.Row({point.week, FigureCells(point.mean)});
    csv.Row({"all weeks shown", FigureCells(health.pulse_overall)});
    return csv.Text();
}

std::string QualitiesCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"rated_side", "quality", "mean", "answers", "withheld_reason", "difference_from_programme_mean"});
    for (const auto& quality : health.qualities) {
        csv.Row({quality.rated_side, CsvCell(quality.quality), FigureCells(quality.mean), Number(quality.difference)});
    }
    csv.Row({"all", "programme mean", FigureCells(health.quality_programme_mean), ""});
    for (const auto& survey : health.surveys) {
        csv.Row({"all", survey.survey + " survey mean", FigureCells(survey.mean), ""});
    }
    return csv.Text();
}

std::string AtRiskCsv(const ProgrammeHealth& health) {
    Csv csv;
    if (!health.at_risk.named) {
        csv.Row({"pairs_at_risk"});
        csv.Row({std::to_string(health.at_risk.count)});
        return csv.Text();
    }
    csv.Row({"pair_id", "mentee", "mentor", "last_held_on", "reasons"});
    for (const auto& pair : health.at_risk.pairs) {
        std::string reasons;
        for (const auto& reason : pair.reasons) reasons += (reasons.empty() ? "" : "; ") + reason.text;
        csv.Row({std::to_string(pair.pair_id), CsvCell(pair.mentee), CsvCell(pair.mentor),
                 pair.last_held_at ? FormatDate(*pair.last_held_at) : "", CsvCell(reasons)});
    }
    return csv.Text();
}

std::string CorrectionsCsv(const ProgrammeHealth& health) {
    Csv csv;
    csv.Row({"id", "effective_on", "what_changed", "reason", "recorded_by", "weeks", "period", "from", "to", "planned",
             "held", "held_rate", "cancellations", "pulse_mean", "pulse_answers", "pulse_withheld_reason"});
    for (const auto& correction : health.corrections) {
        for (const auto& [name, period] :
             {std::pair{"before", &correction.before}, std::pair{"after", &correction.after}}) {
            csv.Row({std::to_string(correction.id), correction.effective_on, CsvCell(correction.what_changed),
                     CsvCell(correction.reason), CsvCell(correction.recorded_by), std::to_string(correction.weeks),
                     name, period->from, period->to, std::to_string(period->planned), std::to_string(period->held),
                     Number(period->held_rate), std::to_string(period->cancellations),
                     FigureCells(period->pulse_mean)});
        }
    }
    return csv.Text();
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

const std::vector<std::string>& HealthCsvElements() {
    static const std::vector<std::string> elements = {"funnel", "sessions",  "cancellations", "goals",
                                                      "pulses", "qualities", "at_risk",       "corrections"};
    return elements;
}

std::string HealthCsv(const ProgrammeHealth& health, std::string_view element) {
    if (element == "funnel") return FunnelCsv(health);
    if (element == "sessions") return SessionsCsv(health);
    if (element == "cancellations") return CancellationsCsv(health);
    if (element == "goals") return GoalsCsv(health);
    if (element == "pulses") return PulsesCsv(health);
    if (element == "qualities") return QualitiesCsv(health);
    if (element == "at_risk") return AtRiskCsv(health);
    if (element == "corrections") return CorrectionsCsv(health);
    throw InvalidInput("element",
                       "element must be one of funnel, sessions, cancellations, goals, pulses, qualities, at_risk, "
                       "corrections");
}

}  // namespace upward::service
