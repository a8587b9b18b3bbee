#include "storage/identity/user_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

const char* const kSelectUser =
    "SELECT id, email, display_name, password_hash, role, person_id, disabled, created_at FROM users ";

UserRecord ReadUser(const soci::row& row) {
    UserRecord user;
    user.id = IntColumn(row, "id");
    user.email = TextColumn(row, "email");
    user.display_name = TextColumn(row, "display_name");
    user.password_hash = TextColumn(row, "password_hash");
    user.role = domain::ParseRole(TextColumn(row, "role")).value_or(domain::Role::kParticipant);
    user.person_id = TextColumn(row, "person_id");
    user.disabled = IntColumn(row, "disabled") != 0;
    user.created_at = IntColumn(row, "created_at");
    return user;
}

std::optional<UserRecord> FirstUser(soci::rowset<soci::row>& rows) {
    for (const auto& row : rows) return ReadUser(row);
    return std::nullopt;
}

}  // namespace

long long InsertUser(Connection& session, const UserRecord& user) {
    long long id = 0;
    const std::string role(domain::ToString(user.role));
    const int disabled = user.disabled ? 1 : 0;
    soci::indicator hash_indicator = NullIfEmpty(user.password_hash);
    soci::indicator person_indicator = NullIfEmpty(user.person_id);
    session << "INSERT INTO users (email, display_name, password_hash, role, person_id, disabled, created_at) "
               "VALUES (:email, :name, :hash, :role, :person, :disabled, :created) RETURNING id",
        soci::use(user.email), soci::use(user.display_name), soci::use(user.password_hash, hash_indicator),
        soci::use(role), soci::use(user.person_id, person_indicator), soci::use(disabled), soci::use(user.created_at),
        soci::into(id);
    return id;
}

std::optional<UserRecord> FindUserByEmail(Connection& session, const std::string& email) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kSelectUser) + "WHERE email = :email", soci::use(email));
    return FirstUser(rows);
}

std::optional<UserRecord> FindUserById(Connection& session, long long id) {
    soci::rowset<soci::row> rows = (session.prepare << std::string(kSelectUser) + "WHERE id = :id", soci::use(id));
    return FirstUser(rows);
}

std::vector<UserRecord> ListUsers(Connection& session) {
    soci::rowset<soci::row> rows = (session.prepare << std::string(kSelectUser) + "ORDER BY id");
    std::vector<UserRecord> users;
    for (const auto& row : rows) users.push_back(ReadUser(row));
    return users;
}

void SetPasswordHash(Connection& session, long long user_id, const std::string& hash) {
    session << "UPDATE users SET password_hash = :hash WHERE id = :id", soci::use(hash), soci::use(user_id);
}

ProgrammeMemberships MembershipsOf(Connection& session, long long user_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT programme_id, role FROM programme_members WHERE user_id = :u ORDER BY programme_id",
         soci::use(user_id));
    ProgrammeMemberships memberships;
    for (const auto& row : rows) {
        const auto programme_id = IntColumn(row, "programme_id");
        const auto role = TextColumn(row, "role");
        // Sponsor memberships name the programmes a sponsor oversees; they are not participation.
        if (const auto side = domain::ParseProgrammeRole(role)) {
            memberships.participation.push_back({programme_id, *side});
        } else if (role == "sponsor") {
            memberships.sponsored.push_back(programme_id);
        }
    }
    return memberships;
}

void AddMembership(Connection& session, long long programme_id, long long user_id, domain::ProgrammeRole role,
                   long long now) {
    const std::string role_text(domain::ToString(role));
    session << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, :r, :t) "
               "ON CONFLICT (programme_id, user_id, role) DO NOTHING",
        soci::use(programme_id), soci::use(user_id), soci::use(role_text), soci::use(now);
}

void AddSponsorMembership(Connection& session, long long programme_id, long long user_id, long long now) {
    session << "INSERT INTO programme_members (programme_id, user_id, role, joined_at) VALUES (:p, :u, 'sponsor', :t) "
               "ON CONFLICT (programme_id, user_id, role) DO NOTHING",
        soci::use(programme_id), soci::use(user_id), soci::use(now);
}

namespace {

constexpr const char* kPersonMemberships =
    "SELECT m.user_id, u.person_id, m.role FROM programme_members m JOIN users u ON u.id = m.user_id "
    "WHERE m.programme_id = :p AND u.person_id IS NOT NULL";

PersonMembership ReadPersonMembership(const soci::row& row) {
    return {IntColumn(row, "user_id"), TextColumn(row, "person_id"), TextColumn(row, "role")};
}

std::optional<long long> FirstId(soci::rowset<soci::row>& rows) {
    for (const auto& row : rows) return IntColumn(row, "id");
    return std::nullopt;
}

}  // namespace

std::vector<PersonMembership> ListPersonMemberships(Connection& session, long long programme_id) {
    std::vector<PersonMembership> memberships;
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kPersonMemberships) + " ORDER BY u.id", soci::use(programme_id));
    for (const auto& row : rows) memberships.push_back(ReadPersonMembership(row));
    return memberships;
}

std::optional<PersonMembership> FindPersonMembership(Connection& session, long long programme_id,
                                                     const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kPersonMemberships) + " AND u.person_id = :e ORDER BY m.user_id, m.role",
         soci::use(programme_id), soci::use(employee_id));
    for (const auto& row : rows) return ReadPersonMembership(row);
    return std::nullopt;
}

std::optional<long long> FirstUserOfPerson(Connection& session, const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id FROM users WHERE person_id = :p ORDER BY id", soci::use(employee_id));
    return FirstId(rows);
}

std::optional<long long> FirstAdminUser(Connection& session) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id FROM users WHERE role = 'admin' ORDER BY id");
    return FirstId(rows);
}

}  // namespace upward::storage
