#pragma once

#include <string_view>

#include "domain/survey.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The survey of the programme (with its questions), NotFound when it is not the programme's.
domain::Survey SurveyOf(storage::Connection& session, long long programme_id, long long survey_id);

/// What admins and sponsors are told when they ask for a pair's own feedback.
inline constexpr std::string_view kPairFeedbackRefusal =
    "a pair's feedback is its own two people's; admins and sponsors see aggregates only";

}  // namespace upward::service
