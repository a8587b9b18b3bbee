// End to end: `MatchingService::Run` on a 300,000-person directory with 10,000 mentee and 50,000 mentor
// applicants, on SQLite. Times the whole use case (loading the directory and profiles, reporting-line
// labels, rules, candidates, scores, the optimal assignment and storing the proposals) and prints the
// wall time and the peak memory of the process that ran it. Exits 1 when over the budget.
//
//   match_run_benchmark [--work-dir DIR] [--people N] [--mentees N] [--mentors N] [--seed N]
//
// The database is prepared in a child process, so the peak memory reported is that of the run alone.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "demo/demo_directory.hpp"
#include "service/directory/people_import.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/database/database.hpp"
#include "storage/matching/matching_directory.hpp"

namespace {

namespace fs = std::filesystem;
using upward::domain::MatchProfile;
using upward::domain::Side;

constexpr double kBudgetSeconds = 10.0;
constexpr double kBudgetMiB = 2048.0;

// What applicants teach and want to learn; the first are the most asked for.
const std::vector<std::string> kTopics = {"AI tools",
                                          "Social media",
                                          "Data and analytics",
                                          "Digital collaboration",
                                          "Mobile apps",
                                          "Cyber security",
                                          "Cloud services",
                                          "Automation",
                                          "Online marketing",
                                          "E-commerce",
                                          "Video content",
                                          "Podcasts",
                                          "Remote work",
                                          "Gaming",
                                          "Crypto and web3",
                                          "Design tools",
                                          "Spreadsheets",
                                          "Presentations",
                                          "Generational trends",
                                          "Wellbeing apps",
                                          "Sustainability",
                                          "Customer experience",
                                          "Start-ups",
                                          "Open source"};

struct Arguments {
    std::string work_dir;
    long long people = 300000;
    long long mentees = 10000;
    long long mentors = 50000;
    unsigned seed = 7;
};

Arguments Parse(int argc, char** argv) {
    Arguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) throw std::runtime_error("missing value after " + flag);
        const std::string value = argv[++i];
        if (flag == "--work-dir") {
            arguments.work_dir = value;
        } else if (flag == "--people") {
            arguments.people = std::stoll(value);
        } else if (flag == "--mentees") {
            arguments.mentees = std::stoll(value);
        } else if (flag == "--mentors") {
            arguments.mentors = std::stoll(value);
        } else if (flag == "--seed") {
            arguments.seed = static_cast<unsigned>(std::stoul(value));
        } else {
            throw std::runtime_error("unknown option " + flag +
                                     " (use --work-dir, --people, --mentees, --mentors, --seed)");
        }
    }
    return arguments;
}

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

upward::domain::Caller Admin() {
    upward::domain::Caller admin;
    admin.role = upward::domain::Role::kAdmin;
    admin.display_name = "benchmark";
    return admin;
}

// Applicants as people fill in the form: a few topics (popular ones more often), English and sometimes a
// second language, a few one- or two-hour slots in local working hours, mostly one mentee per mentor.
MatchProfile Applicant(const std::string& employee_id, Side side, std::mt19937_64& random,
                       std::discrete_distribution<int>& topic) {
    MatchProfile profile;
    profile.employee_id = employee_id;
    profile.side = side;
    const bool mentor = side == Side::kMentor;
    static const std::array<const char*, 5> kSecond = {"fr", "de", "es", "pt", "hi"};
    profile.languages = {"en"};
    if (random() % 10 < 3) profile.languages.push_back(kSecond[random() % kSecond.size()]);
    const int count = mentor ? 2 + static_cast<int>(random() % 4) : 1 + static_cast<int>(random() % 3);
    for (int k = 0; k < count; ++k) {
        const auto& name = kTopics[static_cast<std::size_t>(topic(random))];
        if (std::any_of(profile.topics.begin(), profile.topics.end(), [&](const auto& t) { return t.topic == name; }))
            continue;
        profile.topics.push_back(
            {name, mentor ? 1 + static_cast<int>(random() % 5) : 1 + static_cast<int>(random() % 3)});
    }
    const int slots = 2 + static_cast<int>(random() % 3);
    for (int k = 0; k < slots; ++k) {
        const int day = static_cast<int>(random() % 5);
        const int start = (9 + static_cast<int>(random() % 8)) * 60;
        profile.availability.push_back({day, start, start + (1 + static_cast<int>(random() % 2)) * 60});
    }
    profile.capacity = mentor && random() % 5 == 0 ? 2 : 1;
    profile.eligible = random() % 20 != 0;
    return profile;
}

