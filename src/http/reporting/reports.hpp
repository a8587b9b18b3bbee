#pragma once

#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::http {

/// The programme health dashboard as a document: format "json" (what the API returns) or "csv" (one section per
/// dashboard element). The same access and anonymity rules as the API: admins and the programme's sponsors only,
/// every figure below the programme's anonymity threshold withheld with its reason. `upward report health` prints it.
std::string RenderHealthReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                               long long programme_id, std::string_view format);

/// The outcomes as a document for scripts: format "json" or "csv" (anything else InvalidInput naming "format").
/// The same access and anonymity rules as the API. `upward report outcomes` prints it.
std::string RenderOutcomesReport(storage::Database& database, const Clock& clock, const domain::Caller& caller,
                                 long long programme_id, std::string_view format);

}  // namespace upward::http
