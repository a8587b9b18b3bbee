#pragma once

// One person's pulse after one session. Plain data: storage returns it, services pass it up, http renders it.

#include <string>

#include "domain/survey.hpp"
#include "domain/survey_results.hpp"

namespace upward::domain {

struct Pulse {
    long long occurrence_id = 0;
    std::string side;
    long long pair_id = 0;
    int usefulness = 0;
    std::string comment;
    long long submitted_at = 0;
};

}  // namespace upward::domain
