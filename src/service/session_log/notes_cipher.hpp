#pragma once

#include <array>
#include <string>
#include <string_view>

namespace upward::service {

/// The key that seals private session notes (libsodium secretbox, 32 bytes). It lives in a key file or the
/// UPWARD_NOTES_KEY environment variable, never in the database and never in a log.
class NotesKey {
public:
    static constexpr std::size_t kBytes = 32;

    /// A fresh random key.
    static NotesKey Generate();
    /// The base64 text of a key file or of UPWARD_NOTES_KEY (surrounding whitespace ignored). InvalidInput
    /// naming `field` unless it decodes to exactly 32 bytes.
    static NotesKey FromBase64(std::string_view text, const std::string& field);

    std::string ToBase64() const;
    /// A short public name of the key (hex of a BLAKE2b digest of it) stored beside each note, so a note
    /// sealed with another key is recognised as such instead of failing as if it were damaged.
    const std::string& Id() const { return id_; }
    const unsigned char* Data() const { return bytes_.data(); }

private:
    explicit NotesKey(const std::array<unsigned char, kBytes>& bytes);
    std::array<unsigned char, kBytes> bytes_{};
    std::string id_;
};

/// A note as stored: the sealing key's id, a random nonce and the ciphertext (with its MAC), both base64.
struct SealedNote {
    std::string key_id;
    std::string nonce;
    std::string ciphertext;
};

/// Seals `plaintext` with a fresh random nonce (crypto_secretbox_easy).
SealedNote SealNote(const NotesKey& key, std::string_view plaintext);

/// Opens a sealed note. Throws NotesKeyMismatch when another key sealed it, and Error when the ciphertext
/// does not authenticate (damaged): never returns garbage.
std::string OpenNote(const NotesKey& key, const SealedNote& note);

}  // namespace upward::service
