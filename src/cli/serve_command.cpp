#include <unistd.h>

#include <boost/asio/ip/address.hpp>
#include <filesystem>
#include <iostream>

#include "app/open_database.hpp"
#include "app/services.hpp"
#include "cli/commands.hpp"
#include "cli/mail_options.hpp"
#include "cli/scheduler_worker.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "demo/demo_seed.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "service/mail/mail_worker.hpp"
#include "service/session_log/notes_key.hpp"
#include "telemetry/logging.hpp"

namespace upward::cli {

namespace {

// The built web UI sits beside the binary (build/web), or in the source tree's web/dist during development.
std::filesystem::path DefaultWebRoot() {
    std::error_code error;
    const auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        for (const auto& candidate :
             {binary.parent_path() / "web", binary.parent_path().parent_path() / "web" / "dist"}) {
            if (std::filesystem::exists(candidate / "index.html")) return candidate;
        }
    }
    return "web/dist";
}

struct ServeOptions {
    http::ServerOptions server;
    std::string web_root;
    bool demo = false;
    std::string public_url;
    MailOptions mail;
    int mail_poll_seconds = 5;
    SchedulerOptions scheduler;
    std::string notes_key_file;
};

// The address in email links: what people type, without a trailing slash, so callers append "/#/...".
std::string CheckedPublicUrl(std::string url) {
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!web || url.find_first_of(" \t\r\n\"<>") != std::string::npos) {
        throw InvalidInput("public-url",
                           "expected the address people open Upward at, such as https://mentoring.example.com");
    }
    while (url.size() > 8 && url.back() == '/') url.pop_back();
    return url;
}

// One log line per message: the outbox id and event key, never the address or the content.
void LogMailPass(const service::MailPassReport& report) {
    using Result = service::MailOutcome::Result;
    for (const auto& outcome : report.outcomes) {
        nlohmann::json fields = {{"id", outcome.id}, {"key", outcome.dedupe_key}, {"attempts", outcome.attempts}};
        if (outcome.result == Result::kSent) {
            telemetry::LogEvent(telemetry::LogLevel::kInfo, "mail_sent", fields);
            continue;
        }
        fields["error"] = outcome.error;
        if (outcome.result == Result::kRetry) {
            fields["next_attempt_at"] = FormatTimestamp(outcome.next_attempt_at);
            telemetry::LogEvent(telemetry::LogLevel::kWarning, "mail_retry", fields);
        } else {
            telemetry::LogEvent(telemetry::LogLevel::kError, "mail_failed", fields);
        }
    }
}

// Starts the outbox worker over `sending` (null when no SMTP server is configured: then it says once that mail
// stays queued).
std::unique_ptr<service::MailWorker> StartMailWorker(const ServeOptions& options, MailSending* sending,
                                                     app::Services& services) {
    if (sending == nullptr) {
        telemetry::LogEvent(
            telemetry::LogLevel::kWarning, "mail_worker_disabled",
            {{"reason", "no SMTP server (--smtp-url or UPWARD_SMTP_URL): email stays queued in the outbox"},
             {"queued", services.outbox.Summary(0).queued}});
        return nullptr;
    }
    service::MailWorker::Callbacks callbacks;
    callbacks.on_pass = LogMailPass;
    callbacks.on_error = [](const std::string& error) {
        telemetry::LogEvent(telemetry::LogLevel::kError, "mail_worker_error", {{"error", error}});
    };
    auto worker = std::make_unique<service::MailWorker>(sending->Dispatcher(),
                                                        std::chrono::seconds(options.mail_poll_seconds), callbacks);
    worker->Start();
    telemetry::LogEvent(telemetry::LogLevel::kInfo, "mail_worker_started",
                        {{"from", sending->Sender().address}, {"poll_seconds", options.mail_poll_seconds}});
    return worker;
}