// In the child: the directory, the programme and the applicants' profiles.
void Prepare(const Arguments& arguments, const std::string& database_path) {
    upward::SystemClock clock;
    auto database = upward::storage::Database::Open(database_path, 2);
    database->Migrate();

    auto start = std::chrono::steady_clock::now();
    const auto report = upward::service::ImportPeople(
        *database, demo::GenerateDirectoryCsv(arguments.people, arguments.seed), {}, clock);
    std::printf("directory: %lld people imported in %.2f s\n", report.inserted, Seconds(start));

    upward::service::ProgrammeService programmes(*database, clock);
    const auto programme = programmes.Create(Admin(), {.name = "Benchmark",
                                                       .matching_mode = upward::domain::MatchingMode::kAssigned,
                                                       .min_grade_gap = 2,
                                                       .topics = kTopics});

    std::vector<std::string> seniors;
    std::vector<std::string> juniors;
    {
        auto session = database->Acquire();
        const auto directory = upward::storage::LoadActiveDirectory(*session);
        for (std::size_t i = 0; i < directory.Size(); ++i) {
            if (directory.manager_id[i].empty()) continue;
            if (directory.grade[i] >= 5) seniors.push_back(directory.employee_id[i]);
            if (directory.grade[i] <= 3) juniors.push_back(directory.employee_id[i]);
        }
    }
    std::mt19937_64 random(arguments.seed);
    std::shuffle(seniors.begin(), seniors.end(), random);
    std::shuffle(juniors.begin(), juniors.end(), random);
    seniors.resize(std::min<std::size_t>(seniors.size(), static_cast<std::size_t>(arguments.mentees)));
    juniors.resize(std::min<std::size_t>(juniors.size(), static_cast<std::size_t>(arguments.mentors)));

    std::vector<double> popularity;
    for (std::size_t t = 0; t < kTopics.size(); ++t) popularity.push_back(1.0 / static_cast<double>(t + 1));
    std::discrete_distribution<int> topic(popularity.begin(), popularity.end());
    std::vector<MatchProfile> profiles;
    profiles.reserve(seniors.size() + juniors.size());
    for (const auto& id : seniors) profiles.push_back(Applicant(id, Side::kMentee, random, topic));
    for (const auto& id : juniors) profiles.push_back(Applicant(id, Side::kMentor, random, topic));
    // Some mentees name a mentor they would like.
    for (std::size_t i = 0; i < seniors.size(); i += 20) profiles[i].preferences = {juniors[random() % juniors.size()]};

    start = std::chrono::steady_clock::now();
    upward::service::MatchingService matching(*database, clock);
    matching.SaveProfiles(Admin(), programme.id, std::move(profiles));
    std::printf("profiles: %zu mentees and %zu mentors saved in %.2f s\n", seniors.size(), juniors.size(),
                Seconds(start));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const auto arguments = Parse(argc, argv);
        const fs::path work = arguments.work_dir.empty()
                                  ? fs::temp_directory_path() / ("upward-match-bench-" + std::to_string(::getpid()))
                                  : fs::path(arguments.work_dir);
        fs::create_directories(work);
        const auto database_path = (work / "match-run.db").string();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(database_path + suffix);

        std::fflush(stdout);
        const pid_t child = ::fork();
        if (child < 0) throw std::runtime_error("cannot fork");
        if (child == 0) {
            try {
                Prepare(arguments, database_path);
            } catch (const std::exception& error) {
                std::fprintf(stderr, "preparing failed: %s\n", error.what());
                std::_Exit(2);
            }
            std::_Exit(0);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 2;

        upward::SystemClock clock;
        auto database = upward::storage::Database::Open(database_path, 2);
        upward::service::MatchingService matching(*database, clock);
        const auto start = std::chrono::steady_clock::now();
        const auto summary = matching.Run(Admin(), 1);
        const double seconds = Seconds(start);
        const double peak = PeakMiB();

        long long unmatched_mentees = 0;
        for (const auto& [reason, count] : summary.unmatched_mentees_by_reason) unmatched_mentees += count;
        std::printf("\nMatchingService::Run on SQLite: %d mentees, %d mentors\n", summary.run.mentees,
                    summary.run.mentors);
        std::printf("  pairs %d, unmatched mentees %lld", summary.run.pair_count, unmatched_mentees);
        for (const auto& [reason, count] : summary.unmatched_mentees_by_reason)
            std::printf(" (%s %lld)", reason.c_str(), count);
        std::printf(", mean score %.2f\n", summary.run.pair_count == 0 ? 0.0
                                                                       : static_cast<double>(summary.run.total_score) /
                                                                             1000.0 / summary.run.pair_count);
        std::printf("  wall time %.2f s (budget %.0f s), peak memory %.0f MiB (budget %.0f MiB)\n", seconds,
                    kBudgetSeconds, peak, kBudgetMiB);
        const bool within = seconds <= kBudgetSeconds && peak <= kBudgetMiB;
        std::printf("  %s\n", within ? "within budget" : "OVER BUDGET");
        database.reset();
        if (arguments.work_dir.empty()) fs::remove_all(work);
        return within ? 0 : 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "match_run_benchmark: %s\n", error.what());
        return 2;
    }
}
