#pragma once

#include <string>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// Records who read or changed personal data. Never pass secrets or personal field values as detail.
void Audit(storage::Connection& session, const Clock& clock, const domain::Caller& caller, const std::string& action,
           const std::string& subject, const std::string& detail = "");

}  // namespace upward::service
