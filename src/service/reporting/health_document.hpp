#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/anonymity.hpp"
#include "service/reporting/health_service.hpp"

namespace upward::service {

/// The health dashboard as the API and `upward report health` give it: JSON, and CSV one element at a time.
/// A withheld figure is null with its reason, never zero.

nlohmann::json ToJson(const domain::GuardedFigure& figure);
nlohmann::json ToJson(const CorrectionView& correction);
nlohmann::json ToJson(const ProgrammeHealth& health);

/// The dashboard's elements, in the order the CSV report lists them.
const std::vector<std::string>& HealthCsvElements();
/// One element as CSV with a header row; InvalidInput("element") for an unknown element.
std::string HealthCsv(const ProgrammeHealth& health, std::string_view element);

}  // namespace upward::service
