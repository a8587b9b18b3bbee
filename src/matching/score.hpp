#pragma once

#include <cstdint>

#include "matching/profile.hpp"

namespace upward::matching {

/// Score of a pair out of 100, kept as integer milli-points (0..100000) so
/// that totals are exact and the parts always add up to the score.
///
/// With W = sum of the programme weights, each part is
///   points(part) = 100 * weight(part) / W * fraction(part), where fraction is
///   topics:           sum over mentee topics t of priority(t) * level_mentor(t) / 5,
///                     divided by sum of priority(t) (0 when the mentee lists none)
///   availability:     min(common UTC hours per week, saturation_hours) / saturation_hours
///   timezone:         max(0, 1 - hours_apart / timezone_zero_hours), hours_apart on the
///                     24 h circle, from the UTC offsets
///   cross_department: 1 when the departments differ, else 0
///   preference:       1 when both named each other, 1/2 when one did, else 0
/// Every part is rounded down to a milli-point on its own.
struct ScoreParts {
    std::int32_t topics = 0;
    std::int32_t availability = 0;
    std::int32_t timezone = 0;
    std::int32_t cross_department = 0;
    std::int32_t preference = 0;

    std::int32_t Total() const { return topics + availability + timezone + cross_department + preference; }
};

inline constexpr std::int32_t kMilliPointsPerPoint = 1000;
inline constexpr std::int32_t kMaxScore = 100 * kMilliPointsPerPoint;

/// Scores a pair. `mentee_position`/`mentor_position` are the participants'
/// positions in their lists, used to read the stated preferences.
ScoreParts ScorePair(const Participant& mentee, std::int32_t mentee_position, const Participant& mentor,
                     std::int32_t mentor_position, const ScoreWeights& weights);

/// Common UTC hours in a week.
std::int32_t OverlapHours(const WeeklyMask& a, const WeeklyMask& b);

}  // namespace upward::matching
