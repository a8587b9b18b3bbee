#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/records/identity_records.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

struct LoginResult {
    domain::Caller caller;
    std::string session_token;  // goes into the HttpOnly cookie; only its digest is stored
    std::string csrf_token;
    long long expires_at = 0;
};

/// A resolved credential: who, and (for browser sessions) the CSRF token unsafe requests must echo.
struct Authentication {
    domain::Caller caller;
    bool via_browser_session = false;
    std::string csrf_token;
};

struct CreatedToken {
    long long id = 0;
    std::string token;  // shown once
};

/// Sign-in, browser sessions, API tokens and the failed-login throttle.
class AuthService {
public:
    static constexpr int kFreeFailures = 5;
    static constexpr std::size_t kMaxEmailLength = 254;
    static constexpr std::size_t kMaxPasswordLength = 1024;
    static constexpr long long kSessionSeconds = 12LL * 3600;

    AuthService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    /// Throws Unauthorized on bad credentials and TooManyRequests while the email or address is locked out.
    LoginResult Login(const std::string& email, const std::string& password, const std::string& client_address);
    void Logout(const std::string& session_token);
    std::optional<Authentication> AuthenticateSession(const std::string& session_token);
    std::optional<Authentication> AuthenticateBearer(const std::string& token);

    CreatedToken CreateApiToken(long long user_id, const std::string& name);
    std::vector<domain::ApiToken> ListApiTokens(long long user_id);
    void RevokeApiToken(long long user_id, long long token_id);

    /// Loads a caller by user id with memberships (the CLI's and tests' way in).
    std::optional<domain::Caller> LoadCaller(long long user_id);

private:
    /// Counts a sign-in attempt on the account before its password is checked; TooManyRequests while locked.
    void ReserveAttempt(storage::Connection& session, const std::string& subject, long long now);
    /// Counts a failed sign-in from an address (an office behind one NAT shares one, so it gets more room).
    void RecordFailure(storage::Connection& session, const std::string& subject, long long now);
    void CheckNotLocked(storage::Connection& session, const std::string& subject, long long now);

    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
