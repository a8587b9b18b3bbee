#include "service/enrolment/ground_rules.hpp"

#include <nlohmann/json.hpp>

#include "service/secrets/secrets.hpp"

namespace upward::service {

std::string GroundRulesDigest(const domain::Programme& programme) {
    if (programme.ground_rules.empty()) return {};
    // The JSON list keeps rule boundaries: ["a b"] and ["a", "b"] digest differently.
    return DigestSecret(nlohmann::json(programme.ground_rules).dump());
}

}  // namespace upward::service
