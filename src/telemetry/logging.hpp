#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace upward::telemetry {

enum class LogLevel { kInfo, kWarning, kError };

/// One structured log line (JSON) on stderr: {"ts","level","event",...fields}. Callers pass route
/// patterns, never raw paths or query strings, so secrets in URLs do not reach the log.
void LogEvent(LogLevel level, const std::string& event, nlohmann::json fields = nlohmann::json::object());

}  // namespace upward::telemetry
