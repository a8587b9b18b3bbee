// Times `upward import people` on a generated directory against the sqlite3 shell's bare `.import` of the
// same file into a plain table, and checks the bound: Upward's full import (validation, upsert,
// reporting-cycle check, indexes) takes at most three times as long.
//
//   import_benchmark [--rows N] [--runs N] [--postgres URL] [--csv PATH]
//
// --postgres takes a server URL whose user may create databases; each run gets a fresh database there.
// --csv keeps the generated file at PATH (and reuses it when it is there, so give the same --rows), so
// that a profiler can run `upward import people PATH` on exactly the benchmark's input.

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "demo/demo_directory.hpp"
#include "service/directory/import_file.hpp"
#include "service/directory/people_import.hpp"
#include "storage/database/database.hpp"

namespace {

namespace fs = std::filesystem;
using upward::service::ImportPeople;

constexpr double kAllowedRatio = 3.0;

struct Arguments {
    long long rows = 1000000;
    int runs = 3;
    std::string postgres_url;
    std::string csv;
};

Arguments Parse(int argc, char** argv) {
    Arguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) throw std::runtime_error("missing value after " + flag);
        const std::string value = argv[++i];
        if (flag == "--rows") {
            arguments.rows = std::stoll(value);
        } else if (flag == "--runs") {
            arguments.runs = std::max(1, std::stoi(value));
        } else if (flag == "--postgres") {
            arguments.postgres_url = value;
        } else if (flag == "--csv") {
            arguments.csv = value;
        } else {
            throw std::runtime_error("unknown option " + flag + " (use --rows, --runs, --postgres, --csv)");
        }
    }
    return arguments;
}

double Seconds(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void RemoveSqlite(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix);
}

// An import of FILE with the default options, the file read whole by ImportFileText, the reader made for
// `upward import people FILE` (an ordinary string would first pay a page fault per 4 KiB).
upward::service::ImportReport ImportFile(upward::storage::Database& database, const fs::path& csv) {
    const upward::SystemClock clock;
    const upward::service::ImportFileText text(csv.string());
    return ImportPeople(database, text.Text(), {}, clock);
}

double SqliteShellImport(const fs::path& work, const fs::path& csv) {
    const fs::path database = work / "plain.db";
    RemoveSqlite(database);
    const std::string command =
        "sqlite3 '" + database.string() + "' '.mode csv' '.import " + csv.string() + " people_plain'";
    int status = 0;
    const double seconds = Seconds([&] { status = std::system(command.c_str()); });
    if (status != 0) throw std::runtime_error("the sqlite3 shell failed: " + command);
    return seconds;
}

void Check(const upward::service::ImportReport& report, long long inserted, long long unchanged) {
    if (report.inserted != inserted || report.unchanged != unchanged || !report.errors.empty()) {
        throw std::runtime_error("unexpected import report: " + std::to_string(report.inserted) + " inserted, " +
                                 std::to_string(report.unchanged) + " unchanged, " +
                                 std::to_string(report.errors.size()) + " errors");
    }
}

void Print(const std::string& label, double seconds, long long rows) {
    std::printf("  %-44s %7.3f s  %9.0f rows/s\n", label.c_str(), seconds, static_cast<double>(rows) / seconds);
}

// Creating and dropping databases goes through libpq directly: it takes any connection URL as it is.
void AdminCommand(const std::string& url, const std::string& sql) {
    PGconn* connection = PQconnectdb(url.c_str());
    std::string error;
    if (PQstatus(connection) != CONNECTION_OK) {
        error = PQerrorMessage(connection);
    } else {
        PGresult* result = PQexec(connection, sql.c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK) error = PQresultErrorMessage(result);
        PQclear(result);
    }
    PQfinish(connection);
    if (!error.empty()) throw std::runtime_error(sql + ": " + error);
}

void PostgresFigures(const Arguments& arguments, const fs::path& csv) {
    std::vector<double> fresh;
    std::vector<double> again;
    const std::string base = arguments.postgres_url.substr(0, arguments.postgres_url.rfind('/') + 1);
    for (int run = 0; run < arguments.runs; ++run) {
        const std::string name = "upward_import_bench_" + std::to_string(::getpid()) + "_" + std::to_string(run);
        AdminCommand(arguments.postgres_url, "CREATE DATABASE " + name);
        {
            auto database = upward::storage::Database::Open(base + name, 2);
            database->Migrate();
            fresh.push_back(Seconds([&] { Check(ImportFile(*database, csv), arguments.rows, 0); }));
            again.push_back(Seconds([&] { Check(ImportFile(*database, csv), 0, arguments.rows); }));
        }
        AdminCommand(arguments.postgres_url, "DROP DATABASE " + name + " WITH (FORCE)");
    }
    std::printf("PostgreSQL (%s):\n", upward::storage::RedactUrl(arguments.postgres_url).c_str());
    Print("upward import, empty directory", Median(fresh), arguments.rows);
    Print("upward re-import, every row unchanged", Median(again), arguments.rows);
}

int Run(const Arguments& arguments) {
    const fs::path work = fs::temp_directory_path() / ("upward_import_bench_" + std::to_string(::getpid()));
    fs::create_directories(work);
    const fs::path csv = arguments.csv.empty() ? work / "people.csv" : fs::path(arguments.csv);
    double generate_seconds = 0;
    if (!fs::exists(csv)) {
        generate_seconds = Seconds([&] {
            const auto text = demo::GenerateDirectoryCsv(arguments.rows, 42);
            std::ofstream(csv, std::ios::binary) << text;
        });
    }
    std::printf("%lld people, %.1f MB of CSV, generated in %.2f s; median of %d runs each\n", arguments.rows,
                static_cast<double>(fs::file_size(csv)) / 1e6, generate_seconds, arguments.runs);

    std::vector<double> shell;
    std::vector<double> fresh;
    std::vector<double> again;
    const fs::path database_path = work / "upward.db";
    for (int run = 0; run < arguments.runs; ++run) {
        shell.push_back(SqliteShellImport(work, csv));
        RemoveSqlite(database_path);
        auto database = upward::storage::Database::Open(database_path.string(), 2);
        database->Migrate();
        fresh.push_back(Seconds([&] { Check(ImportFile(*database, csv), arguments.rows, 0); }));
        again.push_back(Seconds([&] { Check(ImportFile(*database, csv), 0, arguments.rows); }));
    }
    const double shell_median = Median(shell);
    const double fresh_median = Median(fresh);
    const double ratio = fresh_median / shell_median;
    std::printf("SQLite:\n");
    Print("sqlite3 shell .import into a plain table", shell_median, arguments.rows);
    Print("upward import, empty directory", fresh_median, arguments.rows);
    Print("upward re-import, every row unchanged", Median(again), arguments.rows);
    std::printf("  ratio upward / sqlite3 .import: %.2f (allowed %.1f) %s\n", ratio, kAllowedRatio,
                ratio <= kAllowedRatio ? "PASS" : "FAIL");

    if (!arguments.postgres_url.empty()) PostgresFigures(arguments, csv);
    fs::remove_all(work);
    return ratio <= kAllowedRatio ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return Run(Parse(argc, argv));
    } catch (const std::exception& error) {
        std::cerr << "import_benchmark: " << error.what() << "\n";
        return 2;
    }
}
