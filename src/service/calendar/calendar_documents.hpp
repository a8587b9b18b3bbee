#pragma once

// The wording and people of a pair's calendar entries, decided in one place for invitations and feeds.
//
// Privacy rule: when the pair's mentee keeps their participation confidential (applications.confidential)
// and did not choose to show details (calendar_details), every copy — the mentee's and the mentor's, in
// emails and in feeds — says only "Upward session": no names (no CN parameters either), no topics, no
// programme name, and CLASS:PRIVATE so delegates and shared calendars show nothing more. The two email
// addresses stay, because an invitation cannot be answered or updated without them.

#include <optional>
#include <string>

#include "calendar/ical_event.hpp"
#include "storage/calendar/calendar_repository.hpp"
#include "storage/database/connection.hpp"

namespace upward::service {

inline constexpr const char* kNeutralSessionTitle = "Upward session";

/// Everything the calendar knows about one series, read once.
struct SeriesContext {
    storage::CalendarSeriesRow series;
    storage::CalendarPairRow pair;
    storage::CalendarPersonRow mentee;
    storage::CalendarPersonRow mentor;
    std::vector<storage::CalendarOccurrenceRow> occurrences;

    /// True when the copies must say only "Upward session".
    bool Neutral() const { return pair.mentee_confidential && !pair.mentee_calendar_details; }
    /// The other person of the pair from `employee_id`'s side.
    const storage::CalendarPersonRow& Other(const std::string& employee_id) const {
        return employee_id == pair.mentee ? mentor : mentee;
    }
};

/// Reads the series, its pair, both people and its occurrences; nullopt when the series or pair is gone.
std::optional<SeriesContext> LoadSeriesContext(storage::Connection& session, long long series_id);

/// The title `viewer` (an employee id of the pair) sees: "Reverse mentoring with <other>" or the neutral one.
std::string SeriesTitle(const SeriesContext& context, const std::string& viewer);

/// The series as `viewer` sees it: wording per the privacy rule, the mentee as ORGANIZER (the senior's time
/// is the one blocked, in their zone) and both people as ATTENDEEs, and every moved or cancelled occurrence.
calendar::SeriesEvent SeriesEventFor(const SeriesContext& context, const std::string& viewer);

/// The occurrence as a change of the series (its sequence never below the series').
calendar::OccurrenceChange OccurrenceChangeOf(const SeriesContext& context,
                                              const storage::CalendarOccurrenceRow& occurrence);

/// "every week", "every two weeks", "every 10 days".
std::string CadenceText(int interval_days);

}  // namespace upward::service
