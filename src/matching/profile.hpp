#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace upward::matching {

/// Weekly availability in UTC: bit h (0..167) is hour h of the week starting
/// Monday 00:00 UTC. Callers convert local availability to UTC beforehand.
struct WeeklyMask {
    std::array<std::uint64_t, 3> bits{};
    void Set(int hour) { bits[hour / 64] |= std::uint64_t{1} << (hour % 64); }
    bool Test(int hour) const { return (bits[hour / 64] >> (hour % 64)) & 1U; }
};

/// One topic of a participant. For mentors `value` is the level 1..5, for
/// mentees it is the priority weight 1..3 (3 = matters most).
struct TopicValue {
    std::int32_t topic = 0;
    std::int32_t value = 0;
};

/// A mentee or mentor of a programme, as the engine sees it.
struct Participant {
    /// Index in the people directory (for reporting-line labels).
    std::int32_t person = 0;
    /// Higher is more senior.
    std::int32_t grade = 0;
    /// Interned department id.
    std::int32_t department = 0;
    std::int32_t utc_offset_minutes = 0;
    /// Bit l set = speaks language l (at most 64 interned languages).
    std::uint64_t languages = 0;
    WeeklyMask availability;
    /// Sorted by topic id, no duplicates.
    std::vector<TopicValue> topics;
    /// Mentors only: how many mentees they take.
    std::int32_t capacity = 1;
    /// Cleared by screening or training stages.
    bool eligible = true;
    /// Positions (in the other side's participant list) this person asked for.
    std::vector<std::int32_t> preferred;
};

/// Programme-level hard rules.
struct ProgrammeRules {
    /// Mentor grade must be <= mentee grade - min_grade_gap.
    std::int32_t min_grade_gap = 1;
    std::optional<std::int32_t> max_mentor_grade;
    bool forbid_reporting_line = true;
    bool forbid_same_department = false;
};

/// Programme weights of the score parts; normalised so a perfect pair is 100.
struct ScoreWeights {
    std::int32_t topics = 50;
    std::int32_t availability = 20;
    std::int32_t timezone = 10;
    std::int32_t cross_department = 10;
    std::int32_t preference = 10;
    /// Weekly overlap at or above this many hours earns the full part.
    std::int32_t saturation_hours = 4;
    /// Time-zone distance at or above this many hours earns nothing.
    std::int32_t timezone_zero_hours = 12;
};

}  // namespace upward::matching
