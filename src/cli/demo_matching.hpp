#pragma once

#include <string>

#include "core/clock.hpp"
#include "domain/programme.hpp"
#include "storage/database.hpp"

namespace upward::cli {

/// Gives the demo programme matching profiles: every mentee and mentor member, and about forty more
/// people (seniors to learn, juniors to teach) with topics from the programme's catalogue, languages and
/// working-hours availability, so that `match run` on the demo proposes pairs. The extra people become
/// members too, signing in with their directory email and `password`, so every proposed pair can be
/// accepted in the demo. Deterministic.
void SeedDemoMatching(storage::Database& database, const Clock& clock, const domain::Programme& programme,
                      const std::string& password);

}  // namespace upward::cli
