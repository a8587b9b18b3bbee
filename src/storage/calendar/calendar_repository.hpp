#pragma once

// What the calendar work reads and writes: private feeds (calendar_feeds), a participant's privacy choice
// (applications.confidential/calendar_details), and read-only views of the session series and
// occurrences with the people and programme they belong to.

#include <optional>
#include <string>
#include <vector>

#include "domain/records/calendar_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

using domain::CalendarFeedRow;

/// Stores a feed by the digest of its secret (the secret itself is never stored). Returns its id.
long long InsertCalendarFeed(Connection& session, long long user_id, const std::string& secret_hash, long long now);
/// The user's feeds, newest first, revoked ones included.
std::vector<CalendarFeedRow> ListCalendarFeeds(Connection& session, long long user_id);
/// Revokes the user's own feed; false when it is not theirs or does not exist. Revoking twice is fine.
bool RevokeCalendarFeed(Connection& session, long long user_id, long long feed_id, long long now);
/// The owner of the active (not revoked) feed with this secret digest.
std::optional<long long> FindCalendarFeedOwner(Connection& session, const std::string& secret_hash);

/// session_series, as the calendar needs it.
struct CalendarSeriesRow {
    long long id = 0;
    long long pair_id = 0;
    std::string time_zone;
    std::string first_local_start;
    int interval_days = 14;
    int minutes = 45;
    std::string until_date;
    std::string uid;
    int sequence = 0;
    std::string status;
};

/// session_occurrences, as the calendar needs it.
struct CalendarOccurrenceRow {
    long long id = 0;
    long long series_id = 0;
    long long recurrence_start = 0;
    long long starts_at = 0;
    long long ends_at = 0;
    std::string status;
    int sequence = 0;
};

std::optional<CalendarSeriesRow> FindCalendarSeries(Connection& session, long long series_id);
/// Active series of every pair where `employee_id` is the mentee or the mentor, oldest first.
std::vector<CalendarSeriesRow> ListActiveSeriesOfPerson(Connection& session, const std::string& employee_id);
std::optional<CalendarOccurrenceRow> FindCalendarOccurrence(Connection& session, long long occurrence_id);
/// Every occurrence of the series, in rule order.
std::vector<CalendarOccurrenceRow> ListSeriesOccurrences(Connection& session, long long series_id);

/// The pair behind a series: its people, programme and agreed topics, and the mentee's privacy choice.
struct CalendarPairRow {
    long long pair_id = 0;
    long long programme_id = 0;
    std::string programme_name;
    std::string mentee;  // employee ids
    std::string mentor;
    std::vector<std::string> agreement_topics;  // the agreed topics, none without an agreement
    bool mentee_confidential = false;
    bool mentee_calendar_details = false;
};
std::optional<CalendarPairRow> FindCalendarPair(Connection& session, long long pair_id);

/// A person as invitations address them: the directory's name, email and zone, falling back to their
/// account's display name and email; user_id 0 without an account.
struct CalendarPersonRow {
    std::string employee_id;
    std::string name;
    std::string email;
    std::string time_zone;
    long long user_id = 0;
};
std::optional<CalendarPersonRow> FindCalendarPerson(Connection& session, const std::string& employee_id);

using domain::CalendarPrivacyRow;
std::optional<CalendarPrivacyRow> FindCalendarPrivacy(Connection& session, long long programme_id, long long user_id);
void UpdateCalendarPrivacy(Connection& session, long long application_id, bool confidential, bool calendar_details,
                           long long now);

}  // namespace upward::storage
