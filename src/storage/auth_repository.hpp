#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace upward::storage {

struct BrowserSession {
    std::string token_hash;
    long long user_id = 0;
    std::string csrf_token;
    long long expires_at = 0;
};

void InsertBrowserSession(soci::session& session, const BrowserSession& browser_session, long long now);
std::optional<BrowserSession> FindBrowserSession(soci::session& session, const std::string& token_hash);
void DeleteBrowserSession(soci::session& session, const std::string& token_hash);
void DeleteExpiredBrowserSessions(soci::session& session, long long now);

struct ApiToken {
    long long id = 0;
    long long user_id = 0;
    std::string name;
    long long created_at = 0;
    std::optional<long long> last_used_at;
    bool revoked = false;
};

long long InsertApiToken(soci::session& session, long long user_id, const std::string& name,
                         const std::string& token_hash, long long now);
/// The live (unrevoked) token with this hash.
std::optional<ApiToken> FindLiveApiToken(soci::session& session, const std::string& token_hash);
void TouchApiToken(soci::session& session, long long token_id, long long now);
std::vector<ApiToken> ListApiTokens(soci::session& session, long long user_id);
/// Revokes the token if it belongs to the user; false when there is no such token.
bool RevokeApiToken(soci::session& session, long long user_id, long long token_id);

struct ThrottleState {
    int failures = 0;
    long long first_failure_at = 0;
    long long locked_until = 0;
};

ThrottleState LoadThrottle(soci::session& session, const std::string& subject);
void SaveThrottle(soci::session& session, const std::string& subject, const ThrottleState& state);
void ClearThrottle(soci::session& session, const std::string& subject);

}  // namespace upward::storage
