#include "domain/programme.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

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

namespace {

template <typename T>
void Set(const std::optional<T>& value, T& target) {
    if (value) target = *value;
}

}  // namespace

void ApplyProgrammePatch(const ProgrammePatch& patch, Programme& programme) {
    Set(patch.name, programme.name);
    Set(patch.purpose, programme.purpose);
    Set(patch.goals, programme.goals);
    Set(patch.ground_rules, programme.ground_rules);
    Set(patch.starts_on, programme.starts_on);
    Set(patch.ends_on, programme.ends_on);
    Set(patch.cadence_days, programme.cadence_days);
    Set(patch.session_minutes, programme.session_minutes);
    Set(patch.matching_mode, programme.matching_mode);
    Set(patch.max_mentor_grade, programme.max_mentor_grade);
    Set(patch.min_grade_gap, programme.min_grade_gap);
    Set(patch.exclude_same_department, programme.exclude_same_department);
    Set(patch.topics, programme.topics);
    Set(patch.terminology_mentor, programme.terminology.mentor);
    Set(patch.terminology_mentee, programme.terminology.mentee);
    Set(patch.terminology_programme, programme.terminology.programme);
    Set(patch.anonymity_k, programme.anonymity_k);
    Set(patch.confidentiality_policy, programme.confidentiality_policy);
    Set(patch.application_deadline, programme.application_deadline);
    Set(patch.require_training, programme.require_training);
    Set(patch.require_mentor_approval, programme.require_mentor_approval);
    Set(patch.status, programme.status);
    Set(patch.template_key, programme.template_key);
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
