#pragma once

#include <set>
#include <string>
#include <vector>

#include "domain/retention.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// The employee ids of the mentees and mentors of the programme's pairs that became active (active or ended).
std::set<std::string> LoadRetentionParticipants(Connection& session, long long programme_id);

/// Everybody in the directory who shares a (grade, department) cell with one of those participants, the
/// participants included: all the retention comparison reads. People without a department share the empty one.
std::vector<domain::RetentionPerson> LoadParticipantCells(Connection& session, long long programme_id);

/// The before/after self-assessment answers of a programme's surveys (questions about oneself with a topic and
/// phase before or after), summed per topic and phase. Numbers only: no response, pair or person leaves here.
struct SelfAssessmentSum {
    std::string topic;
    std::string phase;  // before, after
    double sum = 0;
    long long count = 0;
};
std::vector<SelfAssessmentSum> LoadSelfAssessmentSums(Connection& session, long long programme_id);

/// The latest progress (percent) on the mentor's own goals of each of the programme's pairs that recorded any.
std::vector<int> LoadLatestMentorGoalProgress(Connection& session, long long programme_id);

/// The programme's insights as (pair id, status), for counting.
struct InsightStatus {
    long long pair_id = 0;
    std::string status;
};
std::vector<InsightStatus> LoadInsightStatuses(Connection& session, long long programme_id);

}  // namespace upward::storage
