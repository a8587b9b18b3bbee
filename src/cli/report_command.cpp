// `upward report`: the programme health dashboard and the outcomes as JSON or CSV, for scripts. Both documents
// come from the services that serve the API, so a figure withheld in the web UI is withheld here too.
#include "cli/report_command.hpp"

#include <iostream>
#include <memory>

#include "core/errors.hpp"
#include "http/reporting/reports.hpp"

namespace upward::cli {

namespace {

struct ReportOptions {
    std::string kind;
    long long programme_id = 0;
    std::string format = "json";
};

}  // namespace

void AddReportCommand(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ReportOptions>();
    auto* report = app.add_subcommand(
        "report",
        "a programme's health dashboard (funnel, sessions, cancellations, goals, pulses and surveys, qualities, pairs "
        "at risk) or outcomes (retention against comparable colleagues, learning, mentor growth, insights) as JSON or "
        "CSV");
    // A positional word rather than two subcommands, so a wrong one is named in the error ("weather not in ...").
    report->add_option("KIND", options->kind, "health or outcomes")
        ->required()
        ->check(CLI::IsMember({"health", "outcomes"}));
    report->add_option("--programme", options->programme_id, "the programme's id")->required();
    report->add_option("--format", options->format, "json (default) or csv");
    report->callback([options, &context] {
        if (options->format != "csv" && options->format != "json") {
            throw InvalidInput("--format", "must be csv or json");
        }
        if (options->programme_id <= 0) throw InvalidInput("--programme", "must be a positive id");
        const auto render = options->kind == "health" ? &http::RenderHealthReport : &http::RenderOutcomesReport;
        const auto text =
            render(context.Database(), context.GetClock(), context.Operator(), options->programme_id, options->format);
        std::cout << text;
        if (!text.empty() && text.back() != '\n') std::cout << "\n";
    });
}

}  // namespace upward::cli
