#pragma once

#include <memory>
#include <string>

#include "core/errors.hpp"
#include "service/session_log/notes_cipher.hpp"

namespace upward::service {

/// A note sealed with another key than the server's: a configuration problem (503), never garbage.
class NotesKeyMismatch : public Unavailable {
public:
    using Unavailable::Unavailable;
};

/// The server's notes key, or why there is none. Without a key, private notes are unavailable and say why;
/// everything else works.
class NotesKeySetting {
public:
    /// No key: `reason` says what to do about it.
    NotesKeySetting();
    static NotesKeySetting Of(NotesKey key);
    static NotesKeySetting Missing(std::string reason);

    bool Available() const { return key_ != nullptr; }
    /// The key, or Unavailable "private notes are unavailable: <reason>".
    const NotesKey& Require() const;
    /// Why there is no key (empty when there is one).
    const std::string& Reason() const { return reason_; }

private:
    std::shared_ptr<const NotesKey> key_;
    std::string reason_;
};

/// The key from `key_file` when given, else from the UPWARD_NOTES_KEY environment variable (base64 of 32
/// bytes), else none. A file that cannot be read or holds no key leaves notes unavailable with the reason
/// (which never contains the key).
NotesKeySetting LoadNotesKey(const std::string& key_file);

/// Writes `key` to a new file readable by its owner alone (mode 0600). Conflict when the file exists: a
/// key file is never overwritten, since the notes it sealed would be lost with it.
void WriteNotesKeyFile(const std::string& path, const NotesKey& key);

}  // namespace upward::service
