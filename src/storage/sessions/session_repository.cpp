#include "storage/sessions/session_repository.hpp"

#include <map>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// A nullable integer bound by reference: the value and its indicator must outlive the statement.
struct NullableInt {
    explicit NullableInt(const std::optional<long long>& value)
        : value(value.value_or(0)), indicator(value ? soci::i_ok : soci::i_null) {}
    long long value;
    soci::indicator indicator;
};

struct NullableText {
    explicit NullableText(const std::string& text) : value(text), indicator(NullIfEmpty(text)) {}
    std::string value;
    soci::indicator indicator;
};

const char* const kSeriesColumns =
    "id, pair_id, time_zone, first_local_start, interval_days, minutes, until_date, uid, sequence, status, "
    "created_by, created_at, updated_at";

domain::SessionSeries ReadSeries(const soci::row& row) {
    domain::SessionSeries series;
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
    series.created_by = OptionalIntColumn(row, "created_by");
    series.created_at = IntColumn(row, "created_at");
    series.updated_at = IntColumn(row, "updated_at");
    return series;
}

const char* const kOccurrenceColumns =
    "id, series_id, pair_id, recurrence_start, starts_at, ends_at, status, sequence, cancelled_by_side, "
    "cancel_reason, outcome, updated_at";

domain::SessionOccurrence ReadOccurrence(const soci::row& row) {
    domain::SessionOccurrence occurrence;
    occurrence.id = IntColumn(row, "id");
    occurrence.series_id = IntColumn(row, "series_id");
    occurrence.pair_id = IntColumn(row, "pair_id");
    occurrence.recurrence_start = IntColumn(row, "recurrence_start");
    occurrence.starts_at = IntColumn(row, "starts_at");
    occurrence.ends_at = IntColumn(row, "ends_at");
    occurrence.status = TextColumn(row, "status");
    occurrence.sequence = static_cast<int>(IntColumn(row, "sequence"));
    occurrence.cancelled_by_side = TextColumn(row, "cancelled_by_side");
    occurrence.cancel_reason = TextColumn(row, "cancel_reason");
    occurrence.outcome = TextColumn(row, "outcome");
    occurrence.updated_at = IntColumn(row, "updated_at");
    return occurrence;
}

domain::Attendance ReadAttendance(const soci::row& row) {
    domain::Attendance attendance;
    attendance.side = TextColumn(row, "side");
    attendance.user_id = IntColumn(row, "user_id");
    attendance.took_place = IntColumn(row, "took_place") != 0;
    attendance.absent_side = TextColumn(row, "absent_side");
    attendance.confirmed_at = IntColumn(row, "confirmed_at");
    return attendance;
}

}  // namespace

long long InsertSeries(Connection& session, const domain::SessionSeries& series) {
    NullableInt created_by(series.created_by);
    long long id = 0;
    session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, "
               "uid, sequence, status, created_by, created_at, updated_at) VALUES (:pair, :zone, :first, :interval, "
               ":minutes, :until, :uid, :sequence, :status, :by, :created, :updated) RETURNING id",
        soci::use(series.pair_id), soci::use(series.time_zone), soci::use(series.first_local_start),
        soci::use(series.interval_days), soci::use(series.minutes), soci::use(series.until_date), soci::use(series.uid),
        soci::use(series.sequence), soci::use(series.status), soci::use(created_by.value, created_by.indicator),
        soci::use(series.created_at), soci::use(series.updated_at), soci::into(id);
    return id;
}

std::optional<domain::SessionSeries> FindSeriesOfPair(Connection& session, long long pair_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kSeriesColumns +
                                " FROM session_series WHERE pair_id = :p ORDER BY CASE WHEN status = 'active' THEN 0 "
                                "ELSE 1 END, id DESC",
         soci::use(pair_id));
    for (const auto& row : rows) return ReadSeries(row);
    return std::nullopt;
}

std::optional<domain::SessionSeries> FindSeries(Connection& session, long long series_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kSeriesColumns + " FROM session_series WHERE id = :id",
         soci::use(series_id));
    for (const auto& row : rows) return ReadSeries(row);
    return std::nullopt;
}

void UpdateSeries(Connection& session, const domain::SessionSeries& series) {
    session << "UPDATE session_series SET first_local_start = :first, until_date = :until, minutes = :minutes, "
               "interval_days = :interval, sequence = :sequence, status = :status, updated_at = :updated "
               "WHERE id = :id",
        soci::use(series.first_local_start), soci::use(series.until_date), soci::use(series.minutes),
        soci::use(series.interval_days), soci::use(series.sequence), soci::use(series.status),
        soci::use(series.updated_at), soci::use(series.id);
}