void Serve(CliContext& context, const ServeOptions& options) {
    const std::string public_url = options.public_url.empty() ? "" : CheckedPublicUrl(options.public_url);
    auto server_options = options.server;
    server_options.https = public_url.rfind("https://", 0) == 0;
    auto& database = context.Database();
    std::optional<demo::DemoCredentials> credentials;
    if (options.demo) credentials = demo::EnsureDemo(database, context.GetClock(), context.db_url);
    telemetry::Metrics metrics;
    const http::StaticFiles static_files(options.web_root.empty() ? DefaultWebRoot()
                                                                  : std::filesystem::path(options.web_root));
    if (!static_files.Available()) {
        telemetry::LogEvent(telemetry::LogLevel::kWarning, "web_ui_missing",
                            {{"folder", static_files.Root().string()}});
    }
    // Read once: the key itself is never logged, only whether notes are available and, if not, why.
    const auto notes_key = service::LoadNotesKey(options.notes_key_file);
    if (notes_key.Available()) {
        telemetry::LogEvent(telemetry::LogLevel::kInfo, "notes_key_loaded", {{"key_id", notes_key.Require().Id()}});
    } else {
        telemetry::LogEvent(telemetry::LogLevel::kWarning, "notes_unavailable", {{"reason", notes_key.Reason()}});
    }
    http::Router router(metrics, &static_files);

    // Declared in the order they start, so they stop in reverse: the workers (finishing the job or message in
    // hand) before the services they use.
    std::unique_ptr<app::Services> services;
    // Built now, so that a wrong --smtp-url or --mail-from stops the command before it listens.
    const auto mail_sending =
        options.mail.Configured() ? std::make_unique<MailSending>(options.mail, database, context.GetClock()) : nullptr;
    std::unique_ptr<service::MailWorker> mail_worker;
    std::unique_ptr<SchedulerRunner> scheduler;
    http::Server server(router, server_options);
    server.Run([&](std::uint16_t port) {
        const auto url = "http://" + options.server.host + ":" + std::to_string(port);
        // Links in emails point at --public-url, else at the listening address, known only now when the port
        // was 0. Run calls this before it serves the first request, so everything is in place by then.
        const auto links_to = public_url.empty() ? url : public_url;
        services =
            std::make_unique<app::Services>(database, context.GetClock(), app::ServiceSettings{links_to, notes_key});
        http::AddRoutes(router, services->Api(metrics));
        mail_worker = StartMailWorker(options, mail_sending.get(), *services);
        scheduler =
            std::make_unique<SchedulerRunner>(options.scheduler, database, context.GetClock(), links_to, metrics);
        telemetry::LogEvent(telemetry::LogLevel::kInfo, "listening",
                            {{"url", url}, {"database", context.DisplayUrl()}});
        // Tests and scripts read this line to learn the port when they asked for port 0.
        std::cout << "listening on " << url << std::endl;
        if (credentials) {
            std::cout << "\nUpward demo is running at " << url << "\n"
                      << "  sign in as " << credentials->email << "\n"
                      << "  password   " << credentials->password << "\n"
                      << "(the demo credentials are kept in " << credentials->file << ")\n"
                      << std::endl;
        }
    });
    if (scheduler) scheduler->Stop();
    if (mail_worker) mail_worker->Stop();
    telemetry::LogEvent(telemetry::LogLevel::kInfo, "stopped");
}

}  // namespace

void AddServeCommand(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ServeOptions>();
    auto* command = app.add_subcommand("serve", "serve the web UI and the JSON API");
    command->add_option("--host", options->server.host, "address to listen on")->capture_default_str();
    command->add_option("--port", options->server.port, "port to listen on; 0 picks a free one")->capture_default_str();
    command->add_option("--web-root", options->web_root, "folder of the built web UI");
    command->add_option("--threads", options->server.threads, "worker threads")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
    command
        ->add_option("--trusted-proxy", options->server.trusted_proxies,
                     "address of a reverse proxy in front of Upward, whose X-Forwarded-For header names the client "
                     "(repeat for several); without it, the connection's address counts")
        ->transform(CLI::Validator(
            [](std::string& address) -> std::string {
                boost::system::error_code error;
                const auto parsed = boost::asio::ip::make_address(address, error);
                if (error) return "'" + address + "' is not an IP address";
                address = parsed.to_string();
                return {};
            },
            "IP", "IP address"));
    command->add_flag("--demo", options->demo, "seed the demo organisation and programme into an empty database");
    command
        ->add_option("--public-url", options->public_url,
                     "the address people open Upward at, used in email links (default: the listening address)")
        ->envname("UPWARD_PUBLIC_URL");
    AddMailOptions(command, options->mail);
    command
        ->add_option("--mail-poll-seconds", options->mail_poll_seconds, "how often the mail worker looks for due email")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    AddSchedulerOptions(command, options->scheduler);
    command->add_option("--notes-key-file", options->notes_key_file,
                        "file holding the key that encrypts private session notes (`upward notes-key generate`); "
                        "without it, UPWARD_NOTES_KEY (base64 of 32 bytes)");
    command->callback([&context, options] { Serve(context, *options); });
}

void AddMigrateCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("migrate", "apply pending database migrations");
    command->callback([&context] {
        const auto report = app::Migrate(context.db_url);
        std::cout << "schema version " << report.schema_version << " (" << report.applied << " migration"
                  << (report.applied == 1 ? "" : "s") << " applied)\n";
    });
}

}  // namespace upward::cli
