#include "storage/reporting/health_repository.hpp"

#include <map>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

std::vector<PairFact> LoadHealthPairs(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT p.id, p.mentee, p.mentor, p.status, "
                            "(SELECT COUNT(*) FROM session_occurrences o WHERE o.pair_id = p.id "
                            "AND o.outcome = 'held') AS held FROM pairs p WHERE p.programme_id = :p ORDER BY p.id",
         soci::use(programme_id));
    std::vector<PairFact> pairs;
    for (const auto& row : rows) {
        pairs.push_back({IntColumn(row, "id"), TextColumn(row, "mentee"), TextColumn(row, "mentor"),
                         TextColumn(row, "status"), IntColumn(row, "held")});
    }
    return pairs;
}

std::vector<OccurrenceFact> LoadHealthOccurrences(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT o.starts_at, o.status, o.outcome, o.cancelled_by_side FROM session_occurrences o "
                            "JOIN pairs p ON p.id = o.pair_id WHERE p.programme_id = :p ORDER BY o.starts_at",
         soci::use(programme_id));
    std::vector<OccurrenceFact> occurrences;
    for (const auto& row : rows) {
        occurrences.push_back({IntColumn(row, "starts_at"), TextColumn(row, "status"), TextColumn(row, "outcome"),
                               TextColumn(row, "cancelled_by_side")});
    }
    return occurrences;
}

std::vector<PulseFact> LoadHealthPulses(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT o.starts_at, s.side, s.usefulness FROM session_pulses s "
                            "JOIN session_occurrences o ON o.id = s.occurrence_id "
                            "JOIN pairs p ON p.id = s.pair_id WHERE p.programme_id = :p ORDER BY o.starts_at",
         soci::use(programme_id));
    std::vector<PulseFact> pulses;
    for (const auto& row : rows) {
        pulses.push_back(
            {IntColumn(row, "starts_at"), TextColumn(row, "side"), static_cast<int>(IntColumn(row, "usefulness"))});
    }
    return pulses;
}

std::vector<QualityAnswerFact> LoadQualityAnswers(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT q.quality, q.audience, s.kind, a.number_value FROM survey_answers a "
                            "JOIN survey_questions q ON q.id = a.question_id "
                            "JOIN survey_responses r ON r.id = a.response_id "
                            "JOIN surveys s ON s.id = r.survey_id "
                            "WHERE s.programme_id = :p AND q.subject = 'partner' AND q.answer_type = 'likert' "
                            "AND q.quality IS NOT NULL AND a.number_value IS NOT NULL",
         soci::use(programme_id));
    std::vector<QualityAnswerFact> answers;
    for (const auto& row : rows) {
        const auto value = IntColumn(row, "number_value");
        if (value < 1 || value > 5) continue;  // the survey service validates; a stray value must not skew a mean
        answers.push_back({TextColumn(row, "quality"), TextColumn(row, "audience"), TextColumn(row, "kind"),
                           static_cast<int>(value)});
    }
    return answers;
}

std::vector<GoalFact> LoadLatestGoalProgress(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT g.pair_id, g.goal_side, g.percent FROM goal_progress g "
                                                       "JOIN pairs p ON p.id = g.pair_id WHERE p.programme_id = :p "
                                                       "ORDER BY g.pair_id, g.goal_side, g.recorded_at, g.id",
                                    soci::use(programme_id));
    std::map<std::pair<long long, std::string>, int> latest;  // ordered by time: the last one wins
    for (const auto& row : rows) {
        latest[{IntColumn(row, "pair_id"), TextColumn(row, "goal_side")}] = static_cast<int>(IntColumn(row, "percent"));
    }
    std::vector<GoalFact> goals;
    goals.reserve(latest.size());
    for (const auto& [key, percent] : latest) goals.push_back({key.first, key.second, percent});
    return goals;
}

}  // namespace upward::storage
