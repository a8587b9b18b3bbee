#include "service/session_log/notes_cipher.hpp"

#include <sodium.h>

#include <optional>
#include <stdexcept>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/session_log/notes_key.hpp"

namespace upward::service {

namespace {

void RequireSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string ToBase64(const unsigned char* data, std::size_t size) {
    std::string text(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.find('\0'));
    return text;
}

// nullopt when `text` is not base64.
std::optional<std::vector<unsigned char>> FromBase64(std::string_view text) {
    std::vector<unsigned char> bytes(text.size());
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

std::string KeyId(const unsigned char* key) {
    // 8 bytes of digest are plenty to tell keys apart and say nothing about the key.
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, key, NotesKey::kBytes, nullptr, 0);
    char hex[2 * sizeof digest + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace

NotesKey::NotesKey(const std::array<unsigned char, kBytes>& bytes) : bytes_(bytes), id_(KeyId(bytes.data())) {}

NotesKey NotesKey::Generate() {
    RequireSodium();
    std::array<unsigned char, kBytes> bytes{};
    crypto_secretbox_keygen(bytes.data());
    NotesKey key(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

NotesKey NotesKey::FromBase64(std::string_view text, const std::string& field) {
    RequireSodium();
    const auto decoded = service::FromBase64(Trim(text));
    if (!decoded || decoded->size() != kBytes) {
        throw InvalidInput(field,
                           "a notes key is the base64 text of 32 random bytes (upward notes-key generate "
                           "writes one)");
    }
    std::array<unsigned char, kBytes> bytes{};
    std::copy(decoded->begin(), decoded->end(), bytes.begin());
    return NotesKey(bytes);
}

std::string NotesKey::ToBase64() const { return service::ToBase64(bytes_.data(), bytes_.size()); }

SealedNote SealNote(const NotesKey& key, std::string_view plaintext) {
    RequireSodium();
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(nonce, sizeof nonce);
    std::vector<unsigned char> sealed(plaintext.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(sealed.data(), reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                          nonce, key.Data());
    return {key.Id(), ToBase64(nonce, sizeof nonce), ToBase64(sealed.data(), sealed.size())};
}

std::string OpenNote(const NotesKey& key, const SealedNote& note) {
    RequireSodium();
    if (note.key_id != key.Id()) {
        throw NotesKeyMismatch("this note was sealed with notes key " + note.key_id + " but the server has key " +
                               key.Id() + ": start it with the key file that sealed the note to read it");
    }
    const auto nonce = FromBase64(note.nonce);
    const auto sealed = FromBase64(note.ciphertext);
    if (!nonce || nonce->size() != crypto_secretbox_NONCEBYTES || !sealed ||
        sealed->size() < crypto_secretbox_MACBYTES) {
        throw Error("this note is damaged in the database and cannot be opened");
    }
    std::string plaintext(sealed->size() - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plaintext.data()), sealed->data(), sealed->size(),
                                   nonce->data(), key.Data()) != 0) {
        throw Error("this note is damaged in the database and cannot be opened (it does not authenticate)");
    }
    return plaintext;
}

}  // namespace upward::service
