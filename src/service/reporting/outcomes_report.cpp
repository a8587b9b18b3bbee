#include "service/reporting/outcomes_report.hpp"

#include <algorithm>
#include <cstdio>

#include "core/errors.hpp"
#include "service/csv/csv_cell.hpp"

namespace upward::service {

namespace {

std::string Number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

class CsvWriter {
public:
    explicit CsvWriter(std::string_view section) : section_(section) {
        text_ = "section,item,figure,value,count,note\r\n";
    }

    void Row(const std::string& section, const std::string& item, const std::string& figure, const std::string& value,
             const std::string& count, const std::string& note) {
        if (!section_.empty() && section_ != section) return;
        text_ +=
            section + "," + CsvCell(item) + "," + figure + "," + value + "," + count + "," + CsvCell(note) + "\r\n";
    }
    void Figure(const std::string& section, const std::string& item, const std::string& figure,
                const domain::GuardedFigure& guarded) {
        Row(section, item, figure, guarded.value ? Number(*guarded.value) : "", std::to_string(guarded.count),
            guarded.Withheld() ? guarded.withheld_reason : "");
    }
    std::string Take() { return std::move(text_); }

private:
    std::string section_;
    std::string text_;
};

std::string Count(const std::optional<long long>& count) { return count ? std::to_string(*count) : ""; }

}  // namespace

const std::vector<std::string>& OutcomesCsvSections() {
    static const std::vector<std::string> sections = {"retention", "learning", "mentor_growth", "insights"};
    return sections;
}

std::string OutcomesCsv(const ProgrammeOutcomes& outcomes, std::string_view section) {
    const auto& sections = OutcomesCsvSections();
    if (!section.empty() && std::find(sections.begin(), sections.end(), section) == sections.end()) {
        throw InvalidInput("section", "section must be one of retention, learning, mentor_growth, insights");
    }
    CsvWriter csv(section);
    const auto& retention = outcomes.retention;
    for (const auto& [name, group] :
         {std::pair{"participants", &retention.participants}, std::pair{"comparison", &retention.comparison}}) {
        const auto size = std::to_string(group->size);
        csv.Figure("retention", name, "retention_rate", group->retention);
        csv.Row("retention", name, "stayed", Count(group->stayed), size, group->retention.withheld_reason);
        csv.Row("retention", name, "left", Count(group->left), size, group->retention.withheld_reason);
    }
    const auto optional_number = [](const std::optional<double>& value) { return value ? Number(*value) : ""; };
    const std::string withheld = retention.difference ? "" : "withheld with the groups";
    csv.Row("retention", "difference", "participants_minus_comparison", optional_number(retention.difference), "",
            withheld);
    csv.Row("retention", "difference", "ci95_low", optional_number(retention.ci_low), "",
            withheld.empty() ? retention.method : withheld);
    csv.Row("retention", "difference", "ci95_high", optional_number(retention.ci_high), "",
            withheld.empty() ? retention.method : withheld);
    csv.Row("retention", "cells", "cells_with_both_groups", std::to_string(retention.cells), "", retention.restriction);
    csv.Row("retention", "participants_without_comparison", "people",
            std::to_string(retention.participants_without_comparison), "",
            "left out: no comparison person in their cell");
    csv.Row("retention", "conclusion", "too_small", retention.too_small ? "yes" : "no", "", retention.statement);
    csv.Row("retention", "as_of", "date", outcomes.as_of, "", "retention measured on this date");

    for (const auto& topic : outcomes.learning) {
        csv.Figure("learning", topic.topic, "mean_before", topic.before);
        csv.Figure("learning", topic.topic, "mean_after", topic.after);
        csv.Row("learning", topic.topic, "change", topic.change ? Number(*topic.change) : "", "",
                topic.change ? "" : "withheld with a mean it needs");
    }
    csv.Figure("mentor_growth", "mentor_goals", "mean_latest_percent", outcomes.mentor_growth);

    const auto& insights = outcomes.insights;
    for (const auto& status : InsightStatuses()) {
        csv.Row("insights", status, "count", insights.by_status ? std::to_string(insights.by_status->at(status)) : "",
                std::to_string(insights.pairs), insights.withheld_reason);
    }
    csv.Figure("insights", "adopted", "adopted_share", insights.adopted_share);
    return csv.Take();
}

}  // namespace upward::service
