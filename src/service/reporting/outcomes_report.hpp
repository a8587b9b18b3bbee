#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "service/reporting/outcomes_service.hpp"

namespace upward::service {

/// The outcomes as the API returns them. Withheld figures are null with their reason beside them, never zero.
nlohmann::json OutcomesJson(const ProgrammeOutcomes& outcomes);

/// The CSV sections of the export, in order.
const std::vector<std::string>& OutcomesCsvSections();

/// The outcomes as CSV, one figure a row: section,item,figure,value,count,note. A withheld figure has an empty
/// value and its reason as the note. `section` (retention, learning, mentor_growth, insights) keeps only that
/// section's rows; empty keeps all. An unknown section is InvalidInput naming "section".
std::string OutcomesCsv(const ProgrammeOutcomes& outcomes, std::string_view section = "");

/// The outcomes as a document for scripts: format "json" or "csv" (anything else InvalidInput naming "format").
/// The same access and anonymity rules as the API. `upward report outcomes` prints it.
std::string RenderOutcomesReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                                 long long programme_id, std::string_view format);

}  // namespace upward::service
