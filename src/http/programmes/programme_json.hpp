#pragma once

#include <nlohmann/json.hpp>

#include "domain/programme.hpp"

namespace upward::http {

/// A programme as the API gives it, with timestamps as ISO-8601 text.
nlohmann::json ToJson(const domain::Programme& programme);

/// The fields a patch sets, in the API's names (a template's programme).
nlohmann::json ProgrammePatchJson(const domain::ProgrammePatch& patch);

/// Reads the writable fields of a programme from a request body. Unknown fields and fields of the wrong type throw
/// InvalidInput naming the field, the first in the body's key order.
domain::ProgrammePatch ProgrammePatchFromJson(const nlohmann::json& body);

/// A new programme's body: as ProgrammePatchFromJson, and a "template" that names no template is refused first.
domain::ProgrammePatch NewProgrammeFromJson(const nlohmann::json& body);

}  // namespace upward::http
