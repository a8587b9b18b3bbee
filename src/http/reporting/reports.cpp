#include "http/reporting/reports.hpp"

#include "core/errors.hpp"
#include "http/reporting/reporting_json.hpp"
#include "http/types.hpp"
#include "service/reporting/health_document.hpp"
#include "service/reporting/health_service.hpp"
#include "service/reporting/outcomes_report.hpp"
#include "service/reporting/outcomes_service.hpp"

namespace upward::http {

std::string RenderHealthReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                               long long programme_id, std::string_view format) {
    if (format != "json" && format != "csv") throw InvalidInput("format", "format must be json or csv");
    service::HealthService service(database, clock);
    const auto health = service.Health(caller, programme_id);
    if (format == "json") return JsonText(ToJson(health), 2) + "\n";
    // One section per dashboard element, each headed by its name, separated by a blank line.
    std::string report;
    for (const auto& element : service::HealthCsvElements()) {
        if (!report.empty()) report += "\r\n";
        report += "# " + element + "\r\n" + service::HealthCsv(health, element);
    }
    return report;
}

std::string RenderOutcomesReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                                 long long programme_id, std::string_view format) {
    if (format != "json" && format != "csv") throw InvalidInput("format", "format must be csv or json");
    const auto outcomes = service::OutcomesService(database, clock).Outcomes(caller, programme_id);
    return format == "json" ? JsonText(OutcomesJson(outcomes), 2) + "\n" : service::OutcomesCsv(outcomes);
}

}  // namespace upward::http
