#include <iostream>

#include "cli/commands.hpp"
#include "demo/demo_seed.hpp"

namespace upward::cli {

void AddDemoCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("demo", "seed the demo organisation and programme into an empty database");
    command->callback([&context] {
        const auto credentials = demo::EnsureDemo(context.Database(), context.GetClock(), context.db_url);
        std::cout << "demo admin: " << credentials.email << "\npassword:   " << credentials.password << "\n(kept in "
                  << credentials.file << ")\n";
    });
}

}  // namespace upward::cli
