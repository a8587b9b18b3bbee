#include "service/identity/auth_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/identity/auth_repository.hpp"
#include "storage/identity/user_repository.hpp"

namespace upward::service {

namespace {

constexpr long long kFailureWindowSeconds = 15LL * 60;
constexpr long long kMaxLockSeconds = 15LL * 60;
constexpr long long kFirstLockSeconds = 30;
// Addresses get more room than one account: an office behind one NAT shares an address.
constexpr int kAddressFreeFailures = 20;

domain::Caller ToCaller(storage::Connection& session, const domain::UserRecord& user) {
    domain::Caller caller;
    caller.user_id = user.id;
    caller.email = user.email;
    caller.display_name = user.display_name;
    caller.person_id = user.person_id;
    caller.role = user.role;
    auto memberships = storage::MembershipsOf(session, user.id);
    caller.memberships = std::move(memberships.participation);
    if (caller.IsSponsor()) caller.sponsored_programmes = std::move(memberships.sponsored);
    return caller;
}

const std::string& DummyHash() {
    // Verifying against a real hash for unknown emails keeps the response time from telling which exist.
    static const std::string hash = HashPassword(RandomSecret(16));
    return hash;
}

}  // namespace

void AuthService::CheckNotLocked(storage::Connection& session, const std::string& subject, long long now) {
    const auto state = storage::LoadThrottle(session, subject);
    if (state.locked_until > now) {
        throw TooManyRequests("too many failed sign-ins; try again later", state.locked_until - now);
    }
}

namespace {

// The lock after the failure that reaches `free_failures`, doubling with each further one up to a quarter hour.
long long LockUntil(int failures, int free_failures, long long now) {
    const int excess = std::min(failures - free_failures, 10);
    return now + std::min(kMaxLockSeconds, kFirstLockSeconds << excess);
}

}  // namespace

void AuthService::ReserveAttempt(storage::Connection& session, const std::string& subject, long long now) {
    // Counted before the password is checked, in one write transaction that holds the account's throttle row:
    // parallel guesses queue on the row, so no more than kFreeFailures are checked before the lock, however many
    // arrive at once. A right password clears the count afterwards.
    storage::Transaction transaction(session, database_.GetBackend());
    auto state = storage::LockThrottle(session, subject, now);
    if (state.locked_until > now) {
        throw TooManyRequests("too many failed sign-ins; try again later", state.locked_until - now);
    }
    if (now - state.first_failure_at > kFailureWindowSeconds) state = {0, now, 0};
    state.failures += 1;
    if (state.failures >= kFreeFailures) state.locked_until = LockUntil(state.failures, kFreeFailures, now);
    storage::SaveThrottle(session, subject, state);
    transaction.Commit();
}

void AuthService::RecordFailure(storage::Connection& session, const std::string& subject, long long now) {
    storage::Transaction transaction(session, database_.GetBackend());
    auto state = storage::LockThrottle(session, subject, now);
    if (now - state.first_failure_at > kFailureWindowSeconds) state = {0, now, 0};
    state.failures += 1;
    if (state.failures >= kAddressFreeFailures)
        state.locked_until = LockUntil(state.failures, kAddressFreeFailures, now);
    storage::SaveThrottle(session, subject, state);
    transaction.Commit();
}

LoginResult AuthService::Login(const std::string& email, const std::string& password,
                               const std::string& client_address) {
    // Caps before anything is stored or hashed: the throttle's key is the email, and hashing costs per byte.
    if (email.size() > kMaxEmailLength) {
        throw InvalidInput("email", "an email address is at most " + std::to_string(kMaxEmailLength) + " characters");
    }
    if (password.size() > kMaxPasswordLength) {
        throw InvalidInput("password", "a password is at most " + std::to_string(kMaxPasswordLength) + " characters");
    }
    const auto now = clock_.NowSeconds();
    const std::string normalised = ToLower(Trim(email));
    const std::string account_subject = "email:" + normalised;
    const std::string address_subject = "address:" + client_address;
    auto session = database_.Acquire();
    if (!client_address.empty()) CheckNotLocked(*session, address_subject, now);
    ReserveAttempt(*session, account_subject, now);

    const auto user = storage::FindUserByEmail(*session, normalised);
    bool valid = false;
    if (user) {
        valid = VerifyPassword(user->password_hash, password) && !user->disabled;
    } else {
        (void)VerifyPassword(DummyHash(), password);
    }
    if (!valid) {
        if (!client_address.empty()) RecordFailure(*session, address_subject, now);
        throw Unauthorized("the email or password is not right");
    }

    LoginResult result;
    result.session_token = RandomSecret();
    result.csrf_token = RandomSecret();
    result.expires_at = now + kSessionSeconds;
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::ClearThrottle(*session, account_subject);
    storage::DeleteExpiredBrowserSessions(*session, now);
    storage::InsertBrowserSession(
        *session, {DigestSecret(result.session_token), user->id, result.csrf_token, result.expires_at}, now);
    transaction.Commit();
    result.caller = ToCaller(*session, *user);
    return result;
}

void AuthService::Logout(const std::string& session_token) {
    auto session = database_.Acquire();
    storage::DeleteBrowserSession(*session, DigestSecret(session_token));
}

std::optional<Authentication> AuthService::AuthenticateSession(const std::string& session_token) {
    if (session_token.empty()) return std::nullopt;
    auto session = database_.Acquire();
    const auto browser_session = storage::FindBrowserSession(*session, DigestSecret(session_token));
    if (!browser_session || browser_session->expires_at <= clock_.NowSeconds()) return std::nullopt;
    const auto user = storage::FindUserById(*session, browser_session->user_id);
    if (!user || user->disabled) return std::nullopt;
    return Authentication{ToCaller(*session, *user), true, browser_session->csrf_token};
}

std::optional<Authentication> AuthService::AuthenticateBearer(const std::string& token) {
    if (token.empty()) return std::nullopt;
    auto session = database_.Acquire();
    const auto api_token = storage::FindLiveApiToken(*session, DigestSecret(token));
    if (!api_token) return std::nullopt;
    const auto user = storage::FindUserById(*session, api_token->user_id);
    if (!user || user->disabled) return std::nullopt;
    storage::TouchApiToken(*session, api_token->id, clock_.NowSeconds());
    return Authentication{ToCaller(*session, *user), false, {}};
}

CreatedToken AuthService::CreateApiToken(long long user_id, const std::string& name) {
    const std::string trimmed(Trim(name));
    if (trimmed.empty() || trimmed.size() > 100) throw InvalidInput("name", "name must be 1 to 100 characters");
    CreatedToken created;
    // The prefix lets secret scanners and people recognise an Upward token.
    created.token = "upw_" + RandomSecret();
    auto session = database_.Acquire();
    created.id = storage::InsertApiToken(*session, user_id, trimmed, DigestSecret(created.token), clock_.NowSeconds());
    return created;
}

std::vector<domain::ApiToken> AuthService::ListApiTokens(long long user_id) {
    auto session = database_.Acquire();
    return storage::ListApiTokens(*session, user_id);
}

void AuthService::RevokeApiToken(long long user_id, long long token_id) {
    auto session = database_.Acquire();
    if (!storage::RevokeApiToken(*session, user_id, token_id)) throw NotFound("no such token");
}

std::optional<domain::Caller> AuthService::LoadCaller(long long user_id) {
    auto session = database_.Acquire();
    const auto user = storage::FindUserById(*session, user_id);
    if (!user) return std::nullopt;
    return ToCaller(*session, *user);
}

}  // namespace upward::service
