#include "matching/score.hpp"

#include <algorithm>
#include <bit>

namespace upward::matching {
namespace {

bool Names(const std::vector<std::int32_t>& preferred, std::int32_t position) {
    return std::find(preferred.begin(), preferred.end(), position) != preferred.end();
}

// milli-points for `weight` at fraction num/den, rounded down.
std::int32_t Part(std::int64_t weight, std::int64_t total_weight, std::int64_t num, std::int64_t den) {
    if (total_weight <= 0 || den <= 0 || weight <= 0) return 0;
    return static_cast<std::int32_t>(kMaxScore * weight * num / (total_weight * den));
}

}  // namespace

std::int32_t OverlapHours(const WeeklyMask& a, const WeeklyMask& b) {
    return std::popcount(a.bits[0] & b.bits[0]) + std::popcount(a.bits[1] & b.bits[1]) +
           std::popcount(a.bits[2] & b.bits[2]);
}

ScoreParts ScorePair(const Participant& mentee, std::int32_t mentee_position, const Participant& mentor,
                     std::int32_t mentor_position, const ScoreWeights& w) {
    const std::int64_t total_weight = std::int64_t{std::max(0, w.topics)} + std::max(0, w.availability) +
                                      std::max(0, w.timezone) + std::max(0, w.cross_department) +
                                      std::max(0, w.preference);
    ScoreParts parts;

    // Topics: merge the two sorted topic lists.
    std::int64_t covered = 0;
    std::int64_t wanted = 0;
    auto it = mentor.topics.begin();
    for (const TopicValue& t : mentee.topics) {
        wanted += t.value;
        while (it != mentor.topics.end() && it->topic < t.topic) ++it;
        if (it != mentor.topics.end() && it->topic == t.topic)
            covered += std::int64_t{t.value} * std::clamp(it->value, 0, 5);
    }
    parts.topics = Part(w.topics, total_weight, covered, wanted * 5);

    const std::int32_t saturation = std::max(1, w.saturation_hours);
    const std::int32_t overlap = std::min(OverlapHours(mentee.availability, mentor.availability), saturation);
    parts.availability = Part(w.availability, total_weight, overlap, saturation);

    std::int32_t minutes = std::abs(mentee.utc_offset_minutes - mentor.utc_offset_minutes) % (24 * 60);
    minutes = std::min(minutes, 24 * 60 - minutes);
    const std::int64_t zero_minutes = std::int64_t{std::max(1, w.timezone_zero_hours)} * 60;
    parts.timezone = Part(w.timezone, total_weight, std::max<std::int64_t>(0, zero_minutes - minutes), zero_minutes);

    parts.cross_department = mentee.department != mentor.department ? Part(w.cross_department, total_weight, 1, 1) : 0;

    const int named = static_cast<int>(Names(mentee.preferred, mentor_position)) +
                      static_cast<int>(Names(mentor.preferred, mentee_position));
    parts.preference = Part(w.preference, total_weight, named, 2);
    return parts;
}

}  // namespace upward::matching
