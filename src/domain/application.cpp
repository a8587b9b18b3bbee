#include "domain/application.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

std::string_view ToString(ApplicationStatus status) {
    switch (status) {
        case ApplicationStatus::kSubmitted:
            return "submitted";
        case ApplicationStatus::kApproved:
            return "approved";
        case ApplicationStatus::kWaitListed:
            return "wait_listed";
        case ApplicationStatus::kDeclined:
            return "declined";
        case ApplicationStatus::kWithdrawn:
            return "withdrawn";
    }
    return "submitted";
}

std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view text) {
    if (text == "submitted") return ApplicationStatus::kSubmitted;
    if (text == "approved") return ApplicationStatus::kApproved;
    if (text == "wait_listed") return ApplicationStatus::kWaitListed;
    if (text == "declined") return ApplicationStatus::kDeclined;
    if (text == "withdrawn") return ApplicationStatus::kWithdrawn;
    return std::nullopt;
}

namespace {

void CheckTopic(const ApplicationTopicInput& input, const std::string& field, Side side,
                const std::unordered_map<std::string, const std::string*>& catalogue, std::set<std::string>& seen,
                ApplicationTopic& topic) {
    const auto refuse_other_side = [&](bool present, const char* key) {
        if (present) {
            throw InvalidInput(field + "." + key,
                               std::string("unknown field ") + key + " for a " + std::string(ToString(side)));
        }
    };
    if (side == Side::kMentor) {
        refuse_other_side(input.priority.has_value(), "priority");
    } else {
        refuse_other_side(input.evidence.has_value(), "evidence");
        refuse_other_side(input.level.has_value(), "level");
    }
    const auto name = ToLower(Trim(input.topic));
    const auto found = catalogue.find(name);
    if (found == catalogue.end()) {
        throw InvalidInput(field + ".topic", "'" + input.topic + "' is not one of the programme's topics");
    }
    if (!seen.insert(name).second) throw InvalidInput(field + ".topic", "'" + *found->second + "' is listed twice");
    topic.topic = *found->second;
    const auto scale = [&](const std::optional<int>& value, const char* key) {
        if (!value || *value < 1 || *value > 5) {
            throw InvalidInput(field + "." + key, std::string(key) + " must be a whole number from 1 to 5");
        }
        return *value;
    };
    if (side == Side::kMentee) {
        topic.priority = scale(input.priority, "priority");
        return;
    }
    topic.level = scale(input.level, "level");
    topic.evidence = std::string(Trim(input.evidence.value_or("")));
    if (topic.evidence.empty())
        throw InvalidInput(field + ".evidence", "say in one line why you can teach " + topic.topic);
    if (topic.evidence.size() > kMaxEvidenceLength) {
        throw InvalidInput(field + ".evidence",
                           "evidence must be at most " + std::to_string(kMaxEvidenceLength) + " characters");
    }
    if (topic.evidence.find('\n') != std::string::npos) throw InvalidInput(field + ".evidence", "evidence is one line");
}

std::vector<ApplicationTopic> CheckTopics(const std::vector<ApplicationTopicInput>& inputs, Side side,
                                          const Programme& programme) {
    if (inputs.empty()) {
        throw InvalidInput("topics", side == Side::kMentor ? "name at least one topic you can teach"
                                                           : "name at least one topic you want to learn");
    }
    if (inputs.size() > kMaxApplicationTopics) {
        throw InvalidInput("topics", "at most " + std::to_string(kMaxApplicationTopics) + " topics");
    }
    std::unordered_map<std::string, const std::string*> catalogue;
    for (const auto& topic : programme.topics) catalogue.emplace(ToLower(topic), &topic);
    std::set<std::string> seen;
    std::vector<ApplicationTopic> topics(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        CheckTopic(inputs[i], "topics[" + std::to_string(i) + "]", side, catalogue, seen, topics[i]);
    }
    return topics;
}

std::vector<std::string> CheckLanguages(const std::vector<std::string>& inputs) {
    std::set<std::string> languages;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        auto code = ToLower(Trim(inputs[i]));
        if (!IsLanguageCode(code)) {
            throw InvalidInput("languages[" + std::to_string(i) + "]",
                               "'" + code + "' is not a language code such as en or pt-BR");
        }
        languages.insert(std::move(code));
    }
    if (languages.empty()) throw InvalidInput("languages", "name at least one language you can hold sessions in");
    return {languages.begin(), languages.end()};
}

std::string CheckText(const std::string& input, const char* field, std::size_t max_length) {
    auto text = std::string(Trim(input));
    if (text.size() > max_length) {
        throw InvalidInput(field,
                           std::string(field) + " must be at most " + std::to_string(max_length) + " characters");
    }
    return text;
}

}  // namespace

ApplicationAnswers CheckApplicationAnswers(const ApplicationAnswersInput& input, Side side,
                                           const Programme& programme) {
    ApplicationAnswers answers;
    answers.topics = CheckTopics(input.topics, side, programme);
    answers.languages = CheckLanguages(input.languages);
    if (input.availability.empty()) {
        throw InvalidInput("availability", "give at least one weekly slot when you could meet");
    }
    if (input.availability.size() > kMaxApplicationSlots) {
        throw InvalidInput("availability", "at most " + std::to_string(kMaxApplicationSlots) + " slots");
    }
    answers.availability = input.availability;
    std::sort(answers.availability.begin(), answers.availability.end(),
              [](const AvailabilitySlot& a, const AvailabilitySlot& b) {
                  return a.day != b.day ? a.day < b.day : a.start < b.start;
              });
    answers.motivation = CheckText(input.motivation, "motivation", kMaxMotivationLength);
    if (answers.motivation.empty()) throw InvalidInput("motivation", "say in a few words why you want to take part");
    answers.goals = CheckText(input.goals, "goals", kMaxGoalsLength);
    return answers;
}

int MatchPriority(int priority) { return std::clamp((3 * priority + 4) / 5, 1, 3); }

MatchProfile ToMatchProfile(const Application& application) {
    MatchProfile profile;
    profile.employee_id = application.employee_id;
    profile.side = application.side;
    profile.languages = application.answers.languages;
    for (const auto& topic : application.answers.topics) {
        const int value = application.side == Side::kMentor ? topic.level : MatchPriority(topic.priority);
        profile.topics.push_back({topic.topic, value});
    }
    profile.availability = application.answers.availability;
    profile.capacity = 1;
    profile.eligible = false;
    return profile;
}

std::string ApplicantIneligibility(const Person& person, Side side, const Programme& programme,
                                   std::optional<long long> lowest_active_grade) {
    if (!person.active || person.left) {
        return "employee " + person.employee_id + " is not active in the people directory";
    }
    if (side == Side::kMentor) {
        if (programme.max_mentor_grade && person.grade > *programme.max_mentor_grade) {
            return "mentors in this programme are at most grade " + std::to_string(*programme.max_mentor_grade) +
                   "; your grade is " + std::to_string(person.grade);
        }
        return {};
    }
    if (lowest_active_grade) {
        const long long needed = *lowest_active_grade + programme.min_grade_gap;
        if (person.grade < needed) {
            return "mentees in this programme are at least grade " + std::to_string(needed) +
                   " (the lowest grade plus the programme's gap of " + std::to_string(programme.min_grade_gap) +
                   "), so that someone junior enough can mentor them; your grade is " + std::to_string(person.grade);
        }
    }
    return {};
}

bool ApplicationsOpen(const Programme& programme, const std::string& today) {
    return programme.application_deadline.empty() || today <= programme.application_deadline;
}

}  // namespace upward::domain
