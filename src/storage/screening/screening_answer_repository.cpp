#include "storage/screening/screening_answer_repository.hpp"

#include "storage/database/sql.hpp"

namespace upward::storage {

void SaveScreeningAnswers(Connection& session, long long application_id, const std::string& answers_json,
                          long long now) {
    session << "UPDATE applications SET screening_answers = :answers, updated_at = :now WHERE id = :id",
        soci::use(answers_json), soci::use(now), soci::use(application_id);
}

void LockApplicationRow(Connection& session, long long application_id) {
    session << "UPDATE applications SET updated_at = updated_at WHERE id = :id", soci::use(application_id);
}

}  // namespace upward::storage
