#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward notes-key generate [--output FILE]`: a new key for private session notes.
void AddNotesKeyCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
