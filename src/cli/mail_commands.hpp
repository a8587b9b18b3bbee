#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward mail status | send | retry`: the outbox for operators and cron jobs.
void AddMailCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
