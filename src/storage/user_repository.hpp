#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/roles.hpp"

namespace upward::storage {

struct UserRecord {
    long long id = 0;
    std::string email;
    std::string display_name;
    std::string password_hash;
    domain::Role role = domain::Role::kParticipant;
    std::string person_id;
    bool disabled = false;
    long long created_at = 0;
};

long long InsertUser(soci::session& session, const UserRecord& user);
std::optional<UserRecord> FindUserByEmail(soci::session& session, const std::string& email);
std::optional<UserRecord> FindUserById(soci::session& session, long long id);
std::vector<UserRecord> ListUsers(soci::session& session);
void SetPasswordHash(soci::session& session, long long user_id, const std::string& hash);

/// A user's programme memberships, read at once: as a mentor or mentee, and as a sponsor.
struct ProgrammeMemberships {
    std::vector<domain::Membership> participation;
    std::vector<long long> sponsored;
};
ProgrammeMemberships MembershipsOf(soci::session& session, long long user_id);
void AddMembership(soci::session& session, long long programme_id, long long user_id, domain::ProgrammeRole role,
                   long long now);

}  // namespace upward::storage
