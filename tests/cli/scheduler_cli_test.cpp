// The job scheduler inside `upward serve`, as an operator runs it: a session starting within the hour gets its
// reminder queued (once per person) by the server's worker thread, and SIGTERM stops the server cleanly.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "cli_runner.hpp"
#include "session_jobs_fixture.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

long long Now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Starts `upward serve` in the background; returns the pipe its stdout goes to and sets its pid.
FILE* StartServe(const std::string& folder, const std::string& args, int& pid) {
    const std::string command = "cd " + Quote(folder) + " && exec env -u UPWARD_SMTP_URL -u UPWARD_MAIL_FROM " +
                                Quote(UPWARD_BINARY) + " serve --port 0 " + args + " 2>serve.log";
    FILE* pipe = ::popen(("sh -c " + Quote(command + " & echo $!; wait")).c_str(), "r");
    if (pipe == nullptr) return nullptr;
    char line[256];
    if (std::fgets(line, sizeof line, pipe) == nullptr) return pipe;
    pid = std::stoi(line);
    (void)std::fgets(line, sizeof line, pipe);  // "listening on ..."
    return pipe;
}

int StopServe(FILE* pipe, int pid) {
    ::kill(pid, SIGTERM);
    char line[256];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
    }
    return ::pclose(pipe);
}

TEST(SchedulerCli, ServeQueuesTheRemindersOfAnImminentSessionOnceAndStopsOnSigterm) {
    TempDir dir;
    ASSERT_EQ(RunUpward(dir, {"migrate"}).status, 0);
    const long long now = Now();
    const long long starts_at = now + 20 * 60;
    auto database = storage::Database::Open(dir.File("upward.db"), 1);
    SessionWorld world(*database, now);
    const auto programme = world.AddProgramme("Spring Intake");
    world.AddPerson("E100", "Ada Lovelace", "ada@example.com", "Europe/London");
    world.AddPerson("E200", "Grace Hopper", "grace@example.com", "Asia/Kolkata");
    const auto pair = world.AddPair(programme, "E100", "E200");
    const auto occurrence = world.AddOccurrence(world.AddSeries(pair), pair, starts_at);

    int pid = 0;
    FILE* pipe = StartServe(dir.Path(), "--public-url https://mentoring.example.com --scheduler-poll-seconds 1", pid);
    ASSERT_NE(pipe, nullptr);
    ASSERT_GT(pid, 0);
    // The worker runs on its own schedule: wait, within a bound, for the reminders to be queued.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (world.Mail("reminder:").size() < 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const int status = StopServe(pipe, pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;

    // Both reminders were overdue at start; only the 1-hour one goes out, to each person once.
    const auto mail = world.Mail("reminder:");
    ASSERT_EQ(mail.size(), 2u);
    for (const auto& message : mail) {
        EXPECT_EQ(message.dedupe_key.rfind("reminder:" + std::to_string(occurrence) + ":60:", 0), 0u)
            << message.dedupe_key;
        EXPECT_NE(message.text_body.find("https://mentoring.example.com/#/pairs/" + std::to_string(pair) +
                                         "/sessions/" + std::to_string(occurrence)),
                  std::string::npos);
    }
    const auto log = ReadFile(dir.File("serve.log"));
    EXPECT_NE(log.find("\"event\":\"scheduler_started\""), std::string::npos) << log;
    EXPECT_NE(log.find("\"event\":\"job_done\""), std::string::npos) << log;
    EXPECT_NE(log.find("\"event\":\"job_skipped\""), std::string::npos) << log;
    EXPECT_EQ(log.find("ada@example.com"), std::string::npos) << "addresses stay out of the log";
    EXPECT_NE(log.find("\"event\":\"stopped\""), std::string::npos) << log;
}

}  // namespace
}  // namespace upward::testing
