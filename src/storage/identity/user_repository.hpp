#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/identity_records.hpp"
#include "domain/roles.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

using domain::UserRecord;

long long InsertUser(Connection& session, const UserRecord& user);
std::optional<UserRecord> FindUserByEmail(Connection& session, const std::string& email);
std::optional<UserRecord> FindUserById(Connection& session, long long id);
std::vector<UserRecord> ListUsers(Connection& session);
void SetPasswordHash(Connection& session, long long user_id, const std::string& hash);

/// A user's programme memberships, read at once: as a mentor or mentee, and as a sponsor.
struct ProgrammeMemberships {
    std::vector<domain::Membership> participation;
    std::vector<long long> sponsored;
};
ProgrammeMemberships MembershipsOf(Connection& session, long long user_id);
void AddMembership(Connection& session, long long programme_id, long long user_id, domain::ProgrammeRole role,
                   long long now);
/// Makes the user a sponsor of this one programme (no-op when already).
void AddSponsorMembership(Connection& session, long long programme_id, long long user_id, long long now);

/// A membership of a programme by an account linked to a person of the directory.
struct PersonMembership {
    long long user_id = 0;
    std::string person_id;
    std::string role;  // mentor, mentee, sponsor
};
/// The programme's memberships of accounts linked to people, oldest account first.
std::vector<PersonMembership> ListPersonMemberships(Connection& session, long long programme_id);
/// The person's membership of the programme (the oldest account's, when several are linked).
std::optional<PersonMembership> FindPersonMembership(Connection& session, long long programme_id,
                                                     const std::string& employee_id);
/// The oldest account linked to the person.
std::optional<long long> FirstUserOfPerson(Connection& session, const std::string& employee_id);
/// The oldest admin account.
std::optional<long long> FirstAdminUser(Connection& session);

}  // namespace upward::storage
