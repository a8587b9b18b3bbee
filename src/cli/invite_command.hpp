#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace upward::cli {

/// `upward invite --programme ID --side mentor|mentee (--people E1,E2 | --grade-min N --grade-max N
/// --department D --location L) [--expires-in-days N] [--public-url URL]`: invites and prints how many.
void AddInviteCommand(CLI::App& app, CliContext& context);

}  // namespace upward::cli
