#include "storage/training/training_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"
#include "storage/training/quiz_column.hpp"

namespace upward::storage {

namespace {

using nlohmann::json;

constexpr const char* kModuleColumns =
    "id, programme_id, role, position, title, body_markdown, quiz, pass_mark, created_at, updated_at, archived_at";

domain::TrainingModule ReadModule(const soci::row& row) {
    domain::TrainingModule module;
    module.id = IntColumn(row, "id");
    module.programme_id = IntColumn(row, "programme_id");
    module.role = domain::ParseProgrammeRole(TextColumn(row, "role")).value_or(domain::ProgrammeRole::kMentor);
    module.position = static_cast<int>(IntColumn(row, "position"));
    module.title = TextColumn(row, "title");
    module.body_markdown = TextColumn(row, "body_markdown");
    module.quiz = DecodeQuiz(TextColumn(row, "quiz"));
    module.pass_mark = static_cast<int>(IntColumn(row, "pass_mark"));
    module.created_at = IntColumn(row, "created_at");
    module.updated_at = IntColumn(row, "updated_at");
    module.archived_at = OptionalIntColumn(row, "archived_at");
    return module;
}

}  // namespace

bool TrainingComplete(Connection& session, long long programme_id, long long user_id, std::string_view role) {
    const std::string role_text(role);
    long long ever_set_up = 0;
    session << "SELECT (SELECT COUNT(*) FROM training_modules WHERE programme_id = :p1) + "
               "(SELECT COUNT(*) FROM training_defaults_installed WHERE programme_id = :p2)",
        soci::use(programme_id), soci::use(programme_id), soci::into(ever_set_up);
    if (ever_set_up == 0) return false;
    long long missing = 0;
    session << "SELECT COUNT(*) FROM training_modules m WHERE m.programme_id = :p AND m.role = :role "
               "AND m.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM training_attempts a "
               "WHERE a.module_id = m.id AND a.user_id = :u AND a.passed = 1)",
        soci::use(programme_id), soci::use(role_text), soci::use(user_id), soci::into(missing);
    return missing == 0;
}

long long InsertTrainingModule(Connection& session, const domain::TrainingModule& module) {
    const std::string role(domain::ToString(module.role));
    const auto quiz = EncodeQuiz(module.quiz);
    long long id = 0;
    session << "INSERT INTO training_modules (programme_id, role, position, title, body_markdown, quiz, pass_mark, "
               "created_at, updated_at) VALUES (:p, :role, :position, :title, :body, :quiz, :pass_mark, :created, "
               ":updated) RETURNING id",
        soci::use(module.programme_id), soci::use(role), soci::use(module.position), soci::use(module.title),
        soci::use(module.body_markdown), soci::use(quiz), soci::use(module.pass_mark), soci::use(module.created_at),
        soci::use(module.updated_at), soci::into(id);
    return id;
}

void UpdateTrainingModule(Connection& session, const domain::TrainingModule& module) {
    const auto quiz = EncodeQuiz(module.quiz);
    long long archived_at = module.archived_at.value_or(0);
    soci::indicator archived_indicator = module.archived_at ? soci::i_ok : soci::i_null;
    session << "UPDATE training_modules SET position = :position, title = :title, body_markdown = :body, quiz = :quiz, "
               "pass_mark = :pass_mark, updated_at = :updated, archived_at = :archived WHERE id = :id",
        soci::use(module.position), soci::use(module.title), soci::use(module.body_markdown), soci::use(quiz),
        soci::use(module.pass_mark), soci::use(module.updated_at), soci::use(archived_at, archived_indicator),
        soci::use(module.id);
}

std::optional<domain::TrainingModule> FindTrainingModule(Connection& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kModuleColumns + " FROM training_modules WHERE id = :id",
         soci::use(id));
    for (const auto& row : rows) return ReadModule(row);
    return std::nullopt;
}

std::vector<domain::TrainingModule> ListTrainingModules(Connection& session, long long programme_id,
                                                        std::optional<domain::ProgrammeRole> role,
                                                        bool include_archived) {
    std::string sql = std::string("SELECT ") + kModuleColumns + " FROM training_modules WHERE programme_id = :p";
    // Both roles are read when none is asked for: "role = :role OR :all = 1" keeps one statement.
    const std::string role_text(role ? domain::ToString(*role) : "");
    const int all_roles = role ? 0 : 1;
    const int archived_too = include_archived ? 1 : 0;
    sql +=
        " AND (role = :role OR :all_roles = 1) AND (archived_at IS NULL OR :archived_too = 1)"
        " ORDER BY role, position, id";
    soci::rowset<soci::row> rows = (session.prepare << sql, soci::use(programme_id), soci::use(role_text),
                                    soci::use(all_roles), soci::use(archived_too));
    std::vector<domain::TrainingModule> modules;
    for (const auto& row : rows) modules.push_back(ReadModule(row));
    return modules;
}

int NextTrainingPosition(Connection& session, long long programme_id, domain::ProgrammeRole role) {
    const std::string role_text(domain::ToString(role));
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT MAX(position) AS last FROM training_modules WHERE programme_id = :p AND role = :role "
                "AND archived_at IS NULL",
         soci::use(programme_id), soci::use(role_text));
    for (const auto& row : rows) return static_cast<int>(IntColumn(row, "last", 0)) + 1;
    return 1;
}

