#include "domain/application.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

using nlohmann::json;

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

// `body[key]` as trimmed text, empty when absent; errors name `field`.
std::string Text(const json& body, const std::string& key, const std::string& field, std::size_t max_length) {
    if (!body.contains(key) || body[key].is_null()) return {};
    if (!body[key].is_string()) throw InvalidInput(field, key + " must be a string");
    auto text = std::string(Trim(body[key].get<std::string>()));
    if (text.size() > max_length) {
        throw InvalidInput(field, field + " must be at most " + std::to_string(max_length) + " characters");
    }
    return text;
}

int Scale(const json& topic, const std::string& key, const std::string& field) {
    const auto& value = topic.contains(key) ? topic[key] : json();
    if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > 5) {
        throw InvalidInput(field, key + " must be a whole number from 1 to 5");
    }
    return value.get<int>();
}

std::vector<ApplicationTopic> ParseTopics(const json& body, Side side, const Programme& programme) {
    if (!body.contains("topics") || !body["topics"].is_array()) {
        throw InvalidInput("topics", "topics must be a list");
    }
    const auto& items = body["topics"];
    if (items.empty()) {
        throw InvalidInput("topics", side == Side::kMentor ? "name at least one topic you can teach"
                                                           : "name at least one topic you want to learn");
    }
    if (items.size() > kMaxApplicationTopics) {
        throw InvalidInput("topics", "at most " + std::to_string(kMaxApplicationTopics) + " topics");
    }
    std::unordered_map<std::string, const std::string*> catalogue;
    for (const auto& topic : programme.topics) catalogue.emplace(ToLower(topic), &topic);
    std::set<std::string> seen;
    std::vector<ApplicationTopic> topics;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto field = "topics[" + std::to_string(i) + "]";
        const auto& item = items[i];
        if (!item.is_object()) throw InvalidInput(field, "a topic is an object");
        for (const auto& [key, value] : item.items()) {
            const bool known = key == "topic" || (side == Side::kMentor && (key == "level" || key == "evidence")) ||
                               (side == Side::kMentee && key == "priority");
            if (!known)
                throw InvalidInput(field + "." + key, "unknown field " + key + " for a " + std::string(ToString(side)));
        }
        if (!item.contains("topic") || !item["topic"].is_string()) {
            throw InvalidInput(field + ".topic", "topic must be a string");
        }
        const auto name = ToLower(Trim(item["topic"].get<std::string>()));
        const auto found = catalogue.find(name);
        if (found == catalogue.end()) {
            throw InvalidInput(field + ".topic",
                               "'" + item["topic"].get<std::string>() + "' is not one of the programme's topics");
        }
        if (!seen.insert(name).second) throw InvalidInput(field + ".topic", "'" + *found->second + "' is listed twice");
        ApplicationTopic topic;
        topic.topic = *found->second;
        if (side == Side::kMentor) {
            topic.level = Scale(item, "level", field + ".level");
            topic.evidence = Text(item, "evidence", field + ".evidence", kMaxEvidenceLength);
            if (topic.evidence.empty()) {
                throw InvalidInput(field + ".evidence", "say in one line why you can teach " + topic.topic);
            }
            if (topic.evidence.find('\n') != std::string::npos) {
                throw InvalidInput(field + ".evidence", "evidence is one line");
            }
        } else {
            topic.priority = Scale(item, "priority", field + ".priority");
        }
        topics.push_back(std::move(topic));
    }
    return topics;
}

std::vector<std::string> ParseLanguages(const json& body) {
    if (!body.contains("languages") || !body["languages"].is_array()) {
        throw InvalidInput("languages", "languages must be a list of codes such as \"en\"");
    }
    std::set<std::string> languages;
    const auto& items = body["languages"];
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto field = "languages[" + std::to_string(i) + "]";
        if (!items[i].is_string()) throw InvalidInput(field, "a language is a code such as \"en\"");
        auto code = ToLower(Trim(items[i].get<std::string>()));
        if (!IsLanguageCode(code))
            throw InvalidInput(field, "'" + code + "' is not a language code such as en or pt-BR");
        languages.insert(std::move(code));
    }
    if (languages.empty()) throw InvalidInput("languages", "name at least one language you can hold sessions in");
    return {languages.begin(), languages.end()};
}

