#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward funnel --programme ID [--people] [--format table|json]`: the enrolment funnel as an admin scripts it.
void AddFunnelCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
