#pragma once

#include <set>
#include <string>
#include <string_view>

#include "domain/application.hpp"
#include "domain/programme.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

// Who may see and review a programme's mentor applications, and the conflict-of-interest rule.
namespace upward::service {

/// The programme's mentor application `application_id`; NotFound for any other (another programme's, a
/// mentee's, or none), so reviewers never learn about applications outside their programme.
domain::Application MentorApplicationOf(storage::Connection& session, long long programme_id, long long application_id);

/// Why the caller may not review or decide `application`, or empty when they may: it is their own, the
/// applicant reports to them (directly or further down), or they report to the applicant.
std::string ConflictOfInterest(storage::Connection& session, const domain::Caller& caller,
                               const domain::Application& application);

/// The conflict-of-interest rule for a whole queue at once (two queries, not one per application).
class ConflictFilter {
public:
    ConflictFilter(storage::Connection& session, const domain::Caller& caller, long long programme_id);
    bool Conflicted(const domain::Application& application) const;

private:
    long long user_id_;
    std::string person_id_;
    std::set<std::string> managers_;  // the caller's manager chain
    std::set<std::string> reports_;   // the programme's mentor applicants who report to the caller
};

/// Throws Conflict when the programme is archived: its screening no longer changes.
void RequireNotArchived(const domain::Programme& programme);

}  // namespace upward::service