long long InsertOccurrence(Connection& session, const domain::SessionOccurrence& occurrence) {
    NullableText side(occurrence.cancelled_by_side);
    NullableText reason(occurrence.cancel_reason);
    long long id = 0;
    session << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, cancelled_by_side, cancel_reason, outcome, updated_at) VALUES (:series, :pair, :recurrence, "
               ":starts, :ends, :status, :sequence, :side, :reason, :outcome, :updated) RETURNING id",
        soci::use(occurrence.series_id), soci::use(occurrence.pair_id), soci::use(occurrence.recurrence_start),
        soci::use(occurrence.starts_at), soci::use(occurrence.ends_at), soci::use(occurrence.status),
        soci::use(occurrence.sequence), soci::use(side.value, side.indicator),
        soci::use(reason.value, reason.indicator), soci::use(occurrence.outcome), soci::use(occurrence.updated_at),
        soci::into(id);
    return id;
}

std::vector<domain::SessionOccurrence> ListOccurrences(Connection& session, long long pair_id) {
    std::vector<domain::SessionOccurrence> occurrences;
    std::map<long long, std::size_t> index;
    {
        soci::rowset<soci::row> rows =
            (session.prepare << std::string("SELECT ") + kOccurrenceColumns +
                                    " FROM session_occurrences WHERE pair_id = :p ORDER BY starts_at, id",
             soci::use(pair_id));
        for (const auto& row : rows) {
            occurrences.push_back(ReadOccurrence(row));
            index[occurrences.back().id] = occurrences.size() - 1;
        }
    }
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT a.occurrence_id, a.side, a.user_id, a.took_place, a.absent_side, a.confirmed_at "
                            "FROM session_attendance a JOIN session_occurrences o ON o.id = a.occurrence_id "
                            "WHERE o.pair_id = :p ORDER BY a.side",
         soci::use(pair_id));
    for (const auto& row : rows) {
        if (auto it = index.find(IntColumn(row, "occurrence_id")); it != index.end()) {
            occurrences[it->second].attendance.push_back(ReadAttendance(row));
        }
    }
    return occurrences;
}

std::optional<domain::SessionOccurrence> FindOccurrence(Connection& session, long long occurrence_id) {
    std::optional<domain::SessionOccurrence> occurrence;
    {
        soci::rowset<soci::row> rows = (session.prepare << std::string("SELECT ") + kOccurrenceColumns +
                                                               " FROM session_occurrences WHERE id = :id",
                                        soci::use(occurrence_id));
        for (const auto& row : rows) occurrence = ReadOccurrence(row);
    }
    if (!occurrence) return occurrence;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT side, user_id, took_place, absent_side, confirmed_at FROM session_attendance "
                            "WHERE occurrence_id = :id ORDER BY side",
         soci::use(occurrence_id));
    for (const auto& row : rows) occurrence->attendance.push_back(ReadAttendance(row));
    return occurrence;
}

void UpdateOccurrence(Connection& session, const domain::SessionOccurrence& occurrence) {
    NullableText side(occurrence.cancelled_by_side);
    NullableText reason(occurrence.cancel_reason);
    session << "UPDATE session_occurrences SET recurrence_start = :recurrence, starts_at = :starts, ends_at = :ends, "
               "status = :status, sequence = :sequence, cancelled_by_side = :side, cancel_reason = :reason, "
               "outcome = :outcome, updated_at = :updated WHERE id = :id",
        soci::use(occurrence.recurrence_start), soci::use(occurrence.starts_at), soci::use(occurrence.ends_at),
        soci::use(occurrence.status), soci::use(occurrence.sequence), soci::use(side.value, side.indicator),
        soci::use(reason.value, reason.indicator), soci::use(occurrence.outcome), soci::use(occurrence.updated_at),
        soci::use(occurrence.id);
}

