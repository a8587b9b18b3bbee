#pragma once

#include <string>

namespace upward::domain {

/// True when `name` is a zone in the IANA database installed on this system (tzdata).
bool IsKnownTimeZone(const std::string& name);

}  // namespace upward::domain
