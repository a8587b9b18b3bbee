#pragma once

#include <nlohmann/json.hpp>

#include "domain/anonymity.hpp"
#include "service/reporting/health_service.hpp"
#include "service/reporting/outcomes_service.hpp"

namespace upward::http {

/// The health dashboard and the outcomes as the API and `upward report` give them (see openapi.json).
/// A withheld figure is null with its reason, never zero.

nlohmann::json ToJson(const domain::GuardedFigure& figure);
nlohmann::json ToJson(const service::CorrectionView& correction);
nlohmann::json ToJson(const service::ProgrammeHealth& health);
nlohmann::json OutcomesJson(const service::ProgrammeOutcomes& outcomes);

}  // namespace upward::http
