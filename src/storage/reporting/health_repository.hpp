#pragma once

#include <string>
#include <vector>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// The raw facts behind a programme's health dashboard, read in a fixed number of queries. None of these rows
/// names who gave an answer: pulses carry the side only, survey answers the audience, and goal progress the
/// side whose goals it measures. The service aggregates them and applies the anonymity threshold.

struct PairFact {
    long long pair_id = 0;
    std::string mentee;
    std::string mentor;
    std::string status;  // proposed, accepted, active, declined, ended
    long long held_sessions = 0;
};

struct OccurrenceFact {
    long long starts_at = 0;
    std::string status;             // scheduled, cancelled
    std::string outcome;            // pending, held, missed_by_mentee, missed_by_mentor, missed_by_both, disputed
    std::string cancelled_by_side;  // empty unless cancelled
};

struct PulseFact {
    long long session_starts_at = 0;  // the session the pulse is about
    std::string side;                 // who answered
    int usefulness = 0;
};

struct QualityAnswerFact {
    std::string quality;
    std::string audience;  // who answered (mentor, mentee): the quality is the other side's
    std::string survey_kind;
    int value = 0;  // Likert 1-5
};

struct GoalFact {
    long long pair_id = 0;
    std::string goal_side;
    int percent = 0;  // the latest recorded
};

std::vector<PairFact> LoadHealthPairs(Connection& session, long long programme_id);
std::vector<OccurrenceFact> LoadHealthOccurrences(Connection& session, long long programme_id);
std::vector<PulseFact> LoadHealthPulses(Connection& session, long long programme_id);
/// Likert answers to questions about the partner that name a quality, from the programme's surveys.
std::vector<QualityAnswerFact> LoadQualityAnswers(Connection& session, long long programme_id);
/// The latest progress of each pair's goals, per side whose goals they are.
std::vector<GoalFact> LoadLatestGoalProgress(Connection& session, long long programme_id);

}  // namespace upward::storage
