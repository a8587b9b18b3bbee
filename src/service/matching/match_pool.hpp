#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/match_run.hpp"
#include "domain/programme.hpp"
#include "matching/profile.hpp"
#include "matching/reporting_labels.hpp"
#include "storage/matching/matching_directory.hpp"

namespace upward::service {

/// What is already settled before a run: mentees with a proposed, accepted or active pair stay out of the pool, and
/// mentors' places taken by such pairs are off their capacity.
struct PoolOptions {
    std::unordered_set<std::string> busy_mentees;
    std::unordered_map<std::string, int> mentor_load;
};

/// A programme's applicants as the engine sees them, and the way back to employee ids.
struct MatchPool {
    std::vector<matching::Participant> mentees;
    std::vector<matching::Participant> mentors;
    std::vector<std::string> mentee_ids;
    std::vector<std::string> mentor_ids;
    /// Ranked mode: positions on the other side, best first; ids not in the pool are dropped.
    std::vector<std::vector<std::int32_t>> mentee_ranking;
    std::vector<std::vector<std::int32_t>> mentor_ranking;
    matching::ReportingLabels labels;
    matching::ProgrammeRules rules;
    matching::ScoreWeights weights;
    /// Profiles the pool could not take, with the reason (not_in_directory).
    std::vector<domain::UnmatchedParticipant> left_out;

    /// Position of the employee id on that side, or -1.
    std::int32_t MenteePosition(const std::string& employee_id) const;
    std::int32_t MentorPosition(const std::string& employee_id) const;

    std::unordered_map<std::string, std::int32_t> mentee_position;
    std::unordered_map<std::string, std::int32_t> mentor_position;
};

/// The programme's hard rules in the engine's terms (the reporting-line rule always holds).
matching::ProgrammeRules RulesOf(const domain::Programme& programme);

/// Builds the pool from profiles and the directory: grade, department and manager chain from the
/// directory; languages, topics (as catalogue positions), availability (converted to UTC with the
/// person's zone), capacity, eligibility and preferences from the profile. Reporting-line labels cover
/// the whole `directory` once. Throws Conflict when the directory's reporting lines form a cycle or the
/// pool names more than 64 languages.
MatchPool BuildPool(const domain::Programme& programme, const std::vector<domain::MatchProfile>& profiles,
                    const storage::DirectoryColumns& directory, const PoolOptions& options = {});

}  // namespace upward::service
