#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/demo_seed.hpp"
#include "http/api.hpp"
#include "http/logging.hpp"
#include "http/server.hpp"

namespace upward::cli {

namespace {

// The built web UI sits beside the binary (build/web), or in the source tree's web/dist during development.
std::filesystem::path DefaultWebRoot() {
    std::error_code error;
    const auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        for (const auto& candidate : {binary.parent_path() / "web", binary.parent_path().parent_path() / "web" / "dist"}) {
            if (std::filesystem::exists(candidate / "index.html")) return candidate;
        }
    }
    return "web/dist";
}

struct ServeOptions {
    http::ServerOptions server;
    std::string web_root;
    bool demo = false;
};

void Serve(CliContext& context, const ServeOptions& options) {
    auto& database = context.Database();
    std::optional<DemoCredentials> demo;
    if (options.demo) demo = EnsureDemo(database, context.GetClock(), context.db_url);

    service::AuthService auth(database, context.GetClock());
    service::PeopleService people(database, context.GetClock());
    service::ProgrammeService programmes(database, context.GetClock());
    service::MatchingService matching(database, context.GetClock());
    http::Metrics metrics;
    const http::StaticFiles static_files(options.web_root.empty() ? DefaultWebRoot() : std::filesystem::path(options.web_root));
    if (!static_files.Available()) {
        http::LogEvent(http::LogLevel::kWarning, "web_ui_missing", {{"folder", static_files.Root().string()}});
    }
    http::Router router(auth, metrics, &static_files);
    http::AddRoutes(router, {database, context.GetClock(), auth, people, programmes, matching, metrics});

    http::Server server(router, options.server);
    server.Run([&](std::uint16_t port) {
        const auto url = "http://" + options.server.host + ":" + std::to_string(port);
        http::LogEvent(http::LogLevel::kInfo, "listening", {{"url", url}, {"database", database.DisplayUrl()}});
        // Tests and scripts read this line to learn the port when they asked for port 0.
        std::cout << "listening on " << url << std::endl;
        if (demo) {
            std::cout << "\nUpward demo is running at " << url << "\n"
                      << "  sign in as " << demo->email << "\n"
                      << "  password   " << demo->password << "\n"
                      << "(the demo credentials are kept in " << demo->file << ")\n"
                      << std::endl;
        }
    });
    http::LogEvent(http::LogLevel::kInfo, "stopped");
}

}  // namespace

void AddServeCommand(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ServeOptions>();
    auto* command = app.add_subcommand("serve", "serve the web UI and the JSON API");
    command->add_option("--host", options->server.host, "address to listen on")->capture_default_str();
    command->add_option("--port", options->server.port, "port to listen on; 0 picks a free one")->capture_default_str();
    command->add_option("--web-root", options->web_root, "folder of the built web UI");
    command->add_option("--threads", options->server.threads, "worker threads")->check(CLI::Range(1, 64))->capture_default_str();
    command->add_flag("--demo", options->demo, "seed the demo organisation and programme into an empty database");
    command->callback([&context, options] { Serve(context, *options); });
}

void AddMigrateCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("migrate", "apply pending database migrations");
    command->callback([&context] {
        auto database = storage::Database::Open(context.db_url, 1);
        const auto applied = database->Migrate();
        std::cout << "schema version " << database->SchemaVersion() << " (" << applied.size() << " migration"
                  << (applied.size() == 1 ? "" : "s") << " applied)\n";
    });
}

}  // namespace upward::cli
