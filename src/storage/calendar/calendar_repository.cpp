#include "storage/calendar/calendar_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// The agreement's topics column: a JSON list. Unreadable text and items that are not text are left out.
std::vector<std::string> DecodeTopics(const std::string& text) {
    std::vector<std::string> topics;
    if (text.empty()) return topics;
    try {
        for (const auto& topic : nlohmann::json::parse(text)) {
            if (topic.is_string()) topics.push_back(topic.get<std::string>());
        }
    } catch (const nlohmann::json::exception&) {
        return {};
    }
    return topics;
}

constexpr const char* kSeriesColumns =
    "s.id, s.pair_id, s.time_zone, s.first_local_start, s.interval_days, s.minutes, s.until_date, s.uid, s.sequence, "
    "s.status";
constexpr const char* kOccurrenceColumns = "id, series_id, recurrence_start, starts_at, ends_at, status, sequence";

CalendarSeriesRow ReadSeries(const soci::row& row) {
    CalendarSeriesRow series;
    series.id = IntColumn(row, "id");
    series.pair_id = IntColumn(row, "pair_id");
    series.time_zone = TextColumn(row, "time_zone");
    series.first_local_start = TextColumn(row, "first_local_start");
    series.interval_days = static_cast<int>(IntColumn(row, "interval_days"));
    series.minutes = static_cast<int>(IntColumn(row, "minutes"));
    series.until_date = TextColumn(row, "until_date");
    series.uid = TextColumn(row, "uid");
    series.sequence = static_cast<int>(IntColumn(row, "sequence"));
    series.status = TextColumn(row, "status");
    return series;
}

CalendarOccurrenceRow ReadOccurrence(const soci::row& row) {
    CalendarOccurrenceRow occurrence;
    occurrence.id = IntColumn(row, "id");
    occurrence.series_id = IntColumn(row, "series_id");
    occurrence.recurrence_start = IntColumn(row, "recurrence_start");
    occurrence.starts_at = IntColumn(row, "starts_at");
    occurrence.ends_at = IntColumn(row, "ends_at");
    occurrence.status = TextColumn(row, "status");
    occurrence.sequence = static_cast<int>(IntColumn(row, "sequence"));
    return occurrence;
}

}  // namespace

long long InsertCalendarFeed(Connection& session, long long user_id, const std::string& secret_hash, long long now) {
    long long id = 0;
    session << "INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES (:u, :h, :t) RETURNING id",
        soci::use(user_id), soci::use(secret_hash), soci::use(now), soci::into(id);
    return id;
}

std::vector<CalendarFeedRow> ListCalendarFeeds(Connection& session, long long user_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, user_id, created_at, revoked_at FROM calendar_feeds WHERE user_id = :u "
                            "ORDER BY id DESC",
         soci::use(user_id));
    std::vector<CalendarFeedRow> feeds;
    for (const auto& row : rows) {
        CalendarFeedRow feed;
        feed.id = IntColumn(row, "id");
        feed.user_id = IntColumn(row, "user_id");
        feed.created_at = IntColumn(row, "created_at");
        feed.revoked_at = OptionalIntColumn(row, "revoked_at");
        feeds.push_back(feed);
    }
    return feeds;
}

bool RevokeCalendarFeed(Connection& session, long long user_id, long long feed_id, long long now) {
    int owned = 0;
    session << "SELECT COUNT(*) FROM calendar_feeds WHERE id = :id AND user_id = :u", soci::use(feed_id),
        soci::use(user_id), soci::into(owned);
    if (owned == 0) return false;
    session << "UPDATE calendar_feeds SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL", soci::use(now),
        soci::use(feed_id);
    return true;
}

std::optional<long long> FindCalendarFeedOwner(Connection& session, const std::string& secret_hash) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT user_id FROM calendar_feeds WHERE secret_hash = :h AND revoked_at IS NULL",
         soci::use(secret_hash));
    for (const auto& row : rows) return IntColumn(row, "user_id");
    return std::nullopt;
}

std::optional<CalendarSeriesRow> FindCalendarSeries(Connection& session, long long series_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kSeriesColumns + " FROM session_series s WHERE s.id = :id",
         soci::use(series_id));
    for (const auto& row : rows) return ReadSeries(row);
    return std::nullopt;
}

std::vector<CalendarSeriesRow> ListActiveSeriesOfPerson(Connection& session, const std::string& employee_id) {
    const std::string as_mentee = employee_id, as_mentor = employee_id;
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kSeriesColumns +
                                " FROM session_series s JOIN pairs p ON p.id = s.pair_id "
                                "WHERE s.status = 'active' AND (p.mentee = :a OR p.mentor = :b) ORDER BY s.id",
         soci::use(as_mentee), soci::use(as_mentor));
    std::vector<CalendarSeriesRow> series;
    for (const auto& row : rows) series.push_back(ReadSeries(row));
    return series;
}

