#include "storage/sessions/session_reminder_repository.hpp"

#include "domain/session_reminder_rules.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::optional<ReminderOccurrence> FindReminderOccurrence(Connection& session, long long occurrence_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT o.id, o.pair_id, o.starts_at, o.ends_at, o.status, s.status AS series_status, "
                            "p.status AS pair_status, p.mentee, p.mentor, p.programme_id, g.name AS programme_name "
                            "FROM session_occurrences o JOIN session_series s ON s.id = o.series_id "
                            "JOIN pairs p ON p.id = o.pair_id JOIN programmes g ON g.id = p.programme_id "
                            "WHERE o.id = :id",
         soci::use(occurrence_id));
    for (const auto& row : rows) {
        ReminderOccurrence occurrence;
        occurrence.id = IntColumn(row, "id");
        occurrence.pair_id = IntColumn(row, "pair_id");
        occurrence.programme_id = IntColumn(row, "programme_id");
        occurrence.starts_at = IntColumn(row, "starts_at");
        occurrence.ends_at = IntColumn(row, "ends_at");
        occurrence.status = TextColumn(row, "status");
        occurrence.series_status = TextColumn(row, "series_status");
        occurrence.pair_status = TextColumn(row, "pair_status");
        occurrence.mentee = TextColumn(row, "mentee");
        occurrence.mentor = TextColumn(row, "mentor");
        occurrence.programme_name = TextColumn(row, "programme_name");
        return occurrence;
    }
    return std::nullopt;
}

std::vector<PlannableOccurrence> ListPlannableOccurrences(Connection& session, long long since, long long until) {
    std::vector<PlannableOccurrence> occurrences;
    // One placeholder and one bound value per place.
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT o.id, o.starts_at, o.ends_at, p.programme_id FROM session_occurrences o "
                            "JOIN session_series s ON s.id = o.series_id JOIN pairs p ON p.id = o.pair_id "
                            "WHERE o.status = 'scheduled' AND s.status = 'active' AND p.status = 'active' "
                            "AND o.ends_at > :since AND o.starts_at <= :until ORDER BY o.starts_at, o.id",
         soci::use(since), soci::use(until));
    for (const auto& row : rows) {
        occurrences.push_back({IntColumn(row, "id"), IntColumn(row, "programme_id"), IntColumn(row, "starts_at"),
                               IntColumn(row, "ends_at")});
    }
    return occurrences;
}

std::vector<int> ReminderOffsetsOfProgramme(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT reminder_minutes FROM session_policies WHERE programme_id = :p",
         soci::use(programme_id));
    for (const auto& row : rows) return domain::ReminderOffsetsFromPolicy(TextColumn(row, "reminder_minutes"));
    return domain::ReminderOffsetsFromPolicy(domain::kDefaultReminderMinutes);
}

bool MenteeHidesSessionDetails(Connection& session, long long programme_id, const std::string& mentee) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT confidential, calendar_details FROM applications "
                                                       "WHERE programme_id = :p AND employee_id = :e",
                                    soci::use(programme_id), soci::use(mentee));
    for (const auto& row : rows) return IntColumn(row, "confidential") == 1 && IntColumn(row, "calendar_details") == 0;
    return false;
}

std::set<std::string> ConfirmedAttendanceSides(Connection& session, long long occurrence_id) {
    std::set<std::string> sides;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT side FROM session_attendance WHERE occurrence_id = :o", soci::use(occurrence_id));
    for (const auto& row : rows) sides.insert(TextColumn(row, "side"));
    return sides;
}

}  // namespace upward::storage