std::optional<domain::SessionOccurrence> FindOverlap(Connection& session, const std::string& person_a,
                                                     const std::string& person_b, long long starts_at,
                                                     long long ends_at, long long except_occurrence,
                                                     long long except_pair) {
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT o.id, o.series_id, o.pair_id, o.recurrence_start, o.starts_at, o.ends_at, o.status, "
                "o.sequence, o.cancelled_by_side, o.cancel_reason, o.outcome, o.updated_at "
                "FROM session_occurrences o JOIN pairs p ON p.id = o.pair_id "
                "WHERE o.status = 'scheduled' AND o.id <> :except AND o.pair_id <> :except_pair AND o.starts_at < "
                ":ends "
                "AND o.ends_at > :starts AND p.status = 'active' AND (p.mentee IN (:a, :b) OR "
                "p.mentor IN (:a2, :b2)) ORDER BY o.starts_at",
         soci::use(except_occurrence), soci::use(except_pair), soci::use(ends_at), soci::use(starts_at),
         soci::use(person_a), soci::use(person_b), soci::use(person_a), soci::use(person_b));
    for (const auto& row : rows) return ReadOccurrence(row);
    return std::nullopt;
}

void SaveAttendance(Connection& session, long long occurrence_id, const domain::Attendance& attendance) {
    NullableText absent(attendance.absent_side);
    const int took_place = attendance.took_place ? 1 : 0;
    session << "DELETE FROM session_attendance WHERE occurrence_id = :o AND side = :s", soci::use(occurrence_id),
        soci::use(attendance.side);
    session << "INSERT INTO session_attendance (occurrence_id, side, user_id, took_place, absent_side, confirmed_at) "
               "VALUES (:o, :s, :u, :t, :a, :at)",
        soci::use(occurrence_id), soci::use(attendance.side), soci::use(attendance.user_id), soci::use(took_place),
        soci::use(absent.value, absent.indicator), soci::use(attendance.confirmed_at);
}

long long InsertChange(Connection& session, const domain::SessionChange& change) {
    NullableInt occurrence(change.occurrence_id);
    NullableInt actor(change.actor_user_id);
    NullableInt old_start(change.old_starts_at);
    NullableInt new_start(change.new_starts_at);
    long long id = 0;
    session
        << "INSERT INTO session_changes (pair_id, series_id, occurrence_id, kind, actor_user_id, actor_side, reason, "
           "old_starts_at, new_starts_at, at) VALUES (:pair, :series, :occurrence, :kind, :actor, :side, :reason, "
           ":old, :new, :at) RETURNING id",
        soci::use(change.pair_id), soci::use(change.series_id), soci::use(occurrence.value, occurrence.indicator),
        soci::use(change.kind), soci::use(actor.value, actor.indicator), soci::use(change.actor_side),
        soci::use(change.reason), soci::use(old_start.value, old_start.indicator),
        soci::use(new_start.value, new_start.indicator), soci::use(change.at), soci::into(id);
    return id;
}

std::vector<domain::SessionChange> ListChanges(Connection& session, long long pair_id) {
    std::vector<domain::SessionChange> changes;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT c.id, c.pair_id, c.series_id, c.occurrence_id, c.kind, c.actor_user_id, "
                            "u.display_name, c.actor_side, c.reason, c.old_starts_at, c.new_starts_at, c.at "
                            "FROM session_changes c LEFT JOIN users u ON u.id = c.actor_user_id "
                            "WHERE c.pair_id = :p ORDER BY c.at DESC, c.id DESC",
         soci::use(pair_id));
    for (const auto& row : rows) {
        domain::SessionChange change;
        change.id = IntColumn(row, "id");
        change.pair_id = IntColumn(row, "pair_id");
        change.series_id = IntColumn(row, "series_id");
        change.occurrence_id = OptionalIntColumn(row, "occurrence_id");
        change.kind = TextColumn(row, "kind");
        change.actor_user_id = OptionalIntColumn(row, "actor_user_id");
        change.actor_name = TextColumn(row, "display_name");
        change.actor_side = TextColumn(row, "actor_side");
        change.reason = TextColumn(row, "reason");
        change.old_starts_at = OptionalIntColumn(row, "old_starts_at");
        change.new_starts_at = OptionalIntColumn(row, "new_starts_at");
        change.at = IntColumn(row, "at");
        changes.push_back(std::move(change));
    }
    return changes;
}

