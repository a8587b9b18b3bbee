// `upward mail status | send | retry` and the mail worker of `upward serve`, as an operator runs them, against
// a real SMTP server on loopback.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli_runner.hpp"
#include "smtp_sink.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "test_database.hpp"

namespace upward::testing {
namespace {

long long Now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class MailCliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(Upward({"migrate"}).status, 0); }

    CommandResult Upward(const std::vector<std::string>& args, const std::string& env = "") {
        // The variables the tests set are cleared first, so the caller's environment cannot leak in.
        return RunUpward(
            dir_, args, "",
            "env -u UPWARD_SMTP_URL -u UPWARD_MAIL_FROM -u UPWARD_SMTP_USER -u UPWARD_SMTP_PASSWORD " + env);
    }

    // Queues messages the way the product does, in the database file the binary uses.
    void Enqueue(const std::vector<std::string>& keys) {
        auto database = storage::Database::Open(dir_.File("upward.db"), 1);
        auto session = database->Acquire();
        for (const auto& key : keys) {
            storage::EnqueueMail(
                *session,
                {key, key.substr(0, key.find(':')) + "@example.com", "Zoë", "Hello " + key, "text", "<p>html</p>"},
                Now());
        }
    }
    domain::OutboxMail Row(const std::string& key) {
        auto database = storage::Database::Open(dir_.File("upward.db"), 1);
        auto session = database->Acquire();
        return storage::FindMailByDedupeKey(*session, key).value();
    }

    TempDir dir_;
};

