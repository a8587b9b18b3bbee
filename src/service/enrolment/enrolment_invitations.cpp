// EnrolmentService's invitations: inviting (by choice or filter), listing, revoking, and the public landing
// and acceptance of a token.
#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "service/enrolment/invitation_mail.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/invitation_repository.hpp"
#include "storage/enrolment/invitee_query.hpp"
#include "storage/identity/account_link.hpp"
#include "storage/identity/auth_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

namespace {

// One request invites at most this many people: a larger filter is most likely a mistake, and the emails
// of one request are queued in one transaction.
constexpr std::size_t kMaxInvitesPerRequest = 5000;
constexpr std::size_t kMinPasswordLength = 12;
constexpr std::size_t kMaxPasswordLength = 1024;
constexpr long long kSecondsPerDay = 24LL * 3600;

domain::Programme OpenProgramme(storage::Connection& session, long long programme_id) {
    auto programme = ProgrammeOrNotFound(session, programme_id);
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme_id) + " is archived");
    }
    return programme;
}

domain::ProgrammeRole RoleFor(domain::Side side) {
    return side == domain::Side::kMentor ? domain::ProgrammeRole::kMentor : domain::ProgrammeRole::kMentee;
}

std::string InvitationLink(const std::string& public_url, const std::string& token) {
    std::string base = public_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + "/#/invitations/" + token;
}

// The people an invite request names, each once: chosen ones in the order given, or the filter's.
std::vector<domain::Person> Invitees(storage::Connection& session, const InviteRequest& request,
                                     std::vector<SkippedInvitee>& skipped) {
    std::vector<domain::Person> people;
    if (request.filter) {
        people = storage::FindInvitees(session, *request.filter, kMaxInvitesPerRequest + 1);
        if (people.size() > kMaxInvitesPerRequest) {
            throw InvalidInput("filter", "the filter matches more than " + std::to_string(kMaxInvitesPerRequest) +
                                             " people; narrow it or invite in parts");
        }
        return people;
    }
    if (request.employee_ids.size() > kMaxInvitesPerRequest) {
        throw InvalidInput("employee_ids",
                           "invite at most " + std::to_string(kMaxInvitesPerRequest) + " people at once");
    }
    std::set<std::string> seen;
    for (const auto& id : request.employee_ids) {
        if (!seen.insert(id).second) continue;
        auto person = storage::FindPerson(session, id);
        if (!person) {
            skipped.push_back({id, "not in the people directory"});
        } else if (!person->active || person->left) {
            skipped.push_back({id, "not active in the people directory"});
        } else {
            people.push_back(std::move(*person));
        }
    }
    return people;
}

void CheckUsable(const domain::Invitation& invitation, long long now) {
    const auto status = domain::EffectiveStatus(invitation, now);
    if (status == "accepted") {
        throw InvitationUnusable("invitation_used", "this invitation was already used; sign in instead");
    }
    if (status == "revoked") {
        throw InvitationUnusable("invitation_revoked",
                                 "this invitation was withdrawn; ask the programme team for a new one");
    }
    if (status == "expired") {
        throw InvitationUnusable("invitation_expired", "this invitation expired on " +
                                                           FormatTimestamp(invitation.expires_at) +
                                                           "; ask the programme team for a new one");
    }
}

domain::Invitation InvitationForToken(storage::Connection& session, const std::string& token, long long now) {
    // Digests of unknown, forged or malformed tokens simply match nothing.
    auto invitation = token.empty() ? std::nullopt : storage::FindInvitationByTokenHash(session, DigestSecret(token));
    if (!invitation) throw NotFound("no such invitation; check that the link is complete");
    CheckUsable(*invitation, now);
    return *invitation;
}

// The account an invitee already has: the one linked to their employee id, else the one with their email.
std::optional<domain::UserRecord> ExistingAccount(storage::Connection& session, const domain::Invitation& invitation) {
    if (const auto id = storage::FindUserIdByPerson(session, invitation.employee_id)) {
        return storage::FindUserById(session, *id);
    }
    return storage::FindUserByEmail(session, invitation.email);
}

domain::Caller CallerFor(long long user_id) {
    domain::Caller caller;
    caller.user_id = user_id;
    return caller;
}

}  // namespace