std::optional<CalendarOccurrenceRow> FindCalendarOccurrence(Connection& session, long long occurrence_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kOccurrenceColumns + " FROM session_occurrences WHERE id = :id",
         soci::use(occurrence_id));
    for (const auto& row : rows) return ReadOccurrence(row);
    return std::nullopt;
}

std::vector<CalendarOccurrenceRow> ListSeriesOccurrences(Connection& session, long long series_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kOccurrenceColumns +
                                " FROM session_occurrences WHERE series_id = :s ORDER BY recurrence_start",
         soci::use(series_id));
    std::vector<CalendarOccurrenceRow> occurrences;
    for (const auto& row : rows) occurrences.push_back(ReadOccurrence(row));
    return occurrences;
}

std::optional<CalendarPairRow> FindCalendarPair(Connection& session, long long pair_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT p.id, p.programme_id, g.name AS programme_name, p.mentee, p.mentor, "
                            "a.topics AS agreement_topics, "
                            "(SELECT MAX(x.confidential) FROM applications x WHERE x.programme_id = p.programme_id "
                            "AND x.employee_id = p.mentee) AS confidential, "
                            "(SELECT MAX(x.calendar_details) FROM applications x WHERE x.programme_id = "
                            "p.programme_id AND x.employee_id = p.mentee) AS calendar_details "
                            "FROM pairs p JOIN programmes g ON g.id = p.programme_id "
                            "LEFT JOIN pair_agreements a ON a.pair_id = p.id WHERE p.id = :id",
         soci::use(pair_id));
    for (const auto& row : rows) {
        CalendarPairRow pair;
        pair.pair_id = IntColumn(row, "id");
        pair.programme_id = IntColumn(row, "programme_id");
        pair.programme_name = TextColumn(row, "programme_name");
        pair.mentee = TextColumn(row, "mentee");
        pair.mentor = TextColumn(row, "mentor");
        pair.agreement_topics = DecodeTopics(TextColumn(row, "agreement_topics"));
        pair.mentee_confidential = IntColumn(row, "confidential") != 0;
        pair.mentee_calendar_details = IntColumn(row, "calendar_details") != 0;
        return pair;
    }
    return std::nullopt;
}

std::optional<CalendarPersonRow> FindCalendarPerson(Connection& session, const std::string& employee_id) {
    const std::string person = employee_id, account = employee_id;
    soci::rowset<soci::row> people =
        (session.prepare << "SELECT name, email, time_zone FROM people WHERE employee_id = :e", soci::use(person));
    std::optional<CalendarPersonRow> found;
    for (const auto& row : people) {
        found = CalendarPersonRow{employee_id, TextColumn(row, "name"), TextColumn(row, "email"),
                                  TextColumn(row, "time_zone"), 0};
    }
    soci::rowset<soci::row> users =
        (session.prepare << "SELECT id, email, display_name FROM users WHERE person_id = :e AND disabled = 0 "
                            "ORDER BY id LIMIT 1",
         soci::use(account));
    for (const auto& row : users) {
        if (!found) found = CalendarPersonRow{employee_id, "", "", "", 0};
        found->user_id = IntColumn(row, "id");
        if (found->name.empty()) found->name = TextColumn(row, "display_name");
        if (found->email.empty()) found->email = TextColumn(row, "email");
    }
    return found;
}

std::optional<CalendarPrivacyRow> FindCalendarPrivacy(Connection& session, long long programme_id, long long user_id) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id, confidential, calendar_details FROM applications "
                                                       "WHERE programme_id = :p AND user_id = :u ORDER BY id LIMIT 1",
                                    soci::use(programme_id), soci::use(user_id));
    for (const auto& row : rows) {
        return CalendarPrivacyRow{IntColumn(row, "id"), IntColumn(row, "confidential") != 0,
                                  IntColumn(row, "calendar_details") != 0};
    }
    return std::nullopt;
}

void UpdateCalendarPrivacy(Connection& session, long long application_id, bool confidential, bool calendar_details,
                           long long now) {
    const int confidential_value = confidential ? 1 : 0;
    const int details_value = calendar_details ? 1 : 0;
    session << "UPDATE applications SET confidential = :c, calendar_details = :d, updated_at = :t WHERE id = :id",
        soci::use(confidential_value), soci::use(details_value), soci::use(now), soci::use(application_id);
}

}  // namespace upward::storage