TEST_F(MailCliTest, StatusCountsMessagesPerStatusAndShowsFailures) {
    const auto empty = Upward({"mail", "status", "--format", "json"});
    ASSERT_EQ(empty.status, 0) << empty.err;
    const auto none = nlohmann::json::parse(empty.out);
    EXPECT_EQ(none["queued"], 0);
    EXPECT_TRUE(none["oldest_queued_at"].is_null());

    Enqueue({"ada:1", "bo:2", "cy:3"});
    {
        // One message ran out of attempts.
        auto database = storage::Database::Open(dir_.File("upward.db"), 1);
        auto session = database->Acquire();
        const auto claimed = storage::ClaimDueMail(*session, database->GetBackend(), Now(), 300, 10, 1);
        ASSERT_EQ(claimed.size(), 1u);
        storage::MarkMailFailed(*session, claimed[0].id, claimed[0].lease_until,
                                "gave up after 10 attempts: 550 no such user");
    }
    const auto json_run = Upward({"mail", "status", "--format", "json"});
    ASSERT_EQ(json_run.status, 0) << json_run.err;
    const auto status = nlohmann::json::parse(json_run.out);
    EXPECT_EQ(status["queued"], 2);
    EXPECT_EQ(status["sending"], 0);
    EXPECT_EQ(status["sent"], 0);
    EXPECT_EQ(status["failed"], 1);
    EXPECT_TRUE(status["oldest_queued_at"].is_string());
    ASSERT_EQ(status["failures"].size(), 1u);
    EXPECT_EQ(status["failures"][0]["key"], "ada:1");
    EXPECT_EQ(status["failures"][0]["last_error"], "gave up after 10 attempts: 550 no such user");

    const auto text = Upward({"mail", "status"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_NE(text.out.find("queued   2"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("failed   1"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("550 no such user"), std::string::npos) << text.out;

    // An operator fixed the address: retry queues it again; retrying something that did not fail is refused.
    const auto failed_id = std::to_string(status["failures"][0]["id"].get<long long>());
    EXPECT_EQ(Upward({"mail", "retry", failed_id}).status, 0);
    EXPECT_EQ(Row("ada:1").status, "queued");
    EXPECT_EQ(Upward({"mail", "retry", failed_id}).status, 4);
    EXPECT_EQ(Upward({"mail", "retry", "999"}).status, 3);
}

TEST_F(MailCliTest, SendNeedsAServerAndASender) {
    const auto no_url = Upward({"mail", "send"});
    EXPECT_EQ(no_url.status, 2);
    EXPECT_NE(no_url.err.find("smtp-url"), std::string::npos) << no_url.err;
    const auto no_from = Upward({"mail", "send", "--smtp-url", "smtp://127.0.0.1:25"});
    EXPECT_EQ(no_from.status, 2);
    EXPECT_NE(no_from.err.find("mail-from"), std::string::npos) << no_from.err;
    const auto credentials_in_url =
        Upward({"mail", "send", "--smtp-url", "smtp://me:hunter2@127.0.0.1:25", "--mail-from", "m@example.com"});
    EXPECT_EQ(credentials_in_url.status, 2);
    EXPECT_EQ(credentials_in_url.err.find("hunter2"), std::string::npos) << credentials_in_url.err;
    EXPECT_EQ(Upward({"mail", "send", "--smtp-url", "http://127.0.0.1", "--mail-from", "m@example.com"}).status, 2);
    EXPECT_EQ(Upward({"mail", "send", "--smtp-url", "smtp://127.0.0.1:25", "--mail-from", "nobody"}).status, 2);
}

TEST_F(MailCliTest, SendDeliversWhatIsDueOnceAndSaysWhenTheServerIsDown) {
    Enqueue({"ada:1", "bo:2"});
    int port = 0;
    {
        SmtpSink probe(dir_.File("probe"));
        port = probe.Port();
    }
    const std::string url = "smtp://127.0.0.1:" + std::to_string(port);
    // Nothing listens: exit 5, the messages stay queued for a later attempt.
    const auto down =
        Upward({"mail", "send", "--mail-from", "Upward <mentoring@example.com>"}, "UPWARD_SMTP_URL=" + url);
    EXPECT_EQ(down.status, 5) << down.out << down.err;
    EXPECT_NE(down.out.find("0 sent, 2 to retry later"), std::string::npos) << down.out;
    EXPECT_EQ(Row("ada:1").status, "queued");
    EXPECT_EQ(Row("ada:1").attempts, 1);
    EXPECT_GT(Row("ada:1").next_attempt_at, Now());
    const auto status = nlohmann::json::parse(Upward({"mail", "status", "--format", "json"}).out);
    EXPECT_EQ(status["queued"], 2);
    EXPECT_TRUE(status["next_attempt_at"].is_string());

    // Up again: new messages go at once, the two waiting ones at their next attempt.
    SmtpSink sink(dir_.File("sink"), port);
    Enqueue({"cy:3"});
    const auto up = Upward({"mail", "send", "--mail-from", "mentoring@example.com"}, "UPWARD_SMTP_URL=" + url);
    EXPECT_EQ(up.status, 0) << up.err;
    EXPECT_NE(up.out.find("1 sent, 0 to retry later, 0 given up"), std::string::npos) << up.out;
    const auto again = Upward({"mail", "send", "--smtp-url", url, "--mail-from", "mentoring@example.com"});
    EXPECT_EQ(again.status, 0) << again.err;
    EXPECT_NE(again.out.find("0 sent"), std::string::npos) << again.out;
    const auto messages = sink.Messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rcpt_tos.at(0), "cy@example.com");
    EXPECT_EQ(messages[0].Header("subject"), "Hello cy:3");
}

TEST_F(MailCliTest, CredentialsNeverTravelInTheClearNorShowInOutput) {
    SmtpSink sink(dir_.File("sink"));  // offers no STARTTLS
    Enqueue({"ada:1"});
    const auto run = Upward({"mail", "send", "--smtp-url", sink.Url(), "--mail-from", "mentoring@example.com"},
                            "UPWARD_SMTP_USER=mailer UPWARD_SMTP_PASSWORD=hunter2-secret");
    EXPECT_EQ(run.status, 5) << run.out << run.err;
    EXPECT_TRUE(sink.Messages().empty());
    EXPECT_EQ((run.out + run.err).find("hunter2"), std::string::npos);
    EXPECT_EQ(Row("ada:1").status, "queued");
    EXPECT_EQ(Row("ada:1").last_error.find("hunter2"), std::string::npos) << Row("ada:1").last_error;
}

// Starts `upward serve` in the background; returns its pid and the pipe its stdout goes to.
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

TEST_F(MailCliTest, ServeRunsTheWorkerWhichSendsQueuedMailAndStopsWithTheServer) {
    SmtpSink sink(dir_.File("sink"));
    Enqueue({"ada:1"});
    int pid = 0;
    FILE* pipe = StartServe(
        dir_.Path(), "--smtp-url " + sink.Url() + " --mail-from mentoring@example.com --mail-poll-seconds 1", pid);
    ASSERT_NE(pipe, nullptr);
    ASSERT_GT(pid, 0);
    // The worker runs on its own schedule: wait, within a bound, for the message to arrive.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (sink.Messages().empty() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const int status = StopServe(pipe, pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    ASSERT_EQ(sink.Messages().size(), 1u);
    EXPECT_EQ(Row("ada:1").status, "sent");
    const auto log = ReadFile(dir_.File("serve.log"));
    EXPECT_NE(log.find("\"event\":\"mail_worker_started\""), std::string::npos) << log;
    EXPECT_NE(log.find("\"event\":\"mail_sent\""), std::string::npos) << log;
    EXPECT_EQ(log.find("ada@example.com"), std::string::npos) << "addresses stay out of the log";
    EXPECT_NE(log.find("\"event\":\"stopped\""), std::string::npos) << log;
}

TEST_F(MailCliTest, ServeWithoutAnSmtpServerKeepsMailQueuedAndSaysSoOnce) {
    Enqueue({"ada:1"});
    int pid = 0;
    FILE* pipe = StartServe(dir_.Path(), "--public-url https://mentoring.example.com/", pid);
    ASSERT_NE(pipe, nullptr);
    ASSERT_GT(pid, 0);
    const int status = StopServe(pipe, pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    const auto log = ReadFile(dir_.File("serve.log"));
    const auto first = log.find("\"event\":\"mail_worker_disabled\"");
    EXPECT_NE(first, std::string::npos) << log;
    EXPECT_EQ(log.find("\"event\":\"mail_worker_disabled\"", first + 1), std::string::npos) << log;
    EXPECT_EQ(Row("ada:1").status, "queued");
}

TEST_F(MailCliTest, ServeRefusesABadMailConfigurationBeforeListening) {
    const auto no_from = Upward({"serve", "--port", "0", "--smtp-url", "smtp://127.0.0.1:25"});
    EXPECT_EQ(no_from.status, 2);
    EXPECT_NE(no_from.err.find("mail-from"), std::string::npos) << no_from.err;
    const auto bad_public_url = Upward({"serve", "--port", "0", "--public-url", "mentoring.example.com"});
    EXPECT_EQ(bad_public_url.status, 2);
    EXPECT_NE(bad_public_url.err.find("public-url"), std::string::npos) << bad_public_url.err;
}

}  // namespace
}  // namespace upward::testing