void SetTrainingPosition(Connection& session, long long module_id, int position, long long now) {
    session << "UPDATE training_modules SET position = :position, updated_at = :now WHERE id = :id",
        soci::use(position), soci::use(now), soci::use(module_id);
}

void DeleteTrainingModule(Connection& session, long long module_id) {
    session << "DELETE FROM training_modules WHERE id = :id", soci::use(module_id);
}

long long CountTrainingAttempts(Connection& session, long long module_id) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM training_attempts WHERE module_id = :m", soci::use(module_id), soci::into(count);
    return count;
}

long long InsertTrainingAttempt(Connection& session, const TrainingAttempt& attempt) {
    const std::string answers = json(attempt.answers).dump();
    const int passed = attempt.passed ? 1 : 0;
    long long id = 0;
    session << "INSERT INTO training_attempts (module_id, user_id, answers, score, passed, attempted_at) "
               "VALUES (:m, :u, :answers, :score, :passed, :at) RETURNING id",
        soci::use(attempt.module_id), soci::use(attempt.user_id), soci::use(answers), soci::use(attempt.score),
        soci::use(passed), soci::use(attempt.attempted_at), soci::into(id);
    return id;
}

std::vector<TrainingAttempt> ListTrainingAttempts(Connection& session, long long user_id, long long module_id) {
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT id, module_id, user_id, answers, score, passed, attempted_at FROM training_attempts "
                "WHERE user_id = :u AND module_id = :m ORDER BY attempted_at DESC, id DESC",
         soci::use(user_id), soci::use(module_id));
    std::vector<TrainingAttempt> attempts;
    for (const auto& row : rows) {
        TrainingAttempt attempt;
        attempt.id = IntColumn(row, "id");
        attempt.module_id = IntColumn(row, "module_id");
        attempt.user_id = IntColumn(row, "user_id");
        attempt.answers = json::parse(TextColumn(row, "answers")).get<std::vector<int>>();
        attempt.score = static_cast<int>(IntColumn(row, "score"));
        attempt.passed = IntColumn(row, "passed") != 0;
        attempt.attempted_at = IntColumn(row, "attempted_at");
        attempts.push_back(std::move(attempt));
    }
    return attempts;
}

std::vector<TrainingResult> ListTrainingResults(Connection& session, long long programme_id, long long user_id) {
    const int everyone = user_id > 0 ? 0 : 1;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT a.module_id, a.user_id, COUNT(*) AS attempts, MAX(a.score) AS best_score, "
                            "MAX(a.passed) AS passed, MAX(a.attempted_at) AS last_attempt_at FROM training_attempts a "
                            "JOIN training_modules m ON m.id = a.module_id WHERE m.programme_id = :p "
                            "AND (a.user_id = :u OR :everyone = 1) GROUP BY a.module_id, a.user_id",
         soci::use(programme_id), soci::use(user_id), soci::use(everyone));
    std::vector<TrainingResult> results;
    for (const auto& row : rows) {
        TrainingResult result;
        result.module_id = IntColumn(row, "module_id");
        result.user_id = IntColumn(row, "user_id");
        result.attempts = static_cast<int>(IntColumn(row, "attempts"));
        result.best_score = static_cast<int>(IntColumn(row, "best_score"));
        result.passed = IntColumn(row, "passed") != 0;
        result.last_attempt_at = IntColumn(row, "last_attempt_at");
        results.push_back(result);
    }
    return results;
}

std::vector<ProgrammeParticipant> ListProgrammeParticipants(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT u.id, u.display_name, u.email, u.person_id, m.role FROM programme_members m "
                "JOIN users u ON u.id = m.user_id WHERE m.programme_id = :p AND m.role IN ('mentor', 'mentee') "
                "ORDER BY m.role, u.display_name, u.id",
         soci::use(programme_id));
    std::vector<ProgrammeParticipant> participants;
    for (const auto& row : rows) {
        ProgrammeParticipant participant;
        participant.user_id = IntColumn(row, "id");
        participant.display_name = TextColumn(row, "display_name");
        participant.email = TextColumn(row, "email");
        participant.person_id = TextColumn(row, "person_id");
        participant.role = domain::ParseProgrammeRole(TextColumn(row, "role")).value_or(domain::ProgrammeRole::kMentee);
        participants.push_back(std::move(participant));
    }
    return participants;
}

bool TrainingDefaultsInstalled(Connection& session, long long programme_id) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM training_defaults_installed WHERE programme_id = :p", soci::use(programme_id),
        soci::into(count);
    return count > 0;
}

bool MarkTrainingDefaultsInstalled(Connection& session, long long programme_id, long long now) {
    soci::statement statement =
        (session.prepare << "INSERT INTO training_defaults_installed (programme_id, installed_at) "
                            "VALUES (:p, :now) ON CONFLICT (programme_id) DO NOTHING",
         soci::use(programme_id), soci::use(now));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

}  // namespace upward::storage
