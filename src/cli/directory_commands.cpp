#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "http/json_mapping.hpp"
#include "service/directory/import_file.hpp"
#include "service/directory/people_import.hpp"

namespace upward::cli {

namespace {

struct ImportCommandOptions {
    std::string file;
    std::string map;
    service::ImportOptions import;
};

void ImportPeopleFile(CliContext& context, ImportCommandOptions options) {
    if (!options.map.empty()) options.import.mapping = service::ParseMappingOption(options.map);
    // Read into one mapping (huge pages where the kernel gives them): a stream copy of a large export costs
    // more than parsing it.
    const service::ImportFileText csv(options.file);
    const auto report = context.Services().people.Import(context.Operator(), csv.Text(), options.import);
    std::cout << (options.import.dry_run ? "dry run, nothing written: " : "") << report.rows
              << " rows: " << report.inserted << " inserted, " << report.updated << " updated, " << report.unchanged
              << " unchanged, " << report.deactivated << " deactivated";
    if (!report.errors.empty()) std::cout << ", " << report.errors.size() << " bad rows skipped";
    std::cout << "\n";
    for (const auto& row : report.errors)
        std::cerr << "  row " << row.row << ": " << row.field << ": " << row.reason << "\n";
}

struct ListOptions {
    std::string format = "table";
    std::string search;
    bool include_inactive = false;
};

void ListPeople(CliContext& context, const ListOptions& options) {
    domain::PeopleQuery query;
    query.text = options.search;
    if (!options.include_inactive) query.active = true;
    query.limit = 500;
    const std::vector<std::string> columns = {"employee_id", "name",     "email",     "grade",      "title",
                                              "department",  "location", "time_zone", "manager_id", "active"};
    TableOutput output(options.format, columns, std::cout);
    context.Services().people.ListAll(context.Operator(), query,
                                      [&](const domain::Person& person) { output.Row(http::ToJson(person)); });
    output.Finish();
}

}  // namespace

void AddImportCommand(CLI::App& app, CliContext& context) {
    auto* import = app.add_subcommand("import", "import data from files");
    import->require_subcommand(1);
    auto options = std::make_shared<ImportCommandOptions>();
    auto* people = import->add_subcommand("people", "import an HRIS export (CSV) into the people directory");
    people->add_option("FILE", options->file, "the CSV file; its first row is the header")->required();
    people->add_option(
        "--map", options->map,
        "which column holds which field, e.g. employee_id=Emp ID,grade=Level (defaults know common names)");
    people->add_flag("--full", options->import.full,
                     "the file is the whole organisation: deactivate people missing from it");
    people->add_flag("--dry-run", options->import.dry_run, "report what would change and write nothing");
    people->add_flag("--skip-bad-rows", options->import.skip_bad_rows, "import the good rows and report the bad ones");
    people->callback([&context, options] { ImportPeopleFile(context, *options); });
}

void AddPeopleCommand(CLI::App& app, CliContext& context) {
    auto* people = app.add_subcommand("people", "the people directory");
    people->require_subcommand(1);
    auto options = std::make_shared<ListOptions>();
    auto* list = people->add_subcommand("list", "list people");
    list->add_option("--format", options->format, "table, csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    list->add_option("--search", options->search, "only people whose name, email, id, title or department match");
    list->add_flag("--include-inactive", options->include_inactive, "also list people no longer in the HRIS export");
    list->callback([&context, options] { ListPeople(context, *options); });
}

}  // namespace upward::cli
