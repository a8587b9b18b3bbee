#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward training import --programme ID --role mentor|mentee FILE.md` and `upward training list --programme ID`.
void AddTrainingCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
