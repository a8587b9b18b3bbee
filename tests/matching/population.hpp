#pragma once

// Random populations for property tests: a manager forest (optionally with
// very deep chains), grades that fall down the tree, topics, languages,
// availability and preferences. Fixed seeds keep every run identical.

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "matching/profile.hpp"

namespace upward::matching::testing {

struct Population {
    std::vector<std::int32_t> manager;
    std::vector<std::int32_t> grade;
    std::vector<Participant> mentees;
    std::vector<Participant> mentors;
};

inline Population RandomPopulation(std::mt19937_64& rng, std::int32_t people, std::int32_t mentees,
                                   std::int32_t mentors, bool deep_chain) {
    Population pop;
    pop.manager.assign(people, -1);
    pop.grade.assign(people, 10);
    for (std::int32_t p = 1; p < people; ++p) {
        pop.manager[p] = deep_chain ? p - 1 : std::uniform_int_distribution<std::int32_t>(0, p - 1)(rng);
        pop.grade[p] = std::max(1, pop.grade[pop.manager[p]] - std::uniform_int_distribution<int>(0, 2)(rng));
    }
    std::vector<std::int32_t> order(people);
    for (std::int32_t p = 0; p < people; ++p) order[p] = p;
    std::shuffle(order.begin(), order.end(), rng);
    auto make = [&](std::int32_t person, bool mentor) {
        Participant x;
        x.person = person;
        x.grade = pop.grade[person];
        x.department = std::uniform_int_distribution<int>(0, 3)(rng);
        x.utc_offset_minutes = 60 * std::uniform_int_distribution<int>(-8, 9)(rng);
        x.languages = std::uniform_int_distribution<std::uint64_t>(1, 7)(rng);
        for (int h = 0; h < 168; ++h) {
            if (std::bernoulli_distribution(0.15)(rng)) x.availability.Set(h);
        }
        for (int t = 0; t < 8; ++t) {
            if (std::bernoulli_distribution(0.3)(rng)) {
                x.topics.push_back({t, mentor ? std::uniform_int_distribution<int>(1, 5)(rng)
                                              : std::uniform_int_distribution<int>(1, 3)(rng)});
            }
        }
        x.capacity = mentor ? std::uniform_int_distribution<int>(0, 2)(rng) : 1;
        x.eligible = std::bernoulli_distribution(0.9)(rng);
        return x;
    };
    std::int32_t next = 0;
    for (std::int32_t i = 0; i < mentees && next < people; ++i) pop.mentees.push_back(make(order[next++], false));
    for (std::int32_t j = 0; j < mentors && next < people; ++j) pop.mentors.push_back(make(order[next++], true));
    for (auto& e : pop.mentees) {
        if (!pop.mentors.empty() && std::bernoulli_distribution(0.3)(rng)) {
            e.preferred.push_back(
                std::uniform_int_distribution<std::int32_t>(0, static_cast<std::int32_t>(pop.mentors.size()) - 1)(rng));
        }
    }
    for (auto& r : pop.mentors) {
        if (!pop.mentees.empty() && std::bernoulli_distribution(0.3)(rng)) {
            r.preferred.push_back(
                std::uniform_int_distribution<std::int32_t>(0, static_cast<std::int32_t>(pop.mentees.size()) - 1)(rng));
        }
    }
    return pop;
}

}  // namespace upward::matching::testing
