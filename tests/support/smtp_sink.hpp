#pragma once
// A real SMTP server for tests: tests/support/smtp-sink.py (Debian's python3-aiosmtpd) started on a loopback
// port and stopped again, with the messages it accepted read back, parsed by Python's email package.
// Header-only so any test binary can use it without a change to the test support library.

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace upward::testing {

/// One message the sink accepted.
struct ReceivedMail {
    std::string mail_from;              // SMTP envelope sender
    std::vector<std::string> rcpt_tos;  // SMTP envelope recipients
    std::string raw;                    // the bytes on the wire
    nlohmann::json parsed;              // {"headers", "content_type", "parts", "defects"} from Python's parser

    std::string Header(const std::string& lower_case_name) const {
        const auto& headers = parsed.at("headers");
        return headers.contains(lower_case_name) ? headers.at(lower_case_name).get<std::string>() : "";
    }
    /// The decoded text of the first part with this content type ("text/plain", "text/html"), or "".
    std::string Part(const std::string& content_type) const {
        for (const auto& part : parsed.at("parts")) {
            if (part.at("content_type") == content_type) return part.at("text").get<std::string>();
        }
        return "";
    }
};

class SmtpSink {
public:
    /// Starts the sink writing into `folder` on `port` (0: a free one) and waits until it accepts connections.
    explicit SmtpSink(std::string folder, int port = 0) : folder_(std::move(folder)) {
        std::filesystem::create_directories(folder_);
        int out[2];
        if (pipe(out) != 0) throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        // Debian's interpreter, where python3-aiosmtpd is installed (PATH may lead to another python3).
        const char* python_env = std::getenv("UPWARD_TEST_PYTHON");
        const std::string python = python_env != nullptr && *python_env != '\0' ? python_env : "/usr/bin/python3";
        const std::string script = std::string(UPWARD_SOURCE_DIR) + "/tests/support/smtp-sink.py";
        const std::string port_text = std::to_string(port);
        std::vector<std::string> args = {python, script, "--out", folder_, "--port", port_text};
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        const int spawned = posix_spawn(&pid_, python.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        if (spawned != 0) {
            close(out[0]);
            throw std::runtime_error("cannot start " + python + " " + script);
        }
        const std::string line = ReadLine(out[0], std::chrono::seconds(60));
        close(out[0]);
        if (line.rfind("port ", 0) != 0) {
            Stop();
            throw std::runtime_error("the SMTP sink did not start (is python3-aiosmtpd installed?): '" + line + "'");
        }
        port_ = std::stoi(line.substr(5));
    }
    ~SmtpSink() { Stop(); }
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    int Port() const { return port_; }
    std::string Url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

    /// Stops the server (SIGTERM) and waits for it; the port is free again afterwards.
    void Stop() {
        if (pid_ <= 0) return;
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
    }

    /// Every message accepted so far, in arrival order.
    std::vector<ReceivedMail> Messages() const {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder_)) {
            if (entry.path().extension() == ".json") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        std::vector<ReceivedMail> messages;
        for (const auto& file : files) {
            std::ifstream in(file);
            const auto meta = nlohmann::json::parse(in);
            ReceivedMail mail;
            mail.mail_from = meta.at("mail_from").get<std::string>();
            mail.rcpt_tos = meta.at("rcpt_tos").get<std::vector<std::string>>();
            std::ifstream eml(meta.at("eml").get<std::string>(), std::ios::binary);
            std::stringstream raw;
            raw << eml.rdbuf();
            mail.raw = raw.str();
            mail.parsed = meta;
            messages.push_back(std::move(mail));
        }
        return messages;
    }

private:
    static std::string ReadLine(int fd, std::chrono::seconds timeout) {
        std::string line;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd descriptor{fd, POLLIN, 0};
            const int ready = poll(&descriptor, 1, 200);
            if (ready <= 0) continue;
            char c = 0;
            if (read(fd, &c, 1) != 1) break;  // the sink exited
            if (c == '\n') return line;
            line += c;
        }
        return line;
    }

    std::string folder_;
    pid_t pid_ = -1;
    int port_ = 0;
};

}  // namespace upward::testing
