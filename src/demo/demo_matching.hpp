#pragma once

#include <cstddef>
#include <string>

#include "core/clock.hpp"
#include "domain/programme.hpp"
#include "service/storage_handles.hpp"

namespace upward::demo {

/// Gives the demo programme matching profiles: every mentee and mentor member, and about forty more
/// people (seniors to learn, juniors to teach) with topics from the programme's catalogue, languages and
/// working-hours availability, so that `match run` on the demo proposes pairs. The extra people become
/// members too, signing in with their directory email and `password`, so every proposed pair can be
/// accepted in the demo. Deterministic.
void SeedDemoMatching(storage::Database& database, const Clock& clock, const domain::Programme& programme,
                      const std::string& password);

/// Makes the first `mentees` mentees and `mentors` mentors of the source programme members of
/// `programme` too, with matching profiles from its topic catalogue, so that a programme matching in
/// another mode (self-selected or ranked) can be tried with the same demo accounts. Deterministic.
void SeedDemoModeProgramme(storage::Database& database, const Clock& clock, const domain::Programme& programme,
                           long long source_programme_id, std::size_t mentees, std::size_t mentors);

}  // namespace upward::demo
