#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace upward::domain {

/// Which side of a programme a person applies for.
enum class Side { kMentor, kMentee };

std::string_view ToString(Side side);
/// "mentor" or "mentee"; nothing for any other text.
std::optional<Side> ParseSide(std::string_view text);

/// A topic of a profile: for mentors `value` is the level they can teach (1..5), for mentees the priority
/// of what they want to learn (1..3, 3 = matters most).
struct TopicValue {
    std::string topic;
    int value = 0;
};

/// One weekly slot in the person's own time zone: `day` 0 = Monday, minutes since local midnight,
/// start < end <= 1440.
struct AvailabilitySlot {
    int day = 0;
    int start = 0;
    int end = 0;
};

/// What a person told a programme about themselves; the matching engine reads it together with the
/// directory (grade, department, manager chain, time zone).
struct MatchProfile {
    std::string employee_id;
    Side side = Side::kMentee;
    /// Lower-case codes such as "en", "pt-br".
    std::vector<std::string> languages;
    /// In the programme's topic catalogue, spelled as the catalogue spells them.
    std::vector<TopicValue> topics;
    std::vector<AvailabilitySlot> availability;
    /// Mentors: how many mentees they take. Mentees: always 1.
    int capacity = 1;
    /// Later stages (screening, training, ground rules) clear it; admins may set it now.
    bool eligible = true;
    /// Employee ids of people on the other side this person would like to be paired with.
    std::vector<std::string> preferences;
    /// Ranked mode: employee ids on the other side, best first.
    std::vector<std::string> ranking;
    long long updated_at = 0;
};

// The text notation the profile import reads and the database stores: lists separated by ';',
// topics "AI tools:4;Social media:3", availability "mon 09:00-11:00;wed 14:00-16:00".
// Parsers return why the text is malformed, or an empty string when it is fine.

std::string FormatList(const std::vector<std::string>& items);
std::string FormatTopics(const std::vector<TopicValue>& topics);
std::string FormatAvailability(const std::vector<AvailabilitySlot>& slots);
/// "mon", "tue", ... for day 0..6.
std::string_view DayName(int day);
/// "09:30" for 570 minutes.
std::string FormatClock(int minutes);

std::string ParseList(std::string_view text, std::vector<std::string>& items);
std::string ParseTopics(std::string_view text, std::vector<TopicValue>& topics);

/// "en", "fr", "pt-br", "zh-hant": a 2-3 letter language and optional subtags (BCP 47, lower-cased); the
/// codes profiles and applications accept.
bool IsLanguageCode(std::string_view code);
std::string ParseAvailability(std::string_view text, std::vector<AvailabilitySlot>& slots);
/// One slot from its parts ("mon", "09:00", "11:00"), as the API sends them.
std::string ParseSlot(std::string_view day, std::string_view start, std::string_view end, AvailabilitySlot& slot);

}  // namespace upward::domain
