#pragma once

#include <nlohmann/json.hpp>

#include "domain/person.hpp"
#include "domain/records/identity_records.hpp"
#include "domain/roles.hpp"
#include "service/directory/people_import.hpp"

namespace upward::http {

nlohmann::json ToJson(const domain::Person& person);
nlohmann::json ToJson(const service::ImportReport& report);
nlohmann::json ToJson(const domain::ApiToken& token);
nlohmann::json CallerJson(const domain::Caller& caller);
/// Reads the API's import request: {"csv", "mapping", "full", "dry_run", "skip_bad_rows"}.
service::ImportOptions ImportOptionsFromJson(const nlohmann::json& body);

}  // namespace upward::http
