#pragma once

// Quiz attempts and the programme members a training table lists. Plain data: storage returns it, services pass it up,
// http renders it.

#include <string>
#include <vector>

#include "domain/roles.hpp"
#include "domain/training.hpp"

namespace upward::domain {

struct TrainingAttempt {
    long long id = 0;
    long long module_id = 0;
    long long user_id = 0;
    std::vector<int> answers;
    int score = 0;
    bool passed = false;
    long long attempted_at = 0;
};

/// A member of a programme in one role, as the training progress table shows them.
struct ProgrammeParticipant {
    long long user_id = 0;
    std::string display_name;
    std::string email;
    std::string person_id;
    ProgrammeRole role = ProgrammeRole::kMentee;
};

}  // namespace upward::domain
