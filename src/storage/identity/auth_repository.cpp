#include "storage/identity/auth_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

void InsertBrowserSession(Connection& session, const BrowserSession& browser_session, long long now) {
    session << "INSERT INTO browser_sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
               "VALUES (:h, :u, :c, :n, :e)",
        soci::use(browser_session.token_hash), soci::use(browser_session.user_id),
        soci::use(browser_session.csrf_token), soci::use(now), soci::use(browser_session.expires_at);
}

std::optional<BrowserSession> FindBrowserSession(Connection& session, const std::string& token_hash) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT token_hash, user_id, csrf_token, expires_at FROM browser_sessions "
                            "WHERE token_hash = :h",
         soci::use(token_hash));
    for (const auto& row : rows) {
        return BrowserSession{TextColumn(row, "token_hash"), IntColumn(row, "user_id"), TextColumn(row, "csrf_token"),
                              IntColumn(row, "expires_at")};
    }
    return std::nullopt;
}

void DeleteBrowserSession(Connection& session, const std::string& token_hash) {
    session << "DELETE FROM browser_sessions WHERE token_hash = :h", soci::use(token_hash);
}

void DeleteExpiredBrowserSessions(Connection& session, long long now) {
    session << "DELETE FROM browser_sessions WHERE expires_at <= :n", soci::use(now);
}

long long InsertApiToken(Connection& session, long long user_id, const std::string& name, const std::string& token_hash,
                         long long now) {
    long long id = 0;
    session << "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (:u, :n, :h, :t) RETURNING id",
        soci::use(user_id), soci::use(name), soci::use(token_hash), soci::use(now), soci::into(id);
    return id;
}

namespace {
ApiToken ReadToken(const soci::row& row) {
    return ApiToken{IntColumn(row, "id"),
                    IntColumn(row, "user_id"),
                    TextColumn(row, "name"),
                    IntColumn(row, "created_at"),
                    OptionalIntColumn(row, "last_used_at"),
                    IntColumn(row, "revoked") != 0};
}
}  // namespace

std::optional<ApiToken> FindLiveApiToken(Connection& session, const std::string& token_hash) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, user_id, name, created_at, last_used_at, revoked FROM api_tokens "
                            "WHERE token_hash = :h AND revoked = 0",
         soci::use(token_hash));
    for (const auto& row : rows) return ReadToken(row);
    return std::nullopt;
}

void TouchApiToken(Connection& session, long long token_id, long long now) {
    session << "UPDATE api_tokens SET last_used_at = :n WHERE id = :i", soci::use(now), soci::use(token_id);
}

std::vector<ApiToken> ListApiTokens(Connection& session, long long user_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, user_id, name, created_at, last_used_at, revoked FROM api_tokens "
                            "WHERE user_id = :u ORDER BY id",
         soci::use(user_id));
    std::vector<ApiToken> tokens;
    for (const auto& row : rows) tokens.push_back(ReadToken(row));
    return tokens;
}

bool RevokeApiToken(Connection& session, long long user_id, long long token_id) {
    soci::statement statement = (session.prepare << "UPDATE api_tokens SET revoked = 1 WHERE id = :i AND user_id = :u",
                                 soci::use(token_id), soci::use(user_id));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

ThrottleState LoadThrottle(Connection& session, const std::string& subject) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT failures, first_failure_at, locked_until FROM login_throttle WHERE subject = :s",
         soci::use(subject));
    for (const auto& row : rows) {
        return ThrottleState{static_cast<int>(IntColumn(row, "failures")), IntColumn(row, "first_failure_at"),
                             IntColumn(row, "locked_until")};
    }
    return {};
}

ThrottleState LockThrottle(Connection& session, const std::string& subject, long long now) {
    // The row is made to exist, then held by a no-op UPDATE (the one row lock both databases know) until the
    // caller's transaction ends; SQLite's BEGIN IMMEDIATE serialises writers anyway.
    session << "INSERT INTO login_throttle (subject, failures, first_failure_at, locked_until) VALUES (:s, 0, :now, 0) "
               "ON CONFLICT (subject) DO NOTHING",
        soci::use(subject), soci::use(now);
    session << "UPDATE login_throttle SET failures = failures WHERE subject = :s", soci::use(subject);
    return LoadThrottle(session, subject);
}

void SaveThrottle(Connection& session, const std::string& subject, const ThrottleState& state) {
    session << "INSERT INTO login_throttle (subject, failures, first_failure_at, locked_until) VALUES (:s, :f, :a, :l) "
               "ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, "
               "first_failure_at = excluded.first_failure_at, locked_until = excluded.locked_until",
        soci::use(subject), soci::use(state.failures), soci::use(state.first_failure_at), soci::use(state.locked_until);
}

void ClearThrottle(Connection& session, const std::string& subject) {
    session << "DELETE FROM login_throttle WHERE subject = :s", soci::use(subject);
}

}  // namespace upward::storage
