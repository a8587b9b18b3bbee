#pragma once

#include <string>
#include <vector>

#include "domain/match_profile.hpp"

namespace upward::domain {

/// A weekly slot chosen for a pair's series, as wall-clock time in the series' zone (the mentee's).
struct WeeklySlot {
    int weekday = 0;       // 0 = Monday
    int start_minute = 0;  // minutes after local midnight
};

/// What the series is planned from. Availabilities are each in their owner's own IANA zone (empty or unknown
/// zones count as UTC). Dates are YYYY-MM-DD; `until_date` is inclusive.
struct SeriesRequest {
    std::string mentee_zone;
    std::string mentor_zone;
    std::vector<AvailabilitySlot> mentee_availability;
    std::vector<AvailabilitySlot> mentor_availability;
    int interval_days = 14;
    int minutes = 45;
    std::string start_date;  // the first day a session may fall on, in the mentee's zone
    std::string until_date;
};

/// The proposed series: the slot, whether it is a fallback (no common time), why, the first local start
/// ("2026-03-02T09:00") and every occurrence's start as UTC seconds.
struct SeriesPlan {
    WeeklySlot slot;
    bool fallback = false;
    std::string explanation;
    std::string first_local_start;
    std::vector<long long> starts;
};

/// The fallback slot when the two availabilities share no time: the mentee's first stated slot when it is
/// long enough, otherwise Tuesday 10:00 in the mentee's zone (working hours).
constexpr WeeklySlot kWorkingHoursSlot{1, 10 * 60};

/// Chooses the earliest slot of the week (Monday first, in the mentee's zone, on a 15-minute grid) that lies
/// inside both availabilities for the whole session, comparing the two zones at the actual dates of the
/// first week (so their offsets on that week count, daylight saving included), then expands it.
SeriesPlan PlanSeries(const SeriesRequest& request);

/// Every occurrence of a series whose first local start is `first_local_start` ("YYYY-MM-DDTHH:MM", in
/// `zone`), every `interval_days`, up to and including `until_date`: each the same wall-clock time in the zone,
/// turned into UTC (so a daylight-saving change moves the UTC instant, not the meeting).
std::vector<long long> ExpandSeries(const std::string& zone, const std::string& first_local_start, int interval_days,
                                    const std::string& until_date);

/// Local wall-clock time in `zone` to UTC seconds. A time that does not exist (skipped by a spring-forward
/// change) is read with the offset before the gap, i.e. moved later by the gap (02:30 becomes 03:30), as RFC
/// 5545 prescribes; an ambiguous time (repeated by a fall-back change) is the earlier of the two instants.
/// `local` is "YYYY-MM-DDTHH:MM". Throws InvalidInput("time_zone") on an unknown zone, ("local") on bad text.
long long LocalToUtc(const std::string& zone, const std::string& local);

/// UTC seconds as wall-clock time in `zone`: "YYYY-MM-DDTHH:MM".
std::string UtcToLocal(const std::string& zone, long long utc);

/// The weekday (0 = Monday) and minutes after midnight of UTC seconds in `zone`.
WeeklySlot LocalSlotOf(const std::string& zone, long long utc);

/// An instant written in ISO 8601 with a zone designator ("2027-03-03T15:00:00Z", "2027-03-03T16:00+01:00";
/// seconds optional) to UTC seconds; InvalidInput(field) otherwise.
long long ParseInstant(const std::string& text, const std::string& field);

/// The date `days` after `date` (YYYY-MM-DD).
std::string AddDays(const std::string& date, int days);

/// The first date on or after `date` that falls on `weekday` (0 = Monday).
std::string NextWeekday(const std::string& date, int weekday);

/// The weekday (0 = Monday) of a YYYY-MM-DD date.
int WeekdayOf(const std::string& date);

/// "09:30" → 570; -1 when malformed or out of range.
int ParseClockMinutes(const std::string& text);

/// "mon".."sun" (or full English names, any case) → 0..6; -1 otherwise.
int ParseWeekday(const std::string& text);

}  // namespace upward::domain
