#include "service/session_log/notes_key.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace upward::service {

namespace {

constexpr const char* kNoKey =
    "the server has no notes key (start it with --notes-key-file PATH or UPWARD_NOTES_KEY; "
    "`upward notes-key generate` makes one)";

}  // namespace

NotesKeySetting::NotesKeySetting() : reason_(kNoKey) {}

NotesKeySetting NotesKeySetting::Of(NotesKey key) {
    NotesKeySetting setting;
    setting.key_ = std::make_shared<const NotesKey>(std::move(key));
    setting.reason_.clear();
    return setting;
}

NotesKeySetting NotesKeySetting::Missing(std::string reason) {
    NotesKeySetting setting;
    setting.reason_ = std::move(reason);
    return setting;
}

const NotesKey& NotesKeySetting::Require() const {
    if (!key_) throw Unavailable("private notes are unavailable: " + reason_);
    return *key_;
}

NotesKeySetting LoadNotesKey(const std::string& key_file) {
    if (!key_file.empty()) {
        std::ifstream file(key_file);
        if (!file) return NotesKeySetting::Missing("the notes key file " + key_file + " cannot be read");
        std::stringstream text;
        text << file.rdbuf();
        try {
            return NotesKeySetting::Of(NotesKey::FromBase64(text.str(), "notes-key-file"));
        } catch (const InvalidInput&) {
            return NotesKeySetting::Missing("the notes key file " + key_file +
                                            " does not hold a key (base64 of 32 bytes)");
        }
    }
    if (const char* value = std::getenv("UPWARD_NOTES_KEY"); value != nullptr && *value != '\0') {
        try {
            return NotesKeySetting::Of(NotesKey::FromBase64(value, "UPWARD_NOTES_KEY"));
        } catch (const InvalidInput&) {
            return NotesKeySetting::Missing("UPWARD_NOTES_KEY does not hold a key (base64 of 32 bytes)");
        }
    }
    return NotesKeySetting{};
}

void WriteNotesKeyFile(const std::string& path, const NotesKey& key) {
    // O_EXCL: never replace a key file, whose notes would become unreadable.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) throw Conflict(path + " exists already: a key file is never overwritten");
        throw InvalidInput("output", "cannot create " + path + ": " + std::strerror(errno));
    }
    const auto text = key.ToBase64() + "\n";
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) throw Error("could not write the notes key to " + path);
}

}  // namespace upward::service
