#pragma once

#include <vector>

#include "domain/screening.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The programme's questionnaire; a programme without one gets the default, stored now in a transaction of
/// its own (so call this outside any other transaction on `session`).
std::vector<domain::ScreeningQuestion> EnsureQuestionnaire(storage::Connection& session, storage::Backend backend,
                                                           long long programme_id);

}  // namespace upward::service
