#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/anonymity.hpp"
#include "service/reporting/health_service.hpp"

namespace upward::service {

/// The health dashboard as CSV, one element at a time (the JSON is the API's, in http/reporting).
/// A withheld figure is an empty value with its reason, never zero.

/// The dashboard's elements, in the order the CSV report lists them.
const std::vector<std::string>& HealthCsvElements();
/// One element as CSV with a header row; InvalidInput("element") for an unknown element.
std::string HealthCsv(const ProgrammeHealth& health, std::string_view element);

}  // namespace upward::service
