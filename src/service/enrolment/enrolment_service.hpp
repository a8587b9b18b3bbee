#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "domain/application.hpp"
#include "domain/invitation.hpp"
#include "domain/records/enrolment_records.hpp"
#include "domain/roles.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/identity/auth_service.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A token that once worked but no longer does: expired, revoked (HTTP 410) or already used (409). It is a
/// Conflict everywhere else (CLI exit code 4); `code` is "invitation_expired", "invitation_revoked" or
/// "invitation_used".
class InvitationUnusable : public Conflict {
public:
    InvitationUnusable(std::string code, const std::string& message) : Conflict(message), code_(std::move(code)) {}
    const std::string& Code() const { return code_; }
    bool Gone() const { return code_ != "invitation_used"; }

private:
    std::string code_;
};

/// Whom to invite: chosen people (employee ids) or everyone matching a filter (active people only).
struct InviteRequest {
    domain::Side side = domain::Side::kMentee;
    std::vector<std::string> employee_ids;
    std::optional<domain::InviteeFilter> filter;
    int expires_in_days = domain::kDefaultInvitationDays;
};

/// Someone an invite request did not invite, and why ("not in the directory", "already a member", ...).
struct SkippedInvitee {
    std::string employee_id;
    std::string reason;
};

struct InviteOutcome {
    /// New invitations plus pending ones whose token was replaced.
    int invited = 0;
    int reissued = 0;
    std::vector<SkippedInvitee> skipped;
};

/// An invitation with the invitee's name from the directory, for the admin's table.
struct InvitationView {
    domain::Invitation invitation;
    std::string name;
    std::string status;  // pending, expired, accepted, revoked
};

/// What the landing page shows for a token.
struct InvitationPreview {
    long long programme_id = 0;
    std::string programme_name;
    std::string programme_purpose;
    domain::Side side = domain::Side::kMentee;
    std::string invitee_name;
    std::string email;
    long long expires_at = 0;
    /// The invitee already has an account: accepting asks for its password instead of setting one.
    bool account_exists = false;
};

struct InvitationAcceptance {
    std::string password;
    /// Optional: the name on a new account; the directory's name otherwise.
    std::string display_name;
    std::string client_address;
};

/// An application with the applicant's directory facts, for admins.
struct ApplicationView {
    domain::Application application;
    std::string name;
    long long grade = 0;
    std::string department;
};

struct GroundRulesView {
    std::vector<std::string> rules;
    std::string digest;
    bool acknowledged = false;
    std::optional<long long> acknowledged_at;
};

/// One step of a participant's way into a pair. state: done, pending, blocked (an admin's decision stops it),
/// not_required (the programme does not ask for it).
struct EnrolmentStep {
    std::string step;
    std::string state;
    std::string detail;
};

struct EnrolmentStatus {
    long long programme_id = 0;
    domain::Side side = domain::Side::kMentee;
    std::vector<EnrolmentStep> steps;
    Eligibility eligibility;
};

/// Invitations, applications, ground rules and each participant's progress through them.
/// Admins invite, list, revoke and read applications (reads audited); participants act only as themselves in
/// programmes they belong to (other programmes are NotFound to them); sponsors see aggregates only, so
/// anything about one person is Forbidden to them.
class EnrolmentService {
public:
    EnrolmentService(storage::Database& database, const Clock& clock, std::string public_url)
        : database_(database), clock_(clock), public_url_(std::move(public_url)) {}

    InviteOutcome Invite(const domain::Caller& caller, long long programme_id, const InviteRequest& request);
    std::vector<InvitationView> ListInvitations(const domain::Caller& caller, long long programme_id);
    void RevokeInvitation(const domain::Caller& caller, long long programme_id, long long invitation_id);

    /// Public: NotFound for unknown or forged tokens; InvitationUnusable for expired, revoked or used ones.
    InvitationPreview PreviewInvitation(const std::string& token);
    /// Public: creates the account (or checks the existing account's password), adds the programme membership,
    /// marks the token used and signs the invitee in. NotFound/InvitationUnusable as above; InvalidInput
    /// naming "password" for a new password under 12 characters; Unauthorized for a wrong existing password.
    LoginResult AcceptInvitation(const std::string& token, const InvitationAcceptance& accept);

    std::optional<domain::Application> MyApplication(const domain::Caller& caller, long long programme_id);
    /// Creates or edits the caller's application until the deadline (Conflict naming application_deadline after
    /// it); eligibility refusals are Conflicts that say why.
    domain::Application SubmitApplication(const domain::Caller& caller, long long programme_id,
                                          const domain::ApplicationAnswersInput& input);
    domain::Application WithdrawApplication(const domain::Caller& caller, long long programme_id);
    std::vector<ApplicationView> ListApplications(const domain::Caller& caller, long long programme_id,
                                                  const domain::ApplicationFilter& filter);
    ApplicationView GetApplication(const domain::Caller& caller, long long programme_id, long long application_id);

    GroundRulesView GroundRules(const domain::Caller& caller, long long programme_id);
    /// `digest` is the digest the participant read; Conflict when the rules changed since.
    GroundRulesView AcknowledgeGroundRules(const domain::Caller& caller, long long programme_id,
                                           const std::string& digest);

    EnrolmentStatus Status(const domain::Caller& caller, long long programme_id);

private:
    storage::Database& database_;
    const Clock& clock_;
    std::string public_url_;
};

}  // namespace upward::service
