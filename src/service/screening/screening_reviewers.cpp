// The named reviewers of ScreeningService: admins add and remove them; anyone reads which programmes they screen.
#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/screening/screening_conflicts.hpp"
#include "service/screening/screening_service.hpp"
#include "storage/database/database.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/screening/programme_reviewer_repository.hpp"

namespace upward::service {

std::vector<domain::ProgrammeReviewer> ScreeningService::Reviewers(const domain::Caller& caller,
                                                                   long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    return storage::ListProgrammeReviewers(*session, programme_id);
}

AddedReviewer ScreeningService::AddReviewer(const domain::Caller& caller, long long programme_id,
                                            const std::string& email) {
    RequireAdmin(caller);
    const std::string address = ToLower(Trim(email));
    if (address.empty()) throw InvalidInput("email", "give the email of the reviewer's account");
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    RequireNotArchived(ProgrammeOrNotFound(*session, programme_id));
    const auto user = storage::FindUserByEmail(*session, address);
    if (!user) throw InvalidInput("email", "no account has the email " + address + "; create the account first");
    if (user->disabled) throw InvalidInput("email", "the account " + address + " is disabled");
    if (user->role == domain::Role::kSponsor) {
        throw InvalidInput("email", "sponsors see aggregate figures only and cannot review applications");
    }
    if (user->role == domain::Role::kAdmin) {
        throw InvalidInput("email", address + " is an administrator and reviews every programme already");
    }
    AddedReviewer result;
    result.added = storage::AddProgrammeReviewer(*session, programme_id, user->id);
    result.reviewer = {user->id, user->email, user->display_name, user->person_id};
    if (result.added) {
        Audit(*session, clock_, caller, "screening.reviewer.add", "programme:" + std::to_string(programme_id),
              "user:" + std::to_string(user->id));
    }
    transaction.Commit();
    return result;
}

void ScreeningService::RemoveReviewer(const domain::Caller& caller, long long programme_id, long long user_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    ProgrammeOrNotFound(*session, programme_id);
    if (!storage::RemoveProgrammeReviewer(*session, programme_id, user_id)) {
        throw NotFound("account " + std::to_string(user_id) + " is not a reviewer of programme " +
                       std::to_string(programme_id));
    }
    Audit(*session, clock_, caller, "screening.reviewer.remove", "programme:" + std::to_string(programme_id),
          "user:" + std::to_string(user_id));
    transaction.Commit();
}

std::vector<domain::ReviewedProgramme> ScreeningService::ReviewedProgrammes(const domain::Caller& caller) {
    if (caller.IsSponsor()) throw Forbidden("sponsors see aggregate figures only");
    auto session = database_.Acquire();
    return storage::ListReviewedProgrammes(*session, caller.IsAdmin() ? 0 : caller.user_id);
}

}  // namespace upward::service
