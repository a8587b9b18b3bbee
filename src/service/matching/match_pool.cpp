#include "service/matching/match_pool.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/weekly_availability.hpp"
#include "service/directory/id_index.hpp"
#include "storage/matching/matching_directory.hpp"

namespace upward::service {

namespace {

constexpr int kMaxLanguages = 64;

std::int32_t Find(const std::unordered_map<std::string, std::int32_t>& positions, const std::string& id) {
    const auto it = positions.find(id);
    return it == positions.end() ? -1 : it->second;
}

std::vector<std::int32_t> Positions(const std::vector<std::string>& ids,
                                    const std::unordered_map<std::string, std::int32_t>& positions) {
    std::vector<std::int32_t> out;
    for (const auto& id : ids) {
        const auto position = Find(positions, id);
        if (position >= 0 && std::find(out.begin(), out.end(), position) == out.end()) out.push_back(position);
    }
    return out;
}

}  // namespace

std::int32_t MatchPool::MenteePosition(const std::string& employee_id) const {
    return Find(mentee_position, employee_id);
}

std::int32_t MatchPool::MentorPosition(const std::string& employee_id) const {
    return Find(mentor_position, employee_id);
}

matching::ProgrammeRules RulesOf(const domain::Programme& programme) {
    matching::ProgrammeRules rules;
    rules.min_grade_gap = programme.min_grade_gap;
    if (programme.max_mentor_grade) rules.max_mentor_grade = static_cast<std::int32_t>(*programme.max_mentor_grade);
    rules.forbid_reporting_line = true;
    rules.forbid_same_department = programme.exclude_same_department;
    return rules;
}

MatchPool BuildPool(const domain::Programme& programme, const std::vector<domain::MatchProfile>& profiles,
                    const storage::DirectoryColumns& directory, const PoolOptions& options) {
    MatchPool pool;
    pool.rules = RulesOf(programme);

    // Employee id -> directory position, and each person's manager as a position.
    const auto id_of = [&directory](int index) -> std::string_view {
        return directory.employee_id[static_cast<std::size_t>(index)];
    };
    IdIndex person_of(id_of, directory.Size());
    for (std::size_t i = 0; i < directory.Size(); ++i) person_of.Insert(directory.employee_id[i], static_cast<int>(i));
    std::vector<std::int32_t> manager(directory.Size(), -1);
    for (std::size_t i = 0; i < directory.Size(); ++i) {
        if (!directory.manager_id[i].empty()) manager[i] = person_of.Find(directory.manager_id[i]);
    }
    auto labels = matching::BuildReportingLabels(manager);
    if (!labels.ok()) throw Conflict("the directory's reporting lines cannot be used for matching: " + labels.error);
    pool.labels = std::move(labels.labels);

    std::unordered_map<std::string, std::int32_t> topic_of;
    for (std::size_t t = 0; t < programme.topics.size(); ++t)
        topic_of.emplace(ToLower(programme.topics[t]), static_cast<std::int32_t>(t));
    std::unordered_map<std::string, int> language_of;
    std::vector<int> zone_offset(directory.time_zone_names.size());
    for (std::size_t z = 0; z < zone_offset.size(); ++z) {
        zone_offset[z] = domain::ReferenceUtcOffsetMinutes(directory.time_zone_names[z]);
    }

    std::vector<const domain::MatchProfile*> mentee_profiles;
    std::vector<const domain::MatchProfile*> mentor_profiles;
    for (const auto& profile : profiles) {
        const bool mentor = profile.side == domain::Side::kMentor;
        const int person = person_of.Find(profile.employee_id);
        if (person < 0) {
            pool.left_out.push_back({profile.employee_id, profile.side, "not_in_directory",
                                     "not an active person in the people directory"});
            continue;
        }
        matching::Participant participant;
        participant.person = person;
        participant.grade = static_cast<std::int32_t>(directory.grade[static_cast<std::size_t>(person)]);
        const int department = directory.department[static_cast<std::size_t>(person)];
        // Without a department nobody shares it: a unique negative id per person.
        participant.department = department >= 0 ? department : -2 - person;
        const int zone = directory.time_zone[static_cast<std::size_t>(person)];
        participant.utc_offset_minutes = zone >= 0 ? zone_offset[static_cast<std::size_t>(zone)] : 0;
        for (const auto& language : profile.languages) {
            auto [it, added] = language_of.try_emplace(ToLower(language), static_cast<int>(language_of.size()));
            if (it->second >= kMaxLanguages) {
                throw Conflict("the programme's profiles name more than 64 languages; matching handles at most 64");
            }
            participant.languages |= std::uint64_t{1} << it->second;
        }
        participant.availability.bits = domain::ToUtcWeek(profile.availability, participant.utc_offset_minutes);
        for (const auto& topic : profile.topics) {
            const auto it = topic_of.find(ToLower(topic.topic));
            // A topic since dropped from the catalogue no longer counts.
            if (it != topic_of.end()) participant.topics.push_back({it->second, topic.value});
        }
        std::sort(participant.topics.begin(), participant.topics.end(),
                  [](const matching::TopicValue& a, const matching::TopicValue& b) { return a.topic < b.topic; });
        participant.topics.erase(std::unique(participant.topics.begin(), participant.topics.end(),
                                             [](const auto& a, const auto& b) { return a.topic == b.topic; }),
                                 participant.topics.end());
        participant.eligible = profile.eligible;
        if (mentor) {
            const auto load = options.mentor_load.find(profile.employee_id);
            participant.capacity = profile.capacity - (load == options.mentor_load.end() ? 0 : load->second);
            if (participant.capacity <= 0) continue;  // fully booked by existing pairs
            pool.mentor_position.emplace(profile.employee_id, static_cast<std::int32_t>(pool.mentors.size()));
            pool.mentors.push_back(std::move(participant));
            pool.mentor_ids.push_back(profile.employee_id);
            mentor_profiles.push_back(&profile);
        } else {
            if (options.busy_mentees.count(profile.employee_id)) continue;  // paired already
            participant.capacity = 1;
            pool.mentee_position.emplace(profile.employee_id, static_cast<std::int32_t>(pool.mentees.size()));
            pool.mentees.push_back(std::move(participant));
            pool.mentee_ids.push_back(profile.employee_id);
            mentee_profiles.push_back(&profile);
        }
    }
    // Preferences and rankings name people on the other side, known only now that both lists exist.
    pool.mentee_ranking.resize(pool.mentees.size());
    pool.mentor_ranking.resize(pool.mentors.size());
    for (std::size_t i = 0; i < pool.mentees.size(); ++i) {
        pool.mentees[i].preferred = Positions(mentee_profiles[i]->preferences, pool.mentor_position);
        pool.mentee_ranking[i] = Positions(mentee_profiles[i]->ranking, pool.mentor_position);
    }
    for (std::size_t j = 0; j < pool.mentors.size(); ++j) {
        pool.mentors[j].preferred = Positions(mentor_profiles[j]->preferences, pool.mentee_position);
        pool.mentor_ranking[j] = Positions(mentor_profiles[j]->ranking, pool.mentee_position);
    }
    return pool;
}

}  // namespace upward::service
