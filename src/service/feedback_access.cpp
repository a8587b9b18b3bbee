#include "service/feedback_access.hpp"

#include "core/errors.hpp"
#include "domain/pair_agreement.hpp"
#include "storage/feedback_repository.hpp"
#include "storage/pair_repository.hpp"
#include "storage/programme_repository.hpp"

namespace upward::service {

std::pair<domain::Pair, std::string> OwnPair(soci::session& session, const domain::Caller& caller, long long pair_id) {
    auto pair = storage::FindPair(session, pair_id);
    if (pair) {
        auto side = domain::SideInPair(*pair, caller.person_id);
        if (!side.empty()) return {domain::WithoutPrivateFields(std::move(*pair)), side};
        if (caller.IsAdmin() || caller.IsSponsor()) {
            throw Forbidden("a pair's feedback is its own two people's; admins and sponsors see aggregates only");
        }
    }
    throw NotFound("no pair with id " + std::to_string(pair_id));
}

domain::Programme ProgrammeFor(soci::session& session, long long programme_id) {
    auto programme = storage::FindProgramme(session, programme_id);
    if (!programme) throw NotFound("no programme with id " + std::to_string(programme_id));
    return *programme;
}

domain::Survey SurveyOf(soci::session& session, long long programme_id, long long survey_id) {
    auto survey = storage::FindSurvey(session, survey_id);
    if (!survey || survey->programme_id != programme_id) {
        throw NotFound("no survey with id " + std::to_string(survey_id) + " in programme " + std::to_string(programme_id));
    }
    return *survey;
}

void RequireAdminOrSponsor(const domain::Caller& caller) {
    if (!caller.IsAdmin() && !caller.IsSponsor()) {
        throw Forbidden("only administrators and sponsors see a programme's survey figures");
    }
}

}  // namespace upward::service
