#include "telemetry/logging.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "core/text.hpp"

namespace upward::telemetry {

namespace {
spdlog::logger& Logger() {
    static auto logger = [] {
        auto created = spdlog::stderr_logger_mt("upward");
        created->set_pattern("%v");
        created->flush_on(spdlog::level::info);
        return created;
    }();
    return *logger;
}
}  // namespace

void LogEvent(LogLevel level, const std::string& event, nlohmann::json fields) {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    fields["ts"] = FormatTimestamp(std::chrono::duration_cast<std::chrono::seconds>(now).count());
    fields["level"] = level == LogLevel::kInfo ? "info" : level == LogLevel::kWarning ? "warning" : "error";
    fields["event"] = event;
    const auto line = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    switch (level) {
        case LogLevel::kInfo:
            Logger().info(line);
            break;
        case LogLevel::kWarning:
            Logger().warn(line);
            break;
        case LogLevel::kError:
            Logger().error(line);
            break;
    }
}

}  // namespace upward::telemetry
