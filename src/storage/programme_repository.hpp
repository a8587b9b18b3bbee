#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "domain/programme.hpp"

namespace upward::storage {

long long InsertProgramme(soci::session& session, const domain::Programme& programme);
void UpdateProgramme(soci::session& session, const domain::Programme& programme);
std::optional<domain::Programme> FindProgramme(soci::session& session, long long id);

struct ProgrammePage {
    std::vector<domain::Programme> items;
    long long next_cursor = 0;  // 0 when there are no more
};

/// Newest first. `only_for_user` > 0 restricts to programmes that user is a member of.
ProgrammePage ListProgrammes(soci::session& session, long long after_cursor, int limit, long long only_for_user);

}  // namespace upward::storage
