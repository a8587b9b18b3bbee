#pragma once

#include <string>
#include <utility>

#include "domain/match_run.hpp"
#include "domain/programme.hpp"
#include "domain/roles.hpp"
#include "domain/survey.hpp"
#include "storage/database.hpp"

namespace upward::service {

/// The pair and the caller's side in it, for feedback that is a person's own (pulses, survey answers, the
/// ratings released to them). Admins and sponsors are Forbidden: they see aggregates only. To anyone else the
/// pair does not exist (NotFound).
std::pair<domain::Pair, std::string> OwnPair(soci::session& session, const domain::Caller& caller, long long pair_id);

/// The programme, NotFound when there is none.
domain::Programme ProgrammeFor(soci::session& session, long long programme_id);

/// The survey of the programme (with its questions), NotFound when it is not the programme's.
domain::Survey SurveyOf(soci::session& session, long long programme_id, long long survey_id);

/// Admins and sponsors read aggregates; everyone else is Forbidden.
void RequireAdminOrSponsor(const domain::Caller& caller);

}  // namespace upward::service
