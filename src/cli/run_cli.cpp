#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/funnel_command.hpp"
#include "cli/invite_command.hpp"
#include "cli/mail_commands.hpp"
#include "cli/notes_key_command.hpp"
#include "cli/report_command.hpp"
#include "cli/training_command.hpp"
#include "core/errors.hpp"

namespace upward::cli {

namespace {

// Exit statuses scripts can tell apart. Usage errors share 2 with bad input: both mean "fix the command".
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;
constexpr int kExitNotFound = 3;
constexpr int kExitConflict = 4;
constexpr int kExitUnavailable = 5;

int ReportError(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const InvalidInput& e) {
        std::cerr << "upward: " << (e.Field().empty() ? "" : e.Field() + ": ") << e.what() << "\n";
        for (const auto& row : e.Rows())
            std::cerr << "  row " << row.row << ": " << row.field << ": " << row.reason << "\n";
        return kExitInvalidInput;
    } catch (const NotFound& e) {
        std::cerr << "upward: " << e.what() << "\n";
        return kExitNotFound;
    } catch (const Conflict& e) {
        std::cerr << "upward: " << e.what() << "\n";
        return kExitConflict;
    } catch (const Unavailable& e) {
        std::cerr << "upward: " << e.what() << "\n";
        return kExitUnavailable;
    } catch (const std::exception& e) {
        std::cerr << "upward: " << e.what() << "\n";
        return kExitFailure;
    }
}

}  // namespace

int RunCli(int argc, char** argv) {
    CliContext context;
    if (const char* url = std::getenv("UPWARD_DB"); url != nullptr && *url != '\0') context.db_url = url;

    CLI::App app{"Upward: run reverse mentoring programmes", "upward"};
    app.set_version_flag("--version", std::string("upward ") + UPWARD_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--db", context.db_url,
                   "database: an SQLite file path (default upward.db) or a postgresql:// URL; also UPWARD_DB");
    AddServeCommand(app, context);
    AddMigrateCommand(app, context);
    AddImportCommand(app, context);
    AddPeopleCommand(app, context);
    AddUserCommand(app, context);
    AddTokenCommand(app, context);
    AddDemoCommand(app, context);
    AddMatchCommand(app, context);
    AddFunnelCommand(app, context);
    AddMailCommand(app, context);
    AddTrainingCommand(app, context);
    AddInviteCommand(app, context);
    AddNotesKeyCommand(app, context);
    AddReportCommand(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int status = app.exit(error);
        return status == 0 ? 0 : kExitInvalidInput;
    } catch (...) {
        return ReportError(std::current_exception());
    }
    return 0;
}

}  // namespace upward::cli
