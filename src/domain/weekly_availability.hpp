#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/match_profile.hpp"

namespace upward::domain {

/// Hours of a week in UTC: bit h (0..167) is hour h after Monday 00:00 UTC, the layout of the matching
/// engine's WeeklyMask.
using UtcWeekHours = std::array<std::uint64_t, 3>;

/// The zone's offset from UTC in minutes (east positive) during the reference week, Monday 6 January 2025
/// 00:00 UTC onwards. One fixed week keeps runs reproducible whatever the day they run on; no zone changes
/// its clocks during that week, so one offset per zone holds for the whole week. Summer time moves a
/// slot by an hour at most, which the score's overlap saturation mostly absorbs. Unknown or empty zones
/// count as UTC. Thread-safe; remembers each zone's answer.
int ReferenceUtcOffsetMinutes(const std::string& time_zone);

/// Local weekly slots to UTC hours, given the zone's offset. A UTC hour counts when the middle of it falls
/// inside a slot, so a slot keeps its length in zones with half-hour offsets. Slots that cross Monday
/// 00:00 UTC wrap around the week.
UtcWeekHours ToUtcWeek(const std::vector<AvailabilitySlot>& slots, int utc_offset_minutes);

}  // namespace upward::domain
