#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/identity_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

struct BrowserSession {
    std::string token_hash;
    long long user_id = 0;
    std::string csrf_token;
    long long expires_at = 0;
};

void InsertBrowserSession(Connection& session, const BrowserSession& browser_session, long long now);
std::optional<BrowserSession> FindBrowserSession(Connection& session, const std::string& token_hash);
void DeleteBrowserSession(Connection& session, const std::string& token_hash);
void DeleteExpiredBrowserSessions(Connection& session, long long now);

using domain::ApiToken;

long long InsertApiToken(Connection& session, long long user_id, const std::string& name, const std::string& token_hash,
                         long long now);
/// The live (unrevoked) token with this hash.
std::optional<ApiToken> FindLiveApiToken(Connection& session, const std::string& token_hash);
void TouchApiToken(Connection& session, long long token_id, long long now);
std::vector<ApiToken> ListApiTokens(Connection& session, long long user_id);
/// Revokes the token if it belongs to the user; false when there is no such token.
bool RevokeApiToken(Connection& session, long long user_id, long long token_id);

struct ThrottleState {
    int failures = 0;
    long long first_failure_at = 0;
    long long locked_until = 0;
};

ThrottleState LoadThrottle(Connection& session, const std::string& subject);
/// Inside the caller's write transaction: the subject's state, its row held until the transaction ends so that
/// concurrent sign-ins count one after another (a new subject starts with no failures at `now`).
ThrottleState LockThrottle(Connection& session, const std::string& subject, long long now);
void SaveThrottle(Connection& session, const std::string& subject, const ThrottleState& state);
void ClearThrottle(Connection& session, const std::string& subject);

}  // namespace upward::storage
