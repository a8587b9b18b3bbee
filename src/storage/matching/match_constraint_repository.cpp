#include "storage/matching/match_constraint_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

std::vector<AdminPair> LoadPairs(Connection& session, const std::string& table, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT mentee, mentor FROM " + table + " WHERE programme_id = :p ORDER BY mentee, mentor",
         soci::use(programme_id));
    std::vector<AdminPair> pairs;
    for (const auto& row : rows) pairs.push_back({TextColumn(row, "mentee"), TextColumn(row, "mentor")});
    return pairs;
}

}  // namespace

std::vector<AdminPair> LoadPins(Connection& session, long long programme_id) {
    return LoadPairs(session, "match_pins", programme_id);
}

std::vector<AdminPair> LoadForbids(Connection& session, long long programme_id) {
    return LoadPairs(session, "match_forbids", programme_id);
}

std::optional<std::string> PinnedMentor(Connection& session, long long programme_id, const std::string& mentee) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT mentor FROM match_pins WHERE programme_id = :p AND mentee = :m",
         soci::use(programme_id), soci::use(mentee));
    for (const auto& row : rows) return TextColumn(row, "mentor");
    return std::nullopt;
}

long long CountPinsOfMentor(Connection& session, long long programme_id, const std::string& mentor) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM match_pins WHERE programme_id = :p AND mentor = :m", soci::use(programme_id),
        soci::use(mentor), soci::into(count);
    return count;
}

bool IsForbidden(Connection& session, long long programme_id, const std::string& mentee, const std::string& mentor) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM match_forbids WHERE programme_id = :p AND mentee = :a AND mentor = :b",
        soci::use(programme_id), soci::use(mentee), soci::use(mentor), soci::into(count);
    return count > 0;
}

void SavePin(Connection& session, long long programme_id, const AdminPair& pin, long long user_id, long long now) {
    soci::indicator by = user_id > 0 ? soci::i_ok : soci::i_null;
    session << "DELETE FROM match_pins WHERE programme_id = :p AND mentee = :m", soci::use(programme_id),
        soci::use(pin.mentee);
    session << "INSERT INTO match_pins (programme_id, mentee, mentor, created_by, created_at) "
               "VALUES (:p, :mentee, :mentor, :by, :at)",
        soci::use(programme_id), soci::use(pin.mentee), soci::use(pin.mentor), soci::use(user_id, by), soci::use(now);
}

bool DeletePin(Connection& session, long long programme_id, const std::string& mentee) {
    soci::statement statement = (session.prepare << "DELETE FROM match_pins WHERE programme_id = :p AND mentee = :m",
                                 soci::use(programme_id), soci::use(mentee));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

void SaveForbid(Connection& session, long long programme_id, const AdminPair& forbid, long long user_id,
                long long now) {
    if (IsForbidden(session, programme_id, forbid.mentee, forbid.mentor)) return;
    soci::indicator by = user_id > 0 ? soci::i_ok : soci::i_null;
    session << "INSERT INTO match_forbids (programme_id, mentee, mentor, created_by, created_at) "
               "VALUES (:p, :mentee, :mentor, :by, :at)",
        soci::use(programme_id), soci::use(forbid.mentee), soci::use(forbid.mentor), soci::use(user_id, by),
        soci::use(now);
}

bool DeleteForbid(Connection& session, long long programme_id, const AdminPair& forbid) {
    soci::statement statement =
        (session.prepare << "DELETE FROM match_forbids WHERE programme_id = :p AND mentee = :a AND mentor = :b",
         soci::use(programme_id), soci::use(forbid.mentee), soci::use(forbid.mentor));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

}  // namespace upward::storage
