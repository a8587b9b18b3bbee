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

void AuthService::RecordFailure(storage::Connection& session, const std::string& subject, long long now) {
    auto state = storage::LoadThrottle(session, subject);
    if (now - state.first_failure_at > kFailureWindowSeconds) state = {0, now, 0};
    state.failures += 1;
    const int free_failures = subject.rfind("address:", 0) == 0 ? kAddressFreeFailures : kFreeFailures;
    if (state.failures >= free_failures) {
        const int excess = std::min(state.failures - free_failures, 10);
        state.locked_until = now + std::min(kMaxLockSeconds, kFirstLockSeconds << excess);
    }
    storage::SaveThrottle(session, subject, state);
}

LoginResult AuthService::Login(const std::string& email, const std::string& password,
                               const std::string& client_address) {
    const auto now = clock_.NowSeconds();
    const std::string normalised = ToLower(Trim(email));
    const std::string account_subject = "email:" + normalised;
    const std::string address_subject = "address:" + client_address;
    auto session = database_.Acquire();
    CheckNotLocked(*session, account_subject, now);
    if (!client_address.empty()) CheckNotLocked(*session, address_subject, now);

    const auto user = storage::FindUserByEmail(*session, normalised);
    bool valid = false;
    if (user) {
        valid = VerifyPassword(user->password_hash, password) && !user->disabled;
    } else {
        (void)VerifyPassword(DummyHash(), password);
    }
    if (!valid) {
        storage::Transaction transaction(*session, database_.GetBackend());
        RecordFailure(*session, account_subject, now);
        if (!client_address.empty()) RecordFailure(*session, address_subject, now);
        transaction.Commit();
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
