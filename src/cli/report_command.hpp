#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward report health|outcomes --programme ID [--format csv|json]`: a programme's health dashboard or outcomes
/// for scripts, as the operator (an administrator) with the same anonymity rules as the web UI.
void AddReportCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
