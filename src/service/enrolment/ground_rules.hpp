#pragma once

#include <string>

#include "domain/programme.hpp"

namespace upward::service {

/// The digest of a programme's current ground rules (hex BLAKE2b-256 of the rules as a JSON list), stored
/// with each acknowledgement: when the rules change, the digest does, and everyone acknowledges again.
/// Empty when the programme has no ground rules (nothing to acknowledge).
std::string GroundRulesDigest(const domain::Programme& programme);

}  // namespace upward::service
