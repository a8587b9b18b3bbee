#pragma once

#include <nlohmann/json.hpp>

#include "domain/programme.hpp"
#include "http/programmes/programme_json.hpp"

namespace upward {

/// A programme's fields written as the API's JSON body, read as the API reads them.
inline domain::ProgrammePatch ProgrammeFields(const nlohmann::json& body) { return http::ProgrammePatchFromJson(body); }

}  // namespace upward
