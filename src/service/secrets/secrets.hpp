#pragma once

#include <string>

namespace upward::service {

/// A random secret of `bytes` bytes, URL-safe base64 without padding (libsodium's CSPRNG).
std::string RandomSecret(std::size_t bytes = 32);
/// A one-way digest for storing bearer secrets (session cookies, API tokens): hex BLAKE2b-256.
std::string DigestSecret(const std::string& secret);
/// Argon2id (libsodium's crypto_pwhash_str, interactive limits).
std::string HashPassword(const std::string& password);
bool VerifyPassword(const std::string& hash, const std::string& password);
bool ConstantTimeEquals(const std::string& a, const std::string& b);
/// A password people can type: 20 characters from an unambiguous alphabet.
std::string GeneratePassword();

}  // namespace upward::service
