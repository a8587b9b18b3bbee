#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/match_solve.hpp"
#include "core/errors.hpp"
#include "service/matching/matching_service.hpp"

namespace upward::cli {

namespace {

std::string ReadProfilesFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput("FILE", "cannot read " + path);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string Points(long long milli_points) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(3) << static_cast<double>(milli_points) / 1000.0;
    return text.str();
}

void PrintReasons(const char* side, const std::map<std::string, long long>& counts) {
    long long total = 0;
    for (const auto& [reason, count] : counts) total += count;
    std::cout << "unmatched " << side << ": " << total << "\n";
    for (const auto& [reason, count] : counts) std::cout << "  " << reason << ": " << count << "\n";
}

void RunMatching(CliContext& context, long long programme_id) {
    auto& matching = context.Services().matching;
    const auto summary = matching.Run(context.Operator(), programme_id);
    const auto& run = summary.run;
    std::cout << "run " << run.id << " (" << run.mode << "): " << run.mentees << " mentees, " << run.mentors
              << " mentors\n"
              << "pairs: " << run.pair_count << "\n"
              << "total score: " << Points(run.total_score);
    if (run.pair_count > 0) std::cout << " (mean " << Points(run.total_score / run.pair_count) << ")";
    std::cout << "\n";
    PrintReasons("mentees", summary.unmatched_mentees_by_reason);
    PrintReasons("mentors", summary.unmatched_mentors_by_reason);
    for (const auto& pin : run.rejected_pins) {
        std::cout << "pin " << pin.mentee << " -> " << pin.mentor << " not honoured: " << pin.rule << " (" << pin.detail
                  << ")\n";
    }
    std::cout << "time: " << run.duration_ms << " ms\n";
}

void PublishMatching(CliContext& context, long long programme_id) {
    auto& matching = context.Services().matching;
    const auto result = matching.Publish(context.Operator(), programme_id);
    if (result.already_published) {
        std::cout << "run " << result.run_id << " is published already; nothing changed\n";
    } else {
        std::cout << "run " << result.run_id << " published: " << result.pairs_created << " proposed pairs\n";
    }
}

void ImportProfiles(CliContext& context, long long programme_id, const std::string& file) {
    auto& matching = context.Services().matching;
    const auto saved = matching.ImportProfiles(context.Operator(), programme_id, ReadProfilesFile(file));
    std::cout << saved << " profiles saved\n";
}

}  // namespace

void AddMatchCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("match", "match mentees with mentors");
    command->require_subcommand(1);

    auto programme = std::make_shared<long long>(0);
    auto* run =
        command->add_subcommand("run", "run matching for a programme and store its proposals (publishes nothing)");
    run->add_option("--programme", *programme, "programme id")->required()->check(CLI::PositiveNumber);
    run->callback([&context, programme] { RunMatching(context, *programme); });

    auto* publish = command->add_subcommand("publish", "publish the latest run's proposals as proposed pairs");
    publish->add_option("--programme", *programme, "programme id")->required()->check(CLI::PositiveNumber);
    publish->callback([&context, programme] { PublishMatching(context, *programme); });

    auto* profiles = command->add_subcommand("profiles", "matching profiles");
    profiles->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* import = profiles->add_subcommand(
        "import",
        "import profiles from CSV: employee_id, side, languages, topics, availability, capacity, eligible, "
        "preferences; nothing is written when any row is bad");
    import->add_option("--programme", *programme, "programme id")->required()->check(CLI::PositiveNumber);
    import->add_option("FILE", *file, "the CSV file")->required();
    import->callback([&context, programme, file] { ImportProfiles(context, *programme, *file);
});

auto solve_options = std::make_shared<MatchSolveOptions>();
auto* solve = command->add_subcommand("solve", "solve a maximum-score assignment from a file and print JSON");
auto* dense = solve->add_option("--dense", solve_options->dense_path, "score matrix (CSV or .npy), mentees x mentors");
auto* edges = solve->add_option("--edges", solve_options->edges_path, "CSV edges mentee,mentor,score");
dense->excludes(edges);
solve->add_option("--capacities", solve_options->capacities_path, "CSV mentor,capacity (with --edges)")->needs(edges);
solve->add_option("--decimals", solve_options->decimals, "decimals scores are rounded to")->capture_default_str();
solve->add_flag("!--require-all", solve_options->allow_unmatched, "fail unless every mentee is matched");
solve->callback([solve_options] {
    if (solve_options->dense_path.empty() == solve_options->edges_path.empty()) {
        throw InvalidInput("solve", "give exactly one of --dense FILE or --edges FILE");
    }
    const int status = RunMatchSolve(*solve_options, std::cout, std::cerr);
    if (status != 0) throw CLI::RuntimeError(status);
});
}  // namespace upward::cli

}  // namespace upward::cli
