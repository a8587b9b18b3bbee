#pragma once

#include <string>
#include <string_view>

#include "service/reporting/outcomes_service.hpp"

namespace upward::service {

/// The CSV sections of the export, in order.
const std::vector<std::string>& OutcomesCsvSections();

/// The outcomes as CSV, one figure a row: section,item,figure,value,count,note. A withheld figure has an empty
/// value and its reason as the note. `section` (retention, learning, mentor_growth, insights) keeps only that
/// section's rows; empty keeps all. An unknown section is InvalidInput naming "section".
std::string OutcomesCsv(const ProgrammeOutcomes& outcomes, std::string_view section = "");

}  // namespace upward::service