std::vector<AvailabilitySlot> ParseAvailability(const json& body) {
    if (!body.contains("availability") || !body["availability"].is_array()) {
        throw InvalidInput("availability", "availability must be a list of weekly slots");
    }
    const auto& items = body["availability"];
    if (items.size() > kMaxApplicationSlots) {
        throw InvalidInput("availability", "at most " + std::to_string(kMaxApplicationSlots) + " slots");
    }
    std::vector<AvailabilitySlot> slots;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto field = "availability[" + std::to_string(i) + "]";
        const auto& slot = items[i];
        if (!slot.is_object() || !slot.value("day", json()).is_string() || !slot.value("start", json()).is_string() ||
            !slot.value("end", json()).is_string()) {
            throw InvalidInput(field, "a slot is {\"day\": \"mon\", \"start\": \"09:00\", \"end\": \"11:00\"}");
        }
        AvailabilitySlot parsed;
        const auto problem = ParseSlot(slot["day"].get<std::string>(), slot["start"].get<std::string>(),
                                       slot["end"].get<std::string>(), parsed);
        if (!problem.empty()) throw InvalidInput(field, problem);
        slots.push_back(parsed);
    }
    if (slots.empty()) throw InvalidInput("availability", "give at least one weekly slot when you could meet");
    std::sort(slots.begin(), slots.end(), [](const AvailabilitySlot& a, const AvailabilitySlot& b) {
        return a.day != b.day ? a.day < b.day : a.start < b.start;
    });
    return slots;
}

}  // namespace

ApplicationAnswers ParseApplicationAnswers(const json& body, Side side, const Programme& programme) {
    if (!body.is_object()) throw InvalidInput("body", "the request body must be a JSON object");
    for (const auto& [key, value] : body.items()) {
        if (key != "side" && key != "topics" && key != "languages" && key != "availability" && key != "motivation" &&
            key != "goals") {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    ApplicationAnswers answers;
    answers.topics = ParseTopics(body, side, programme);
    answers.languages = ParseLanguages(body);
    answers.availability = ParseAvailability(body);
    answers.motivation = Text(body, "motivation", "motivation", kMaxMotivationLength);
    if (answers.motivation.empty()) throw InvalidInput("motivation", "say in a few words why you want to take part");
    answers.goals = Text(body, "goals", "goals", kMaxGoalsLength);
    return answers;
}

json TopicsToJson(const std::vector<ApplicationTopic>& topics, Side side) {
    json items = json::array();
    for (const auto& topic : topics) {
        if (side == Side::kMentor) {
            items.push_back({{"topic", topic.topic}, {"level", topic.level}, {"evidence", topic.evidence}});
        } else {
            items.push_back({{"topic", topic.topic}, {"priority", topic.priority}});
        }
    }
    return items;
}

std::vector<ApplicationTopic> TopicsFromJson(const std::string& text) {
    std::vector<ApplicationTopic> topics;
    const auto items = json::parse(text, nullptr, false);
    if (!items.is_array()) return topics;
    for (const auto& item : items) {
        if (!item.is_object()) continue;
        ApplicationTopic topic;
        topic.topic = item.value("topic", "");
        topic.level = item.value("level", 0);
        topic.evidence = item.value("evidence", "");
        topic.priority = item.value("priority", 0);
        topics.push_back(std::move(topic));
    }
    return topics;
}

json AvailabilityToJson(const std::vector<AvailabilitySlot>& slots) {
    json items = json::array();
    for (const auto& slot : slots) {
        items.push_back(
            {{"day", DayName(slot.day)}, {"start", FormatClock(slot.start)}, {"end", FormatClock(slot.end)}});
    }
    return items;
}

json ToJson(const Application& application) {
    const auto optional_time = [](const std::optional<long long>& at) {
        return at ? json(FormatTimestamp(*at)) : json(nullptr);
    };
    auto screening = json::parse(application.screening_answers, nullptr, false);
    if (screening.is_discarded()) screening = json::array();
    return json{
        {"id", application.id},
        {"programme_id", application.programme_id},
        {"employee_id", application.employee_id},
        {"user_id", application.user_id},
        {"side", ToString(application.side)},
        {"status", ToString(application.status)},
        {"topics", TopicsToJson(application.answers.topics, application.side)},
        {"languages", application.answers.languages},
        {"availability", AvailabilityToJson(application.answers.availability)},
        {"motivation", application.answers.motivation},
        {"goals", application.answers.goals},
        {"screening_answers", screening},
        {"decision_reason", application.decision_reason.empty() ? json(nullptr) : json(application.decision_reason)},
        {"decided_at", optional_time(application.decided_at)},
        {"submitted_at", FormatTimestamp(application.submitted_at)},
        {"updated_at", FormatTimestamp(application.updated_at)},
    };
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
