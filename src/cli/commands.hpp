#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

// Each adds one subcommand (with its own subcommands) to the app. The callbacks throw the product's
// errors; RunCli turns them into messages on stderr and exit codes.
void AddServeCommand(CLI::App& app, CliContext& context);
void AddMigrateCommand(CLI::App& app, CliContext& context);
void AddImportCommand(CLI::App& app, CliContext& context);
void AddPeopleCommand(CLI::App& app, CliContext& context);
void AddUserCommand(CLI::App& app, CliContext& context);
void AddTokenCommand(CLI::App& app, CliContext& context);
void AddDemoCommand(CLI::App& app, CliContext& context);
void AddMatchCommand(CLI::App& app, CliContext& context);

/// Runs the `upward` command line; returns the process exit status.
int RunCli(int argc, char** argv);

}  // namespace upward::cli
