#include "service/reporting/health_report.hpp"

#include "core/errors.hpp"
#include "service/reporting/health_document.hpp"
#include "service/reporting/health_service.hpp"
#include "storage/database/database.hpp"

namespace upward::service {

std::string RenderHealthReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                               long long programme_id, std::string_view format) {
    if (format != "json" && format != "csv") throw InvalidInput("format", "format must be json or csv");
    HealthService service(database, clock);
    const auto health = service.Health(caller, programme_id);
    if (format == "json") return ToJson(health).dump(2) + "\n";
    // One section per dashboard element, each headed by its name, separated by a blank line.
    std::string report;
    for (const auto& element : HealthCsvElements()) {
        if (!report.empty()) report += "\r\n";
        report += "# " + element + "\r\n" + HealthCsv(health, element);
    }
    return report;
}

}  // namespace upward::service
