#include "storage/screening/programme_reviewer_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kAwaiting =
    "(SELECT COUNT(*) FROM applications a WHERE a.programme_id = p.id AND a.side = 'mentor' "
    "AND a.status IN ('submitted', 'wait_listed')) AS awaiting";

}  // namespace

std::vector<ProgrammeReviewer> ListProgrammeReviewers(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT u.id, u.email, u.display_name, u.person_id FROM programme_reviewers r "
                            "JOIN users u ON u.id = r.user_id WHERE r.programme_id = :p ORDER BY u.display_name, u.id",
         soci::use(programme_id));
    std::vector<ProgrammeReviewer> reviewers;
    for (const auto& row : rows) {
        reviewers.push_back({IntColumn(row, "id"), TextColumn(row, "email"), TextColumn(row, "display_name"),
                             TextColumn(row, "person_id")});
    }
    return reviewers;
}

bool AddProgrammeReviewer(Connection& session, long long programme_id, long long user_id) {
    soci::statement insert =
        (session.prepare << "INSERT INTO programme_reviewers (programme_id, user_id) VALUES (:p, :u) "
                            "ON CONFLICT (programme_id, user_id) DO NOTHING",
         soci::use(programme_id), soci::use(user_id));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

bool RemoveProgrammeReviewer(Connection& session, long long programme_id, long long user_id) {
    soci::statement remove =
        (session.prepare << "DELETE FROM programme_reviewers WHERE programme_id = :p AND user_id = :u",
         soci::use(programme_id), soci::use(user_id));
    remove.execute(true);
    return remove.get_affected_rows() > 0;
}

bool IsProgrammeReviewer(Connection& session, long long programme_id, long long user_id) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM programme_reviewers WHERE programme_id = :p AND user_id = :u",
        soci::use(programme_id), soci::use(user_id), soci::into(count);
    return count > 0;
}

std::vector<ReviewedProgramme> ListReviewedProgrammes(Connection& session, long long user_id) {
    std::vector<ReviewedProgramme> programmes;
    const auto read = [&programmes](soci::rowset<soci::row>& rows) {
        for (const auto& row : rows) {
            programmes.push_back(
                {IntColumn(row, "id"), TextColumn(row, "name"), TextColumn(row, "status"), IntColumn(row, "awaiting")});
        }
    };
    if (user_id == 0) {
        soci::rowset<soci::row> rows = (session.prepare << std::string("SELECT p.id, p.name, p.status, ") + kAwaiting +
                                                               " FROM programmes p ORDER BY p.id");
        read(rows);
    } else {
        soci::rowset<soci::row> rows =
            (session.prepare << std::string("SELECT p.id, p.name, p.status, ") + kAwaiting +
                                    " FROM programmes p JOIN programme_reviewers r ON r.programme_id = p.id "
                                    "WHERE r.user_id = :u ORDER BY p.id",
             soci::use(user_id));
        read(rows);
    }
    return programmes;
}

}  // namespace upward::storage
