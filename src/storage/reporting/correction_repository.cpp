#include "storage/reporting/correction_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kSelectCorrection =
    "SELECT c.id, c.programme_id, c.effective_on, c.what_changed, c.reason, c.recorded_by, c.recorded_at, "
    "u.display_name FROM programme_corrections c LEFT JOIN users u ON u.id = c.recorded_by ";

CorrectionRecord ReadCorrection(const soci::row& row) {
    return {IntColumn(row, "id"),
            IntColumn(row, "programme_id"),
            TextColumn(row, "effective_on"),
            TextColumn(row, "what_changed"),
            TextColumn(row, "reason"),
            IntColumn(row, "recorded_by"),
            TextColumn(row, "display_name"),
            IntColumn(row, "recorded_at")};
}

}  // namespace

long long InsertCorrection(Connection& session, const CorrectionRecord& correction) {
    long long id = 0;
    session << "INSERT INTO programme_corrections (programme_id, effective_on, what_changed, reason, recorded_by, "
               "recorded_at) VALUES (:p, :effective, :what, :why, :by, :at) RETURNING id",
        soci::use(correction.programme_id), soci::use(correction.effective_on), soci::use(correction.what_changed),
        soci::use(correction.reason), soci::use(correction.recorded_by), soci::use(correction.recorded_at),
        soci::into(id);
    return id;
}

std::vector<CorrectionRecord> ListCorrections(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kSelectCorrection) + "WHERE c.programme_id = :p ORDER BY c.effective_on, c.id",
         soci::use(programme_id));
    std::vector<CorrectionRecord> corrections;
    for (const auto& row : rows) corrections.push_back(ReadCorrection(row));
    return corrections;
}

std::optional<CorrectionRecord> FindCorrection(Connection& session, long long correction_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kSelectCorrection) + "WHERE c.id = :id", soci::use(correction_id));
    for (const auto& row : rows) return ReadCorrection(row);
    return std::nullopt;
}

void DeleteCorrection(Connection& session, long long correction_id) {
    session << "DELETE FROM programme_corrections WHERE id = :id", soci::use(correction_id);
}

}  // namespace upward::storage