InviteOutcome EnrolmentService::Invite(const domain::Caller& caller, long long programme_id,
                                       const InviteRequest& request) {
    RequireAdmin(caller);
    if (request.expires_in_days < 1 || request.expires_in_days > domain::kMaxInvitationDays) {
        throw InvalidInput("expires_in_days",
                           "expires_in_days must be between 1 and " + std::to_string(domain::kMaxInvitationDays));
    }
    if (request.employee_ids.empty() && !request.filter) {
        throw InvalidInput("employee_ids", "choose people (employee_ids) or give a filter");
    }
    if (!request.employee_ids.empty() && request.filter) {
        throw InvalidInput("filter", "give either employee_ids or a filter, not both");
    }
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = OpenProgramme(*session, programme_id);
    InviteOutcome outcome;
    for (const auto& person : Invitees(*session, request, outcome.skipped)) {
        if (person.email.empty()) {
            outcome.skipped.push_back({person.employee_id, "no email address in the people directory"});
            continue;
        }
        if (storage::PersonIsMember(*session, programme_id, person.employee_id)) {
            outcome.skipped.push_back({person.employee_id, "already a member of the programme"});
            continue;
        }
        const auto token = RandomSecret();
        domain::Invitation invitation;
        invitation.programme_id = programme_id;
        invitation.employee_id = person.employee_id;
        invitation.email = ToLower(Trim(person.email));
        invitation.side = request.side;
        invitation.token_hash = DigestSecret(token);
        if (caller.user_id > 0) invitation.invited_by = caller.user_id;  // the CLI operator has no account
        invitation.created_at = now;
        invitation.expires_at = now + request.expires_in_days * kSecondsPerDay;
        std::string dedupe_key;
        const auto previous = storage::FindLatestInvitation(*session, programme_id, person.employee_id);
        if (previous && previous->status == domain::InvitationStatus::kAccepted) {
            outcome.skipped.push_back({person.employee_id, "already accepted an invitation"});
            continue;
        }
        if (previous) {
            // Re-inviting replaces the token: the old link stops working, and the new mail is its own event.
            invitation.id = previous->id;
            storage::ReissueInvitation(*session, invitation);
            dedupe_key = "invitation:" + std::to_string(invitation.id) + ":" + invitation.token_hash.substr(0, 16);
            ++outcome.reissued;
        } else {
            invitation.id = storage::InsertInvitation(*session, invitation);
            dedupe_key = "invitation:" + std::to_string(invitation.id);
        }
        const auto name = person.name.empty() ? person.employee_id : person.name;
        storage::EnqueueMail(
            *session, InvitationMail(dedupe_key, invitation, name, programme, InvitationLink(public_url_, token)), now);
        ++outcome.invited;
    }
    Audit(*session, clock_, caller, "invitation.create", "programme:" + std::to_string(programme_id),
          std::to_string(outcome.invited) + " invited as " + std::string(domain::ToString(request.side)));
    transaction.Commit();
    return outcome;
}

std::vector<InvitationView> EnrolmentService::ListInvitations(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    const auto now = clock_.NowSeconds();
    const auto people = storage::DirectoryEntriesIn(*session, "invitations", programme_id);
    std::vector<InvitationView> views;
    for (auto& invitation : storage::ListInvitations(*session, programme_id)) {
        InvitationView view;
        const auto person = people.find(invitation.employee_id);
        view.name = person == people.end() ? std::string() : person->second.name;
        view.status = domain::EffectiveStatus(invitation, now);
        view.invitation = std::move(invitation);
        views.push_back(std::move(view));
    }
    Audit(*session, clock_, caller, "invitation.list", "programme:" + std::to_string(programme_id));
    return views;
}

void EnrolmentService::RevokeInvitation(const domain::Caller& caller, long long programme_id, long long invitation_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto invitation = storage::FindInvitationById(*session, invitation_id);
    if (!invitation || invitation->programme_id != programme_id) {
        throw NotFound("no invitation " + std::to_string(invitation_id) + " in programme " +
                       std::to_string(programme_id));
    }
    if (invitation->status == domain::InvitationStatus::kAccepted) {
        throw Conflict("invitation " + std::to_string(invitation_id) +
                       " was already accepted; it can no longer be revoked");
    }
    storage::RevokeInvitation(*session, invitation_id);  // revoking a revoked invitation changes nothing
    Audit(*session, clock_, caller, "invitation.revoke", "invitation:" + std::to_string(invitation_id));
    transaction.Commit();
}

