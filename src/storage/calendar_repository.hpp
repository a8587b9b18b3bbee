#pragma once

// What the calendar work reads and writes: private feeds (calendar_feeds), a participant's privacy choice
// (applications.confidential/calendar_details), and read-only views of the session series and
// occurrences with the people and programme they belong to.

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace upward::storage {

struct CalendarFeedRow {
    long long id = 0;
    long long user_id = 0;
    long long created_at = 0;
    std::optional<long long> revoked_at;
};

/// Stores a feed by the digest of its secret (the secret itself is never stored). Returns its id.
long long InsertCalendarFeed(soci::session& session, long long user_id, const std::string& secret_hash, long long now);
/// The user's feeds, newest first, revoked ones included.
std::vector<CalendarFeedRow> ListCalendarFeeds(soci::session& session, long long user_id);
/// Revokes the user's own feed; false when it is not theirs or does not exist. Revoking twice is fine.
bool RevokeCalendarFeed(soci::session& session, long long user_id, long long feed_id, long long now);
/// The owner of the active (not revoked) feed with this secret digest.
std::optional<long long> FindCalendarFeedOwner(soci::session& session, const std::string& secret_hash);

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

std::optional<CalendarSeriesRow> FindCalendarSeries(soci::session& session, long long series_id);
/// Active series of every pair where `employee_id` is the mentee or the mentor, oldest first.
std::vector<CalendarSeriesRow> ListActiveSeriesOfPerson(soci::session& session, const std::string& employee_id);
std::optional<CalendarOccurrenceRow> FindCalendarOccurrence(soci::session& session, long long occurrence_id);
/// Every occurrence of the series, in rule order.
std::vector<CalendarOccurrenceRow> ListSeriesOccurrences(soci::session& session, long long series_id);

/// The pair behind a series: its people, programme and agreed topics, and the mentee's privacy choice.
struct CalendarPairRow {
    long long pair_id = 0;
    long long programme_id = 0;
    std::string programme_name;
    std::string mentee;  // employee ids
    std::string mentor;
    std::string agreement_topics;  // JSON list, empty without an agreement
    bool mentee_confidential = false;
    bool mentee_calendar_details = false;
};
std::optional<CalendarPairRow> FindCalendarPair(soci::session& session, long long pair_id);

/// A person as invitations address them: the directory's name, email and zone, falling back to their
/// account's display name and email; user_id 0 without an account.
struct CalendarPersonRow {
    std::string employee_id;
    std::string name;
    std::string email;
    std::string time_zone;
    long long user_id = 0;
};
std::optional<CalendarPersonRow> FindCalendarPerson(soci::session& session, const std::string& employee_id);

/// A participant's calendar privacy in one programme (on their application).
struct CalendarPrivacyRow {
    long long application_id = 0;
    bool confidential = false;
    bool calendar_details = false;
};
std::optional<CalendarPrivacyRow> FindCalendarPrivacy(soci::session& session, long long programme_id,
                                                      long long user_id);
void UpdateCalendarPrivacy(soci::session& session, long long application_id, bool confidential, bool calendar_details,
                           long long now);

}  // namespace upward::storage
