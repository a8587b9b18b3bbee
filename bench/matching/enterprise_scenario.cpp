#include "enterprise_scenario.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "matching/assigned_mode.hpp"
#include "matching/reporting_labels.hpp"

namespace upward::matching::bench {
namespace {

constexpr std::int32_t kPeople = 300000;
constexpr std::int32_t kMentees = 10000;
constexpr std::int32_t kMentors = 50000;
constexpr int kTopics = 30;
constexpr int kTopGrade = 16;

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

void RunEnterpriseScenario() {
    std::mt19937_64 rng(300000);
    // Grade pyramid: each manager has 3-9 reports one or two grades below, so
    // most people sit in the junior grades and reporting chains are ~8 deep.
    std::vector<std::int32_t> manager(kPeople, -1);
    std::vector<std::int32_t> grade(kPeople, kTopGrade);
    std::vector<std::int32_t> department(kPeople, 0);
    std::int32_t next = 1;
    for (std::int32_t p = 0; p < kPeople && next < kPeople; ++p) {
        const int reports = std::uniform_int_distribution<int>(3, 9)(rng);
        for (int r = 0; r < reports && next < kPeople; ++r, ++next) {
            manager[next] = p;
            grade[next] = std::max(1, grade[p] - std::uniform_int_distribution<int>(1, 2)(rng));
            department[next] = p == 0 ? r : department[p];
        }
    }
    std::vector<double> popularity(kTopics);
    for (int t = 0; t < kTopics; ++t) popularity[t] = 1.0 / std::pow(t + 1.0, 1.0);
    std::discrete_distribution<int> topic(popularity.begin(), popularity.end());
    auto make = [&](std::int32_t person, bool mentor) {
        Participant x;
        x.person = person;
        x.grade = grade[person];
        x.department = department[person];
        const int zone =
            std::uniform_int_distribution<int>(0, 9)(rng) < 6 ? 0 : std::uniform_int_distribution<int>(-8, 9)(rng);
        x.utc_offset_minutes = zone * 60;
        x.languages =
            1 | (std::bernoulli_distribution(0.3)(rng) ? 2U : 0U) | (std::bernoulli_distribution(0.1)(rng) ? 4U : 0U);
        // A few one-hour slots in local working hours, converted to UTC.
        for (int k = 0; k < 6; ++k) {
            const int day = std::uniform_int_distribution<int>(0, 4)(rng);
            const int hour = std::uniform_int_distribution<int>(9, 17)(rng);
            x.availability.Set(((day * 24 + hour - zone) % 168 + 168) % 168);
        }
        const int count = std::uniform_int_distribution<int>(mentor ? 2 : 1, mentor ? 5 : 3)(rng);
        for (int k = 0; k < count; ++k) {
            const int t = topic(rng);
            if (std::none_of(x.topics.begin(), x.topics.end(), [&](const TopicValue& v) { return v.topic == t; })) {
                x.topics.push_back({t, mentor ? std::uniform_int_distribution<int>(1, 5)(rng)
                                              : std::uniform_int_distribution<int>(1, 3)(rng)});
            }
        }
        std::sort(x.topics.begin(), x.topics.end(),
                  [](const TopicValue& a, const TopicValue& b) { return a.topic < b.topic; });
        x.capacity = mentor ? (std::bernoulli_distribution(0.2)(rng) ? 2 : 1) : 1;
        x.eligible = std::bernoulli_distribution(0.95)(rng);
        return x;
    };
    // Mentees from senior grades, mentors from junior grades.
    std::vector<std::int32_t> seniors;
    std::vector<std::int32_t> juniors;
    for (std::int32_t p = 0; p < kPeople; ++p) (grade[p] >= 9 ? seniors : juniors).push_back(p);
    std::shuffle(seniors.begin(), seniors.end(), rng);
    std::shuffle(juniors.begin(), juniors.end(), rng);
    std::vector<Participant> mentees;
    std::vector<Participant> mentors;
    for (std::int32_t i = 0; i < kMentees && i < static_cast<std::int32_t>(seniors.size()); ++i)
        mentees.push_back(make(seniors[i], false));
    for (std::int32_t j = 0; j < kMentors && j < static_cast<std::int32_t>(juniors.size()); ++j)
        mentors.push_back(make(juniors[j], true));

    const auto start = std::chrono::steady_clock::now();
    const auto labels = BuildReportingLabels(manager);
    const double labels_s = Seconds(start);
    AssignOptions options;
    const AssignOutcome out = AssignPool(mentees, mentors, labels.labels, options);
    const double total_s = Seconds(start);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nEnterprise scenario: %d people (%zu seniors), %zu mentees, %zu mentors\n", kPeople, seniors.size(),
                mentees.size(), mentors.size());
    std::printf("  labels %.3f s, end to end (labels, rules, candidates, scores, assignment) %.3f s\n", labels_s,
                total_s);
    std::printf("  pairs %zu, unmatched mentees %zu, mean score %.2f, peak RSS %.0f MiB%s\n", out.pairs.size(),
                out.unmatched_mentees.size(),
                out.pairs.empty() ? 0.0 : static_cast<double>(out.total_score) / 1000.0 / out.pairs.size(),
                usage.ru_maxrss / 1024.0, out.ok() ? "" : (" ERROR " + out.error).c_str());
}

}  // namespace upward::matching::bench