InvitationPreview EnrolmentService::PreviewInvitation(const std::string& token) {
    auto session = database_.Acquire();
    const auto invitation = InvitationForToken(*session, token, clock_.NowSeconds());
    const auto programme = storage::FindProgramme(*session, invitation.programme_id);
    if (!programme) throw NotFound("no such invitation; check that the link is complete");
    const auto person = storage::FindPerson(*session, invitation.employee_id);
    InvitationPreview preview;
    preview.programme_id = programme->id;
    preview.programme_name = programme->name;
    preview.programme_purpose = programme->purpose;
    preview.side = invitation.side;
    preview.invitee_name = person && !person->name.empty() ? person->name : invitation.email;
    preview.email = invitation.email;
    preview.expires_at = invitation.expires_at;
    preview.account_exists = ExistingAccount(*session, invitation).has_value();
    return preview;
}

LoginResult EnrolmentService::AcceptInvitation(const std::string& token, const InvitationAcceptance& accept) {
    const auto now = clock_.NowSeconds();
    auto session = database_.Acquire();
    const auto invitation = InvitationForToken(*session, token, now);
    OpenProgramme(*session, invitation.programme_id);
    const auto existing = ExistingAccount(*session, invitation);
    if (accept.password.empty()) {
        throw InvalidInput("password", existing ? "enter the password of your existing account"
                                                : "choose a password of at least 12 characters");
    }
    if (accept.password.size() > kMaxPasswordLength) throw InvalidInput("password", "the password is too long");

    AuthService auth(database_, clock_);
    LoginResult login;
    std::string password_hash;
    if (existing) {
        if (existing->disabled) throw Forbidden("the account for this invitation is disabled; ask an admin");
        if (!existing->person_id.empty() && existing->person_id != invitation.employee_id) {
            throw Conflict("the account with this email belongs to another person in the directory; ask an admin");
        }
        // The existing account's own sign-in, with its throttle: a token alone never opens an account that has a
        // password. Login commits its session first; should the acceptance below fail, the session is ended.
        login = auth.Login(existing->email, accept.password, accept.client_address);
    } else {
        if (accept.password.size() < kMinPasswordLength) {
            throw InvalidInput("password", "password must be at least 12 characters");
        }
        // Argon2id takes a moment: hashed before the transaction so the database is not held meanwhile.
        password_hash = HashPassword(accept.password);
        login.session_token = RandomSecret();
        login.csrf_token = RandomSecret();
        login.expires_at = now + AuthService::kSessionSeconds;
    }

    long long user_id = existing ? existing->id : 0;
    try {
        storage::Transaction transaction(*session, database_.GetBackend());
        if (!existing) {
            const auto person = storage::FindPerson(*session, invitation.employee_id);
            std::string name(Trim(accept.display_name));
            if (name.size() > 200) throw InvalidInput("display_name", "display_name must be at most 200 characters");
            if (name.empty()) name = person && !person->name.empty() ? person->name : invitation.email;
            if (storage::FindUserByEmail(*session, invitation.email)) {
                throw Conflict("an account with this email was created meanwhile; sign in and open the link again");
            }
            domain::UserRecord user;
            user.email = invitation.email;
            user.display_name = name;
            user.password_hash = password_hash;
            user.role = domain::Role::kParticipant;
            user.person_id = invitation.employee_id;
            user.created_at = now;
            user_id = storage::InsertUser(*session, user);
            storage::InsertBrowserSession(
                *session, {DigestSecret(login.session_token), user_id, login.csrf_token, login.expires_at}, now);
        } else if (existing->person_id.empty()) {
            storage::LinkUserToPerson(*session, user_id, invitation.employee_id);
        }
        storage::AddMembership(*session, invitation.programme_id, user_id, RoleFor(invitation.side), now);
        if (!storage::MarkInvitationAccepted(*session, invitation.id, user_id, now)) {
            throw InvitationUnusable("invitation_used", "this invitation was already used; sign in instead");
        }
        Audit(*session, clock_, CallerFor(user_id), "invitation.accept", "invitation:" + std::to_string(invitation.id));
        transaction.Commit();
    } catch (...) {
        if (existing) auth.Logout(login.session_token);
        throw;
    }
    if (auto caller = auth.LoadCaller(user_id)) login.caller = std::move(*caller);
    return login;
}

}  // namespace upward::service
