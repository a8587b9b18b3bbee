// `upward training`: admins who script import modules written as Markdown files and list a programme's modules.
#include "cli/training_command.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "service/training/training_service.hpp"

namespace upward::cli {

namespace {

std::string ReadDocument(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput("FILE", "cannot read " + path);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

domain::ProgrammeRole RoleOption(const std::string& text) {
    const auto role = domain::ParseProgrammeRole(text);
    if (!role) throw InvalidInput("role", "--role must be mentor or mentee");
    return *role;
}

void ImportModule(CliContext& context, long long programme_id, const std::string& role, const std::string& file) {
    auto& training = context.Services().training;
    const auto module = training.ImportModule(context.Operator(), programme_id, RoleOption(role), ReadDocument(file));
    std::cout << "module " << module.id << " \"" << module.title << "\" added for " << domain::ToString(module.role)
              << "s at position " << module.position << " (" << module.quiz.size() << " questions, pass mark "
              << module.pass_mark << "%)\n";
}

void ListModules(CliContext& context, long long programme_id, const std::string& role, const std::string& format) {
    auto& training = context.Services().training;
    const auto modules = training.ListModules(context.Operator(), programme_id,
                                              role.empty() ? std::nullopt : std::optional(RoleOption(role)));
    TableOutput output(format, {"id", "role", "position", "title", "questions", "pass_mark"}, std::cout);
    for (const auto& module : modules) {
        output.Row({{"id", module.id},
                    {"role", domain::ToString(module.role)},
                    {"position", module.position},
                    {"title", module.title},
                    {"questions", module.quiz.size()},
                    {"pass_mark", module.pass_mark}});
    }
    output.Finish();
}

}  // namespace

void AddTrainingCommand(CLI::App& app, CliContext& context) {
    auto* command = app.add_subcommand("training", "training modules of a programme (Markdown with a quiz)");
    command->require_subcommand(1);

    struct ImportOptions {
        long long programme = 0;
        std::string role;
        std::string file;
    };
    auto import_options = std::make_shared<ImportOptions>();
    auto* import = command->add_subcommand(
        "import",
        "add a module from a Markdown file: optional front matter (title, pass_mark) between --- lines, the text, "
        "then a '## Quiz' section of numbered questions with '- [ ]' options and the right one '- [x]'");
    import->add_option("--programme", import_options->programme, "programme id")
        ->required()
        ->check(CLI::PositiveNumber);
    import->add_option("--role", import_options->role, "mentor or mentee")->required();
    import->add_option("FILE", import_options->file, "the module as Markdown")->required();
    import->callback([&context, import_options] {
        ImportModule(context, import_options->programme, import_options->role, import_options->file);
});

struct ListOptions {
    long long programme = 0;
    std::string role;
    std::string format = "table";
};
auto list_options = std::make_shared<ListOptions>();
auto* list = command->add_subcommand("list", "list a programme's current modules in order");
list->add_option("--programme", list_options->programme, "programme id")->required()->check(CLI::PositiveNumber);
list->add_option("--role", list_options->role, "only mentor or mentee modules");
list->add_option("--format", list_options->format, "table, csv or json")
    ->check(CLI::IsMember({"table", "csv", "json"}));
list->callback([&context, list_options] {
    ListModules(context, list_options->programme, list_options->role, list_options->format);
});
}  // namespace upward::cli

}  // namespace upward::cli
