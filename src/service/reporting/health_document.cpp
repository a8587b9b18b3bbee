#include "service/reporting/health_document.hpp"

#include <cstdio>
#include <sstream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/csv/csv_cell.hpp"

namespace upward::service {

namespace {

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
