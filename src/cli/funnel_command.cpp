#include "cli/funnel_command.hpp"

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "service/reporting/funnel_service.hpp"

namespace upward::cli {

namespace {

struct FunnelOptions {
    long long programme_id = 0;
    bool people = false;
    std::string format = "table";
};

nlohmann::json SideJson(const domain::SideFunnel& side, bool people) {
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : side.steps) {
        nlohmann::json entry = {{"step", domain::ToString(step.step)}, {"count", step.count}};
        if (people) {
            entry["people"] = nlohmann::json::array();
            for (const auto& person : step.people) {
                entry["people"].push_back(
                    {{"employee_id", person.employee_id},
                     {"name", person.name},
                     {"blocked_on",
                      person.blocked_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(person.blocked_on)}});
            }
        }
        steps.push_back(std::move(entry));
    }
    return {{"side", domain::ToString(side.side)}, {"steps", steps}};
}

void PrintTable(const service::ProgrammeFunnel& funnel, bool people) {
    std::cout << std::left << std::setw(28) << "step" << std::right << std::setw(9) << "mentors" << std::setw(9)
              << "mentees"
              << "\n";
    for (std::size_t i = 0; i < domain::kFunnelStepCount; ++i) {
        std::cout << std::left << std::setw(28) << domain::ToString(domain::kFunnelSteps[i]) << std::right;
        for (const auto& side : funnel.sides) std::cout << std::setw(9) << side.steps[i].count;
        std::cout << "\n";
    }
    if (!people) return;
    for (const auto& side : funnel.sides) {
        for (const auto& step : side.steps) {
            for (const auto& person : step.people) {
                std::cout << domain::ToString(side.side) << "\t" << domain::ToString(step.step) << "\t"
                          << person.employee_id << "\t" << person.name << "\t"
                          << (person.blocked_on.empty() ? "done" : person.blocked_on) << "\n";
            }
        }
    }
}

}  // namespace

void AddFunnelCommand(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<FunnelOptions>();
    auto* funnel =
        app.add_subcommand("funnel", "a programme's enrolment funnel: counts per side and step, and who stops where");
    funnel->add_option("--programme", options->programme_id, "the programme's id")->required();
    funnel->add_flag(
        "--people", options->people,
        "also list everybody at their furthest step with what the next step needs (side, step, id, name, blocker)");
    funnel->add_option("--format", options->format, "table (default) or json");
    funnel->callback([options, &context] {
        if (options->format != "table" && options->format != "json") {
            throw InvalidInput("format", "--format must be table or json");
        }
        auto& service = context.Services().funnel;
        const auto result = service.Funnel(context.Operator(), options->programme_id);
        if (options->format == "json") {
            nlohmann::json sides = nlohmann::json::array();
            for (const auto& side : result.sides) sides.push_back(SideJson(side, options->people));
            std::cout << nlohmann::json{{"programme_id", result.programme_id}, {"sides", sides}}.dump(2) << "\n";
        } else {
            PrintTable(result, options->people);
        }
    });
}

}  // namespace upward::cli
