#include "domain/programme.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

using nlohmann::json;

std::string ToString(MatchingMode mode) {
    switch (mode) {
        case MatchingMode::kAssigned:
            return "assigned";
        case MatchingMode::kSelfSelected:
            return "self_selected";
        case MatchingMode::kRanked:
            return "ranked";
    }
    return "assigned";
}

std::string ToString(ProgrammeStatus status) {
    switch (status) {
        case ProgrammeStatus::kDraft:
            return "draft";
        case ProgrammeStatus::kActive:
            return "active";
        case ProgrammeStatus::kArchived:
            return "archived";
    }
    return "draft";
}

std::optional<MatchingMode> ParseMatchingMode(const std::string& text) {
    if (text == "assigned") return MatchingMode::kAssigned;
    if (text == "self_selected") return MatchingMode::kSelfSelected;
    if (text == "ranked") return MatchingMode::kRanked;
    return std::nullopt;
}

std::optional<ProgrammeStatus> ParseProgrammeStatus(const std::string& text) {
    if (text == "draft") return ProgrammeStatus::kDraft;
    if (text == "active") return ProgrammeStatus::kActive;
    if (text == "archived") return ProgrammeStatus::kArchived;
    return std::nullopt;
}

json ToJson(const Programme& programme) {
    return json{
        {"id", programme.id},
        {"name", programme.name},
        {"purpose", programme.purpose},
        {"goals", programme.goals},
        {"ground_rules", programme.ground_rules},
        {"starts_on", programme.starts_on},
        {"ends_on", programme.ends_on},
        {"cadence_days", programme.cadence_days},
        {"session_minutes", programme.session_minutes},
        {"matching_mode", ToString(programme.matching_mode)},
        {"max_mentor_grade", programme.max_mentor_grade ? json(*programme.max_mentor_grade) : json(nullptr)},
        {"min_grade_gap", programme.min_grade_gap},
        {"exclude_same_department", programme.exclude_same_department},
        {"topics", programme.topics},
        {"terminology",
         {{"mentor", programme.terminology.mentor},
          {"mentee", programme.terminology.mentee},
          {"programme", programme.terminology.programme}}},
        {"anonymity_k", programme.anonymity_k},
        {"confidentiality_policy", programme.confidentiality_policy},
        {"application_deadline",
         programme.application_deadline.empty() ? json(nullptr) : json(programme.application_deadline)},
        {"require_training", programme.require_training},
        {"require_mentor_approval", programme.require_mentor_approval},
        {"status", ToString(programme.status)},
        {"template", programme.template_key.empty() ? json(nullptr) : json(programme.template_key)},
        {"created_at", FormatTimestamp(programme.created_at)},
        {"updated_at", FormatTimestamp(programme.updated_at)},
    };
}

namespace {

std::string TextField(const json& value, const std::string& field, size_t max_length) {
    if (!value.is_string()) throw InvalidInput(field, field + " must be a string");
    auto text = std::string(Trim(value.get<std::string>()));
    if (text.size() > max_length) {
        throw InvalidInput(field, field + " must be at most " + std::to_string(max_length) + " characters");
    }
    return text;
}

int IntegerField(const json& value, const std::string& field, long long low, long long high) {
    if (!value.is_number_integer()) throw InvalidInput(field, field + " must be an integer");
    const auto number = value.get<long long>();
    if (number < low || number > high) {
        throw InvalidInput(field, field + " must be between " + std::to_string(low) + " and " + std::to_string(high));
    }
    return static_cast<int>(number);
}

bool BooleanField(const json& value, const std::string& field) {
    if (!value.is_boolean()) throw InvalidInput(field, field + " must be true or false");
    return value.get<bool>();
}

std::vector<std::string> TextListField(const json& value, const std::string& field) {
    if (!value.is_array()) throw InvalidInput(field, field + " must be an array of strings");
    if (value.size() > 200) throw InvalidInput(field, field + " may hold at most 200 items");
    std::vector<std::string> items;
    for (size_t i = 0; i < value.size(); ++i) {
        auto item = TextField(value[i], field + "[" + std::to_string(i) + "]", 2000);
        if (!item.empty()) items.push_back(std::move(item));
    }
    return items;
}

void ApplyTerminology(const json& value, Terminology& terminology) {
    if (!value.is_object()) throw InvalidInput("terminology", "terminology must be an object");
    for (const auto& [key, word] : value.items()) {
        const auto field = "terminology." + key;
        std::string* target = key == "mentor"      ? &terminology.mentor
                              : key == "mentee"    ? &terminology.mentee
                              : key == "programme" ? &terminology.programme
                                                   : nullptr;
        if (target == nullptr) throw InvalidInput(field, "unknown field " + field);
        auto text = TextField(word, field, 60);
        if (text.empty()) throw InvalidInput(field, field + " must not be empty");
        *target = std::move(text);
    }
}

}  // namespace