domain::SessionPolicy LoadSessionPolicy(Connection& session, long long programme_id) {
    domain::SessionPolicy policy;
    policy.programme_id = programme_id;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT reminder_minutes, max_consecutive_misses, max_total_misses, at_risk_weeks, "
                            "updated_by, updated_at FROM session_policies WHERE programme_id = :p",
         soci::use(programme_id));
    for (const auto& row : rows) {
        policy.reminder_minutes = domain::ParseReminderMinutes(TextColumn(row, "reminder_minutes"));
        policy.max_consecutive_misses = static_cast<int>(IntColumn(row, "max_consecutive_misses"));
        policy.max_total_misses = static_cast<int>(IntColumn(row, "max_total_misses"));
        policy.at_risk_weeks = static_cast<int>(IntColumn(row, "at_risk_weeks"));
        policy.updated_by = OptionalIntColumn(row, "updated_by");
        policy.updated_at = IntColumn(row, "updated_at");
    }
    return policy;
}

void SaveSessionPolicy(Connection& session, const domain::SessionPolicy& policy) {
    const auto reminders = domain::FormatReminderMinutes(policy.reminder_minutes);
    NullableInt by(policy.updated_by);
    session << "DELETE FROM session_policies WHERE programme_id = :p", soci::use(policy.programme_id);
    session
        << "INSERT INTO session_policies (programme_id, reminder_minutes, max_consecutive_misses, max_total_misses, "
           "at_risk_weeks, updated_by, updated_at) VALUES (:p, :r, :c, :t, :w, :by, :at)",
        soci::use(policy.programme_id), soci::use(reminders), soci::use(policy.max_consecutive_misses),
        soci::use(policy.max_total_misses), soci::use(policy.at_risk_weeks), soci::use(by.value, by.indicator),
        soci::use(policy.updated_at);
}

bool HasEscalation(Connection& session, long long pair_id, const std::string& trigger_kind, long long occurrence_id) {
    long long count = 0;
    if (occurrence_id == 0) {
        session << "SELECT COUNT(*) FROM session_escalations WHERE pair_id = :p AND trigger_kind = :k",
            soci::use(pair_id), soci::use(trigger_kind), soci::into(count);
    } else {
        session << "SELECT COUNT(*) FROM session_escalations WHERE pair_id = :p AND trigger_kind = :k AND "
                   "occurrence_id = :o",
            soci::use(pair_id), soci::use(trigger_kind), soci::use(occurrence_id), soci::into(count);
    }
    return count > 0;
}

long long InsertEscalation(Connection& session, const SessionEscalation& escalation) {
    long long id = 0;
    session
        << "INSERT INTO session_escalations (pair_id, programme_id, trigger_kind, consecutive_misses, total_misses, "
           "occurrence_id, notified_at) VALUES (:pair, :programme, :kind, :consecutive, :total, :occurrence, :at) "
           "RETURNING id",
        soci::use(escalation.pair_id), soci::use(escalation.programme_id), soci::use(escalation.trigger_kind),
        soci::use(escalation.consecutive_misses), soci::use(escalation.total_misses),
        soci::use(escalation.occurrence_id), soci::use(escalation.notified_at), soci::into(id);
    return id;
}

std::vector<SessionEscalation> ListEscalations(Connection& session, long long pair_id) {
    std::vector<SessionEscalation> escalations;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, pair_id, programme_id, trigger_kind, consecutive_misses, total_misses, "
                            "occurrence_id, notified_at FROM session_escalations WHERE pair_id = :p ORDER BY id",
         soci::use(pair_id));
    for (const auto& row : rows) {
        escalations.push_back({IntColumn(row, "id"), IntColumn(row, "pair_id"), IntColumn(row, "programme_id"),
                               TextColumn(row, "trigger_kind"), static_cast<int>(IntColumn(row, "consecutive_misses")),
                               static_cast<int>(IntColumn(row, "total_misses")), IntColumn(row, "occurrence_id"),
                               IntColumn(row, "notified_at")});
    }
    return escalations;
}

std::vector<SponsorContact> ProgrammeSponsors(Connection& session, long long programme_id) {
    std::vector<SponsorContact> sponsors;
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT DISTINCT u.id, u.email, u.display_name FROM users u "
                "JOIN programme_members m ON m.user_id = u.id "
                "WHERE m.programme_id = :p AND u.disabled = 0 AND (m.role = 'sponsor' OR u.role = 'sponsor') "
                "ORDER BY u.id",
         soci::use(programme_id));
    for (const auto& row : rows) {
        sponsors.push_back({IntColumn(row, "id"), TextColumn(row, "email"), TextColumn(row, "display_name")});
    }
    return sponsors;
}

}  // namespace upward::storage
