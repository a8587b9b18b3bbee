#pragma once
// Runs the `upward` binary (UPWARD_BINARY, set per test binary) in a test's folder as an operator would, and
// collects its exit status and output. Shared by the CLI tests.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_database.hpp"

namespace upward::testing {

struct CommandResult {
    int status = -1;
    std::string out;
    std::string err;
};

/// `text` as one single-quoted shell word.
inline std::string Quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

inline std::string ReadFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

/// Runs `upward args...` in `dir` with `input` on stdin; `env` is put before the command as shell words
/// (e.g. "UPWARD_DB=other.db" or "env -u VAR").
inline CommandResult RunUpward(const TempDir& dir, const std::vector<std::string>& args, const std::string& input = "",
                               const std::string& env = "") {
    std::string command = "cd " + Quote(dir.Path()) + " && " + env + " " + Quote(UPWARD_BINARY);
    for (const auto& arg : args) command += " " + Quote(arg);
    std::ofstream(dir.File("stdin")) << input;
    command += " <stdin >stdout 2>stderr";
    const int raw = std::system(command.c_str());
    return CommandResult{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, ReadFile(dir.File("stdout")),
                         ReadFile(dir.File("stderr"))};
}

}  // namespace upward::testing