void ApplyProgrammeFields(const json& body, Programme& programme) {
    if (!body.is_object()) throw InvalidInput("body", "the request body must be a JSON object");
    for (const auto& [key, value] : body.items()) {
        if (key == "name")
            programme.name = TextField(value, key, 200);
        else if (key == "purpose")
            programme.purpose = TextField(value, key, 4000);
        else if (key == "goals")
            programme.goals = TextListField(value, key);
        else if (key == "ground_rules")
            programme.ground_rules = TextListField(value, key);
        else if (key == "starts_on")
            programme.starts_on = TextField(value, key, 10);
        else if (key == "ends_on")
            programme.ends_on = TextField(value, key, 10);
        else if (key == "cadence_days")
            programme.cadence_days = IntegerField(value, key, 1, 92);
        else if (key == "session_minutes")
            programme.session_minutes = IntegerField(value, key, 15, 240);
        else if (key == "matching_mode") {
            const auto mode = value.is_string() ? ParseMatchingMode(value.get<std::string>()) : std::nullopt;
            if (!mode) throw InvalidInput(key, "matching_mode must be one of assigned, self_selected, ranked");
            programme.matching_mode = *mode;
        } else if (key == "max_mentor_grade") {
            if (value.is_null())
                programme.max_mentor_grade.reset();
            else
                programme.max_mentor_grade = IntegerField(value, key, 0, 1000);
        } else if (key == "min_grade_gap")
            programme.min_grade_gap = IntegerField(value, key, 0, 100);
        else if (key == "exclude_same_department") {
            if (!value.is_boolean()) throw InvalidInput(key, "exclude_same_department must be true or false");
            programme.exclude_same_department = value.get<bool>();
        } else if (key == "topics")
            programme.topics = TextListField(value, key);
        else if (key == "terminology")
            ApplyTerminology(value, programme.terminology);
        else if (key == "anonymity_k")
            programme.anonymity_k = IntegerField(value, key, 2, 1000);
        else if (key == "confidentiality_policy")
            programme.confidentiality_policy = TextField(value, key, 8000);
        else if (key == "application_deadline") {
            if (value.is_null())
                programme.application_deadline.clear();
            else
                programme.application_deadline = TextField(value, key, 10);
        } else if (key == "require_training")
            programme.require_training = BooleanField(value, key);
        else if (key == "require_mentor_approval")
            programme.require_mentor_approval = BooleanField(value, key);
        else if (key == "status") {
            const auto status = value.is_string() ? ParseProgrammeStatus(value.get<std::string>()) : std::nullopt;
            if (!status) throw InvalidInput(key, "status must be one of draft, active, archived");
            programme.status = *status;
        } else if (key == "template") {
            if (value.is_null())
                programme.template_key.clear();
            else
                programme.template_key = TextField(value, key, 60);
        } else {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    Validate(programme);
}

void Validate(const Programme& programme) {
    if (programme.name.empty()) throw InvalidInput("name", "name is required");
    if (!programme.starts_on.empty() && !IsIsoDate(programme.starts_on)) {
        throw InvalidInput("starts_on", "starts_on must be a date written YYYY-MM-DD");
    }
    if (!programme.ends_on.empty() && !IsIsoDate(programme.ends_on)) {
        throw InvalidInput("ends_on", "ends_on must be a date written YYYY-MM-DD");
    }
    if (!programme.starts_on.empty() && !programme.ends_on.empty() && programme.ends_on < programme.starts_on) {
        throw InvalidInput("ends_on", "ends_on must not be before starts_on");
    }
    if (!programme.application_deadline.empty()) {
        if (!IsIsoDate(programme.application_deadline)) {
            throw InvalidInput("application_deadline", "application_deadline must be a date written YYYY-MM-DD");
        }
        // Applications close before the programme ends; matching and sessions need the time after it.
        if (!programme.ends_on.empty() && programme.application_deadline > programme.ends_on) {
            throw InvalidInput("application_deadline", "application_deadline must not be after ends_on");
        }
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < programme.topics.size(); ++i) {
        if (!seen.insert(ToLower(programme.topics[i])).second) {
            throw InvalidInput("topics[" + std::to_string(i) + "]",
                               "topic '" + programme.topics[i] + "' is listed twice");
        }
    }
    if (!programme.template_key.empty() && FindProgrammeTemplate(programme.template_key) == nullptr) {
        throw InvalidInput("template", "unknown template " + programme.template_key);
    }
}

}  // namespace upward::domain
