#include "storage/enrolment/invitation_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kColumns =
    "id, programme_id, employee_id, email, side, token_hash, status, invited_by, created_at, expires_at, accepted_at, "
    "accepted_user_id";

domain::Invitation ReadInvitation(const soci::row& row) {
    domain::Invitation invitation;
    invitation.id = IntColumn(row, "id");
    invitation.programme_id = IntColumn(row, "programme_id");
    invitation.employee_id = TextColumn(row, "employee_id");
    invitation.email = TextColumn(row, "email");
    invitation.side = TextColumn(row, "side") == "mentor" ? domain::Side::kMentor : domain::Side::kMentee;
    invitation.token_hash = TextColumn(row, "token_hash");
    invitation.status =
        domain::ParseInvitationStatus(TextColumn(row, "status")).value_or(domain::InvitationStatus::kRevoked);
    invitation.invited_by = OptionalIntColumn(row, "invited_by");
    invitation.created_at = IntColumn(row, "created_at");
    invitation.expires_at = IntColumn(row, "expires_at");
    invitation.accepted_at = OptionalIntColumn(row, "accepted_at");
    invitation.accepted_user_id = OptionalIntColumn(row, "accepted_user_id");
    return invitation;
}

std::optional<domain::Invitation> FindOne(Connection& session, const std::string& where, const std::string& value) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns + " FROM invitations WHERE " + where, soci::use(value));
    for (const auto& row : rows) return ReadInvitation(row);
    return std::nullopt;
}

long long AffectedRows(soci::statement& statement) {
    statement.execute(true);
    return statement.get_affected_rows();
}

}  // namespace

long long InsertInvitation(Connection& session, const domain::Invitation& invitation) {
    const std::string side(domain::ToString(invitation.side));
    const std::string status(domain::ToString(invitation.status));
    long long invited_by = invitation.invited_by.value_or(0);
    soci::indicator invited_by_indicator = invitation.invited_by ? soci::i_ok : soci::i_null;
    long long id = 0;
    session << "INSERT INTO invitations (programme_id, employee_id, email, side, token_hash, status, invited_by, "
               "created_at, expires_at) VALUES (:p, :e, :email, :side, :hash, :status, :by, :created, :expires) "
               "RETURNING id",
        soci::use(invitation.programme_id), soci::use(invitation.employee_id), soci::use(invitation.email),
        soci::use(side), soci::use(invitation.token_hash), soci::use(status),
        soci::use(invited_by, invited_by_indicator), soci::use(invitation.created_at), soci::use(invitation.expires_at),
        soci::into(id);
    return id;
}

std::optional<domain::Invitation> FindInvitationById(Connection& session, long long invitation_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns + " FROM invitations WHERE id = :id",
         soci::use(invitation_id));
    for (const auto& row : rows) return ReadInvitation(row);
    return std::nullopt;
}

std::optional<domain::Invitation> FindInvitationByTokenHash(Connection& session, const std::string& token_hash) {
    return FindOne(session, "token_hash = :hash", token_hash);
}

std::optional<domain::Invitation> FindLatestInvitation(Connection& session, long long programme_id,
                                                       const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare
             << std::string("SELECT ") + kColumns +
                    " FROM invitations WHERE programme_id = :p AND employee_id = :e ORDER BY id DESC LIMIT 1",
         soci::use(programme_id), soci::use(employee_id));
    for (const auto& row : rows) return ReadInvitation(row);
    return std::nullopt;
}

std::vector<domain::Invitation> ListInvitations(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows = (session.prepare << std::string("SELECT ") + kColumns +
                                                           " FROM invitations WHERE programme_id = :p ORDER BY id DESC",
                                    soci::use(programme_id));
    std::vector<domain::Invitation> invitations;
    for (const auto& row : rows) invitations.push_back(ReadInvitation(row));
    return invitations;
}

bool ReissueInvitation(Connection& session, const domain::Invitation& invitation) {
    const std::string side(domain::ToString(invitation.side));
    long long invited_by = invitation.invited_by.value_or(0);
    soci::indicator invited_by_indicator = invitation.invited_by ? soci::i_ok : soci::i_null;
    soci::statement statement =
        (session.prepare
             << "UPDATE invitations SET token_hash = :hash, side = :side, email = :email, status = 'pending', "
                "invited_by = :by, created_at = :created, expires_at = :expires "
                "WHERE id = :id AND status <> 'accepted'",
         soci::use(invitation.token_hash), soci::use(side), soci::use(invitation.email),
         soci::use(invited_by, invited_by_indicator), soci::use(invitation.created_at),
         soci::use(invitation.expires_at), soci::use(invitation.id));
    return AffectedRows(statement) == 1;
}

bool MarkInvitationAccepted(Connection& session, long long invitation_id, long long user_id, long long now) {
    soci::statement statement =
        (session.prepare << "UPDATE invitations SET status = 'accepted', accepted_at = :now, accepted_user_id = :u "
                            "WHERE id = :id AND status = 'pending'",
         soci::use(now), soci::use(user_id), soci::use(invitation_id));
    return AffectedRows(statement) == 1;
}

bool RevokeInvitation(Connection& session, long long invitation_id) {
    soci::statement statement =
        (session.prepare << "UPDATE invitations SET status = 'revoked' WHERE id = :id AND status = 'pending'",
         soci::use(invitation_id));
    return AffectedRows(statement) == 1;
}

}  // namespace upward::storage
