#include "service/enrolment/ground_rules.hpp"

#include "service/secrets/secrets.hpp"
#include "storage/programmes/programme_columns.hpp"

namespace upward::service {

std::string GroundRulesDigest(const domain::Programme& programme) {
    if (programme.ground_rules.empty()) return {};
    // The stored text keeps rule boundaries: ["a b"] and ["a", "b"] digest differently.
    return DigestSecret(storage::GroundRulesText(programme.ground_rules));
}

}  // namespace upward::service
