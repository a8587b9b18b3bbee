#include "domain/match_profile.hpp"

#include <array>

#include "core/text.hpp"

namespace upward::domain {

namespace {

constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr int kMinutesPerDay = 24 * 60;

// Splits on ';', trimming each item and dropping empty ones, so "a; b;" reads as two items.
std::vector<std::string_view> SplitItems(std::string_view text) {
    std::vector<std::string_view> items;
    while (!text.empty()) {
        const auto end = text.find(';');
        const auto item = Trim(text.substr(0, end));
        if (!item.empty()) items.push_back(item);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return items;
}

// "HH:MM" with 00:00 <= value <= 24:00.
bool ParseClock(std::string_view text, int& minutes) {
    if (text.size() != 5 || text[2] != ':') return false;
    const auto hours = ParseInteger(text.substr(0, 2));
    const auto mins = ParseInteger(text.substr(3, 2));
    if (!hours || !mins || *hours < 0 || *mins < 0 || *mins > 59) return false;
    minutes = static_cast<int>(*hours * 60 + *mins);
    return minutes <= kMinutesPerDay;
}

}  // namespace

std::string_view ToString(Side side) { return side == Side::kMentor ? "mentor" : "mentee"; }

std::optional<Side> ParseSide(std::string_view text) {
    if (text == "mentor") return Side::kMentor;
    if (text == "mentee") return Side::kMentee;
    return std::nullopt;
}

std::string_view DayName(int day) { return day >= 0 && day < 7 ? kDays[static_cast<std::size_t>(day)] : "?"; }

std::string FormatClock(int minutes) {
    const int hours = minutes / 60;
    const int mins = minutes % 60;
    return {static_cast<char>('0' + hours / 10), static_cast<char>('0' + hours % 10), ':',
            static_cast<char>('0' + mins / 10), static_cast<char>('0' + mins % 10)};
}

std::string FormatList(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        if (!text.empty()) text += ';';
        text += item;
    }
    return text;
}

std::string FormatTopics(const std::vector<TopicValue>& topics) {
    std::string text;
    for (const auto& topic : topics) {
        if (!text.empty()) text += ';';
        text += topic.topic + ":" + std::to_string(topic.value);
    }
    return text;
}

std::string FormatAvailability(const std::vector<AvailabilitySlot>& slots) {
    std::string text;
    for (const auto& slot : slots) {
        if (!text.empty()) text += ';';
        text += std::string(DayName(slot.day)) + " " + FormatClock(slot.start) + "-" + FormatClock(slot.end);
    }
    return text;
}

std::string ParseList(std::string_view text, std::vector<std::string>& items) {
    items.clear();
    for (const auto item : SplitItems(text)) items.emplace_back(item);
    return {};
}

std::string ParseTopics(std::string_view text, std::vector<TopicValue>& topics) {
    topics.clear();
    for (const auto item : SplitItems(text)) {
        const auto colon = item.rfind(':');
        if (colon == std::string_view::npos) {
            return "topic '" + std::string(item) + "' needs a value after a colon, as in 'AI tools:3'";
        }
        const auto name = Trim(item.substr(0, colon));
        const auto value = ParseInteger(Trim(item.substr(colon + 1)));
        if (name.empty()) return "a topic has no name before its colon";
        if (!value) return "topic '" + std::string(name) + "' has a value that is not a whole number";
        topics.push_back({std::string(name), static_cast<int>(*value)});
    }
    return {};
}

std::string ParseSlot(std::string_view day, std::string_view start, std::string_view end, AvailabilitySlot& slot) {
    const auto lower = ToLower(Trim(day));
    slot.day = -1;
    for (std::size_t d = 0; d < kDays.size(); ++d) {
        if (lower == kDays[d]) slot.day = static_cast<int>(d);
    }
    if (slot.day < 0) return "day '" + std::string(day) + "' must be one of mon, tue, wed, thu, fri, sat, sun";
    if (!ParseClock(Trim(start), slot.start) || !ParseClock(Trim(end), slot.end)) {
        return "times must be written HH:MM between 00:00 and 24:00";
    }
    if (slot.start >= slot.end) return "a slot must end after it starts";
    return {};
}

std::string ParseAvailability(std::string_view text, std::vector<AvailabilitySlot>& slots) {
    slots.clear();
    for (const auto item : SplitItems(text)) {
        // "mon 09:00-11:00"
        const auto space = item.find(' ');
        const auto dash = item.find('-', space == std::string_view::npos ? 0 : space);
        if (space == std::string_view::npos || dash == std::string_view::npos) {
            return "slot '" + std::string(item) + "' must look like 'mon 09:00-11:00'";
        }
        AvailabilitySlot slot;
        auto problem =
            ParseSlot(item.substr(0, space), item.substr(space + 1, dash - space - 1), item.substr(dash + 1), slot);
        if (!problem.empty()) return "slot '" + std::string(item) + "': " + problem;
        slots.push_back(slot);
    }
    return {};
}

bool IsLanguageCode(std::string_view code) {
    std::size_t part = 0;
    std::size_t length = 0;
    for (const char c : code) {
        if (c == '-') {
            if (length == 0 || (part == 0 && length > 3)) return false;
            ++part;
            length = 0;
            continue;
        }
        const bool letter = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && part > 0)) return false;
        if (++length > 8) return false;
    }
    return length > 0 && (part > 0 || (length >= 2 && length <= 3));
}

}  // namespace upward::domain
