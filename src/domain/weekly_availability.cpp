#include "domain/weekly_availability.hpp"

#include <date/tz.h>

#include <mutex>
#include <unordered_map>

namespace upward::domain {

namespace {

constexpr int kMinutesPerWeek = 7 * 24 * 60;
constexpr int kHoursPerWeek = 7 * 24;

}  // namespace

int ReferenceUtcOffsetMinutes(const std::string& time_zone) {
    static std::mutex mutex;
    static std::unordered_map<std::string, int> offsets;
    std::lock_guard lock(mutex);
    if (auto it = offsets.find(time_zone); it != offsets.end()) return it->second;
    int offset = 0;
    if (!time_zone.empty()) {
        try {
            using namespace std::chrono;
            // Wednesday noon of the reference week.
            const sys_seconds instant = sys_days{year{2025} / January / 8} + hours{12};
            const auto info = date::locate_zone(time_zone)->get_info(instant);
            offset = static_cast<int>(duration_cast<minutes>(info.offset).count());
        } catch (const std::exception&) {
            offset = 0;
        }
    }
    offsets.emplace(time_zone, offset);
    return offset;
}

UtcWeekHours ToUtcWeek(const std::vector<AvailabilitySlot>& slots, int utc_offset_minutes) {
    UtcWeekHours hours{};
    for (const auto& slot : slots) {
        // Shifted by a whole week so that the arithmetic stays non-negative; offsets are below 15 hours.
        const int start = slot.day * 24 * 60 + slot.start - utc_offset_minutes + kMinutesPerWeek;
        const int end = slot.day * 24 * 60 + slot.end - utc_offset_minutes + kMinutesPerWeek;
        for (int hour = (start - 30 + 59) / 60; hour * 60 + 30 < end; ++hour) {
            const int h = hour % kHoursPerWeek;
            hours[static_cast<std::size_t>(h / 64)] |= std::uint64_t{1} << (h % 64);
        }
    }
    return hours;
}

}  // namespace upward::domain
