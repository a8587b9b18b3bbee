#include "service/session_log/session_notes_service.hpp"

#include "core/errors.hpp"
#include "service/access/pair_access.hpp"
#include "service/session_log/session_log_checks.hpp"
#include "storage/database/database.hpp"
#include "storage/session_log/session_log_repository.hpp"

namespace upward::service {

namespace {

// The author and the session, checked before the key so that people who may not see a note learn nothing
// about the server's notes either.
void RequireAuthorAccess(storage::Connection& session, const domain::Caller& caller, long long pair_id,
                         long long occurrence_id) {
    PairFor(session, caller, pair_id, PairUse::kPrivate, "");
    RequireOccurrenceOfPair(session, pair_id, occurrence_id);
}

SealedNote Sealed(const storage::StoredNote& stored) { return {stored.key_id, stored.nonce, stored.ciphertext}; }

}  // namespace

MyNote SessionNotesService::Get(const domain::Caller& caller, long long pair_id, long long occurrence_id) {
    auto session = database_.Acquire();
    RequireAuthorAccess(*session, caller, pair_id, occurrence_id);
    const auto& key = key_.Require();
    MyNote note{pair_id, occurrence_id, std::nullopt, std::nullopt};
    if (const auto stored = storage::FindNote(*session, occurrence_id, caller.user_id)) {
        note.text = OpenNote(key, Sealed(*stored));
        note.updated_at = stored->updated_at;
    }
    return note;
}

MyNote SessionNotesService::Put(const domain::Caller& caller, long long pair_id, long long occurrence_id,
                                const std::string& text) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    RequireAuthorAccess(*session, caller, pair_id, occurrence_id);
    const auto& key = key_.Require();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw InvalidInput("text", "text is required (delete the note to remove it)");
    }
    if (text.size() > kMaxNoteLength) {
        throw InvalidInput("text", "text is longer than " + std::to_string(kMaxNoteLength) + " characters");
    }
    const auto now = clock_.NowSeconds();
    storage::StoredNote stored;
    stored.created_at = now;
    if (const auto existing = storage::FindNote(*session, occurrence_id, caller.user_id)) {
        if (existing->key_id != key.Id()) OpenNote(key, Sealed(*existing));  // throws the mismatch
        stored.created_at = existing->created_at;
    }
    const auto sealed = SealNote(key, text);
    stored.key_id = sealed.key_id;
    stored.nonce = sealed.nonce;
    stored.ciphertext = sealed.ciphertext;
    stored.updated_at = now;
    storage::SaveNote(*session, occurrence_id, caller.user_id, stored);
    transaction.Commit();
    return {pair_id, occurrence_id, text, now};
}

void SessionNotesService::Delete(const domain::Caller& caller, long long pair_id, long long occurrence_id) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    RequireAuthorAccess(*session, caller, pair_id, occurrence_id);
    key_.Require();
    if (!storage::DeleteNote(*session, occurrence_id, caller.user_id)) {
        throw NotFound("you have no note on session " + std::to_string(occurrence_id));
    }
    transaction.Commit();
}

}  // namespace upward::service
