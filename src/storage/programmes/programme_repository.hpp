#pragma once

#include <optional>
#include <vector>

#include "domain/programme.hpp"
#include "domain/records/programme_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

long long InsertProgramme(Connection& session, const domain::Programme& programme);
void UpdateProgramme(Connection& session, const domain::Programme& programme);
std::optional<domain::Programme> FindProgramme(Connection& session, long long id);

using domain::ProgrammePage;

/// Newest first. `only_for_user` > 0 restricts to programmes that user is a member of.
ProgrammePage ListProgrammes(Connection& session, long long after_cursor, int limit, long long only_for_user);

}  // namespace upward::storage
