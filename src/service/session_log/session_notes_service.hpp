#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "service/session_log/notes_key.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The caller's own private note on one session; no text when they have written none.
struct MyNote {
    long long pair_id = 0;
    long long occurrence_id = 0;
    std::optional<std::string> text;
    std::optional<long long> updated_at;
};

/// Private notes per session (lifecycle stage 9). A note is readable by its author alone: to anyone else,
/// the partner, admins and sponsors included, there is nothing there (NotFound). Only ciphertext is stored
/// (see notes_cipher.hpp). Without a key every call is Unavailable with the reason; a note sealed with
/// another key is NotesKeyMismatch (Unavailable too), never garbage.
class SessionNotesService {
public:
    static constexpr std::size_t kMaxNoteLength = 20000;

    SessionNotesService(storage::Database& database, const Clock& clock, NotesKeySetting key)
        : database_(database), clock_(clock), key_(std::move(key)) {}

    MyNote Get(const domain::Caller& caller, long long pair_id, long long occurrence_id);
    /// Writes (or replaces) the caller's note. InvalidInput "text" when it is empty or too long; a note
    /// sealed with another key is not replaced (delete it first), so a wrong key never destroys one silently.
    MyNote Put(const domain::Caller& caller, long long pair_id, long long occurrence_id, const std::string& text);
    /// Deletes the caller's note (also one sealed with another key). NotFound when there is none.
    void Delete(const domain::Caller& caller, long long pair_id, long long occurrence_id);

private:
    storage::Database& database_;
    const Clock& clock_;
    NotesKeySetting key_;
};

}  // namespace upward::service
