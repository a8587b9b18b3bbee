#include "storage/screening/screening_question_repository.hpp"

#include <set>

#include "core/errors.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::vector<domain::ScreeningQuestion> ListScreeningQuestions(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, position, quality, prompt FROM screening_questions WHERE programme_id = :p "
                            "ORDER BY position, id",
         soci::use(programme_id));
    std::vector<domain::ScreeningQuestion> questions;
    for (const auto& row : rows) {
        questions.push_back({IntColumn(row, "id"), static_cast<int>(IntColumn(row, "position")),
                             TextColumn(row, "quality"), TextColumn(row, "prompt")});
    }
    return questions;
}

std::vector<domain::ScreeningQuestion> ReplaceScreeningQuestions(
    Connection& session, long long programme_id, const std::vector<domain::ScreeningQuestion>& questions) {
    std::set<long long> existing;
    for (const auto& question : ListScreeningQuestions(session, programme_id)) existing.insert(question.id);
    std::set<long long> kept;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const auto id = questions[i].id;
        if (id == 0) continue;
        if (!existing.count(id)) {
            throw InvalidInput("questions[" + std::to_string(i) + "].id",
                               "question " + std::to_string(id) + " is not one of this programme's questions");
        }
        kept.insert(id);
    }
    for (const auto id : existing) {
        if (!kept.count(id)) session << "DELETE FROM screening_questions WHERE id = :id", soci::use(id);
    }
    for (const auto& question : questions) {
        if (question.id > 0) {
            session << "UPDATE screening_questions SET position = :position, quality = :quality, prompt = :prompt "
                       "WHERE id = :id",
                soci::use(question.position), soci::use(question.quality), soci::use(question.prompt),
                soci::use(question.id);
        } else {
            session << "INSERT INTO screening_questions (programme_id, position, quality, prompt) "
                       "VALUES (:p, :position, :quality, :prompt)",
                soci::use(programme_id), soci::use(question.position), soci::use(question.quality),
                soci::use(question.prompt);
        }
    }
    return ListScreeningQuestions(session, programme_id);
}

void LockProgrammeRow(Connection& session, long long programme_id) {
    session << "UPDATE programmes SET updated_at = updated_at WHERE id = :p", soci::use(programme_id);
}

}  // namespace upward::storage
