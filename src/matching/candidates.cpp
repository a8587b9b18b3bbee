#include "matching/candidates.hpp"

#include <algorithm>

namespace upward::matching {
namespace {

// Mentors offering a topic, best level first; `level_start[l]` is where level
// 5 - l begins so each level can be read with its own rotation.
struct TopicList {
    std::vector<std::int32_t> mentors;
    std::array<std::int32_t, 6> level_start{};
};

std::vector<TopicList> BuildTopicIndex(const std::vector<Participant>& mentors) {
    std::int32_t topic_count = 0;
    for (const Participant& m : mentors) {
        for (const TopicValue& t : m.topics) topic_count = std::max(topic_count, t.topic + 1);
    }
    std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>> raw(topic_count);
    for (std::int32_t j = 0; j < static_cast<std::int32_t>(mentors.size()); ++j) {
        const Participant& m = mentors[j];
        if (!m.eligible || m.capacity <= 0) continue;
        for (const TopicValue& t : m.topics) {
            if (t.topic >= 0) raw[t.topic].emplace_back(std::clamp(t.value, 1, 5), j);
        }
    }
    std::vector<TopicList> index(topic_count);
    for (std::int32_t t = 0; t < topic_count; ++t) {
        auto& r = raw[t];
        std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        TopicList& list = index[t];
        list.mentors.reserve(r.size());
        std::size_t k = 0;
        for (int level = 5; level >= 1; --level) {
            list.level_start[5 - level] = static_cast<std::int32_t>(list.mentors.size());
            while (k < r.size() && r[k].first == level) list.mentors.push_back(r[k++].second);
        }
        list.level_start[5] = static_cast<std::int32_t>(list.mentors.size());
    }
    return index;
}

// Multiplicative hash so consecutive mentees start at unrelated offsets.
std::uint32_t Rotation(std::int32_t mentee, std::int32_t salt) {
    return (static_cast<std::uint32_t>(mentee) * 2654435761U) ^ (static_cast<std::uint32_t>(salt) * 40503U);
}

}  // namespace

CandidateGraph GenerateCandidates(const std::vector<Participant>& mentees, const std::vector<Participant>& mentors,
                                  const ProgrammeRules& rules, const ScoreWeights& weights,
                                  const ReportingLabels& labels, const CandidateOptions& options,
                                  const PairSet& forbidden) {
    CandidateGraph graph;
    const auto n = static_cast<std::int32_t>(mentees.size());
    const auto m = static_cast<std::int32_t>(mentors.size());
    graph.row_start.assign(static_cast<std::size_t>(n) + 1, 0);
    graph.forbidden_hits.assign(n, 0);
    const std::vector<TopicList> index = BuildTopicIndex(mentors);
    std::vector<std::int32_t> seen_stamp(m, -1);
    struct Scored {
        std::int32_t total;
        std::int32_t mentor;
        ScoreParts parts;
    };
    std::vector<Scored> pool;
    const std::int32_t k = std::max(0, options.per_mentee);

    for (std::int32_t i = 0; i < n; ++i) {
        pool.clear();
        const Participant& mentee = mentees[i];
        if (mentee.eligible) {
            auto consider = [&](std::int32_t j) {
                if (seen_stamp[j] == i) return;
                seen_stamp[j] = i;
                const Participant& mentor = mentors[j];
                if (!mentor.eligible || mentor.capacity <= 0) return;
                if (CheckPair(mentee, mentor, rules, labels)) return;
                if (!forbidden.empty() && forbidden.count(PairKey(i, j))) {
                    ++graph.forbidden_hits[i];
                    return;
                }
                const ScoreParts parts = ScorePair(mentee, i, mentor, j, weights);
                pool.push_back({parts.Total(), j, parts});
            };
            // Stated preferences are always looked at.
            for (const std::int32_t j : mentee.preferred) {
                if (j >= 0 && j < m) consider(j);
            }
            for (const TopicValue& t : mentee.topics) {
                if (t.topic < 0 || t.topic >= static_cast<std::int32_t>(index.size())) continue;
                const TopicList& list = index[t.topic];
                std::int32_t budget = options.per_topic_budget;
                for (int l = 0; l < 5 && budget > 0; ++l) {
                    const std::int32_t begin = list.level_start[l];
                    const std::int32_t size = list.level_start[l + 1] - begin;
                    if (size == 0) continue;
                    const std::int32_t offset =
                        static_cast<std::int32_t>(Rotation(i, t.topic) % static_cast<std::uint32_t>(size));
                    const std::int32_t take = std::min(size, budget);
                    for (std::int32_t q = 0; q < take; ++q) {
                        std::int32_t pos = offset + q;
                        if (pos >= size) pos -= size;
                        consider(list.mentors[begin + pos]);
                    }
                    budget -= take;
                }
            }
            if (static_cast<std::int32_t>(pool.size()) < k && m > 0) {
                const std::int32_t offset = static_cast<std::int32_t>(Rotation(i, -1) % static_cast<std::uint32_t>(m));
                const std::int32_t take = std::min(m, std::max(0, options.fallback_budget));
                // Past the budget keep scanning only while nothing passed, so that an
                // empty list really means no mentor passes the hard rules.
                for (std::int32_t q = 0; q < m && static_cast<std::int32_t>(pool.size()) < k; ++q) {
                    if (q >= take && !pool.empty()) break;
                    consider((offset + q) % m);
                }
            }
        }
        auto better = [](const Scored& a, const Scored& b) {
            return a.total != b.total ? a.total > b.total : a.mentor < b.mentor;
        };
        if (static_cast<std::int32_t>(pool.size()) > k) {
            std::nth_element(pool.begin(), pool.begin() + k, pool.end(), better);
            pool.resize(k);
        }
        std::sort(pool.begin(), pool.end(), better);
        for (const Scored& s : pool) {
            graph.mentor.push_back(s.mentor);
            graph.parts.push_back(s.parts);
        }
        graph.row_start[i + 1] = static_cast<std::int64_t>(graph.mentor.size());
    }
    return graph;
}

}  // namespace upward::matching
