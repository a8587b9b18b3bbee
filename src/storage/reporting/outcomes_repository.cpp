#include "storage/reporting/outcomes_repository.hpp"

#include <algorithm>
#include <utility>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::set<std::string> LoadRetentionParticipants(Connection& session, long long programme_id) {
    std::set<std::string> participants;
    soci::rowset<soci::row> rows = (session.prepare << "SELECT mentee, mentor FROM pairs WHERE programme_id = :p "
                                                       "AND status IN ('active', 'ended')",
                                    soci::use(programme_id));
    for (const auto& row : rows) {
        participants.insert(TextColumn(row, "mentee"));
        participants.insert(TextColumn(row, "mentor"));
    }
    return participants;
}

namespace {

domain::RetentionPerson ReadRetentionPerson(const soci::row& row) {
    domain::RetentionPerson person;
    person.employee_id = TextColumn(row, "employee_id");
    person.grade = IntColumn(row, "grade");
    person.department = TextColumn(row, "department");
    person.hire_date = TextColumn(row, "hire_date");
    person.leaving_date = TextColumn(row, "leaving_date");
    person.left_company = IntColumn(row, "left_company") != 0;
    return person;
}

}  // namespace

std::vector<domain::RetentionPerson> LoadParticipantCells(Connection& session, long long programme_id) {
    // The participants' cells first (a few dozen at most), then each cell's people through the (department, grade)
    // index: the rest of the directory, however large, is never read.
    std::vector<std::pair<long long, std::string>> cells;
    {
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT DISTINCT q.grade, q.department FROM pairs pr JOIN people q "
                                "ON q.employee_id = pr.mentee OR q.employee_id = pr.mentor "
                                "WHERE pr.programme_id = :p AND pr.status IN ('active', 'ended')",
             soci::use(programme_id));
        for (const auto& row : rows) cells.emplace_back(IntColumn(row, "grade"), TextColumn(row, "department"));
    }
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());  // NULL and '' are one cell

    constexpr const char* kColumns =
        "SELECT employee_id, grade, department, hire_date, leaving_date, left_company FROM people ";
    std::vector<domain::RetentionPerson> people;
    for (auto& [grade, department] : cells) {
        if (department.empty()) {
            soci::rowset<soci::row> rows =
                (session.prepare << std::string(kColumns) +
                                        "WHERE grade = :g AND (department IS NULL OR department = '')",
                 soci::use(grade));
            for (const auto& row : rows) people.push_back(ReadRetentionPerson(row));
        } else {
            soci::rowset<soci::row> rows =
                (session.prepare << std::string(kColumns) + "WHERE department = :d AND grade = :g",
                 soci::use(department), soci::use(grade));
            for (const auto& row : rows) people.push_back(ReadRetentionPerson(row));
        }
    }
    return people;
}

std::vector<SelfAssessmentSum> LoadSelfAssessmentSums(Connection& session, long long programme_id) {
    std::vector<SelfAssessmentSum> sums;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT q.topic, q.phase, SUM(a.number_value) AS total, COUNT(a.number_value) AS answers "
                            "FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id "
                            "JOIN surveys s ON s.id = q.survey_id WHERE s.programme_id = :p AND q.subject = 'self' "
                            "AND q.phase IN ('before', 'after') AND q.topic IS NOT NULL "
                            "AND a.number_value IS NOT NULL GROUP BY q.topic, q.phase ORDER BY q.topic, q.phase",
         soci::use(programme_id));
    for (const auto& row : rows) {
        sums.push_back({TextColumn(row, "topic"), TextColumn(row, "phase"),
                        static_cast<double>(IntColumn(row, "total")), IntColumn(row, "answers")});
    }
    return sums;
}

std::vector<int> LoadLatestMentorGoalProgress(Connection& session, long long programme_id) {
    std::vector<int> latest;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT g.pair_id, g.percent FROM goal_progress g JOIN pairs p ON p.id = g.pair_id "
                            "WHERE p.programme_id = :p AND g.goal_side = 'mentor' "
                            "ORDER BY g.pair_id, g.recorded_at, g.id",
         soci::use(programme_id));
    long long current_pair = 0;
    for (const auto& row : rows) {
        const auto pair_id = IntColumn(row, "pair_id");
        const auto percent = static_cast<int>(IntColumn(row, "percent"));
        if (latest.empty() || pair_id != current_pair) {
            latest.push_back(percent);
            current_pair = pair_id;
        } else {
            latest.back() = percent;  // rows are in time order: the last one of a pair is its latest
        }
    }
    return latest;
}

std::vector<InsightStatus> LoadInsightStatuses(Connection& session, long long programme_id) {
    std::vector<InsightStatus> statuses;
    soci::rowset<soci::row> rows = (session.prepare << "SELECT i.pair_id, i.status FROM insights i "
                                                       "JOIN pairs p ON p.id = i.pair_id WHERE p.programme_id = :p",
                                    soci::use(programme_id));
    for (const auto& row : rows) statuses.push_back({IntColumn(row, "pair_id"), TextColumn(row, "status")});
    return statuses;
}

}  // namespace upward::storage
