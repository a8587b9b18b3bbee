#pragma once

// A page of programmes. Plain data: storage returns it, services pass it up, http renders it.

#include <vector>

#include "domain/programme.hpp"

namespace upward::domain {

struct ProgrammePage {
    std::vector<Programme> items;
    long long next_cursor = 0;  // 0 when there are no more
};

}  // namespace upward::domain
