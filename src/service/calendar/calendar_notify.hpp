#pragma once

#include <optional>

#include "service/storage_handles.hpp"

namespace upward::service {

/// What changed in a pair's blocked time, as both calendars must learn it.
enum class CalendarChange {
    kSeriesProposed,      // a new series: METHOD:REQUEST with the RRULE
    kSeriesMoved,         // the series' time changed: REQUEST, SEQUENCE raised
    kSeriesCancelled,     // the whole series: METHOD:CANCEL
    kOccurrenceMoved,     // one occurrence: REQUEST with RECURRENCE-ID
    kOccurrenceCancelled  // one occurrence: CANCEL with RECURRENCE-ID
};

/// Queues, inside the caller's transaction, the email with the iCalendar attachment that tells both people of
/// the pair about the change. Call it after the series/occurrence rows (and their sequence) are written.
/// `occurrence_id` names the occurrence for the two occurrence changes.
void QueueCalendarMail(storage::Connection& session, long long series_id, std::optional<long long> occurrence_id,
                       CalendarChange change, long long now);

}  // namespace upward::service
