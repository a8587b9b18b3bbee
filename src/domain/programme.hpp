#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace upward::domain {

enum class MatchingMode { kAssigned, kSelfSelected, kRanked };
enum class ProgrammeStatus { kDraft, kActive, kArchived };

/// The words an organisation uses ("reverse coaching", "learner", ...).
struct Terminology {
    std::string mentor = "mentor";
    std::string mentee = "mentee";
    std::string programme = "reverse mentoring";
};

struct Programme {
    long long id = 0;
    std::string name;
    std::string purpose;
    std::vector<std::string> goals;
    std::vector<std::string> ground_rules;
    std::string starts_on;  // YYYY-MM-DD
    std::string ends_on;
    int cadence_days = 14;
    int session_minutes = 45;
    MatchingMode matching_mode = MatchingMode::kAssigned;
    std::optional<long long> max_mentor_grade;
    int min_grade_gap = 2;
    bool exclude_same_department = false;
    std::vector<std::string> topics;
    Terminology terminology;
    int anonymity_k = 5;
    std::string confidentiality_policy;
    /// Last day (YYYY-MM-DD, inclusive, in the programme's dates) on which applications may be submitted or
    /// edited; empty for no deadline.
    std::string application_deadline;
    /// Every participant passes their role's training modules before they are matched.
    bool require_training = false;
    /// A mentor is matched only once screening approved their application.
    bool require_mentor_approval = true;
    ProgrammeStatus status = ProgrammeStatus::kDraft;
    std::string template_key;
    long long created_at = 0;
    long long updated_at = 0;
};

std::string ToString(MatchingMode mode);
std::string ToString(ProgrammeStatus status);
std::optional<MatchingMode> ParseMatchingMode(const std::string& text);
std::optional<ProgrammeStatus> ParseProgrammeStatus(const std::string& text);

/// The API representation, with timestamps as ISO-8601 text.
nlohmann::json ToJson(const Programme& programme);

/// Applies the writable fields of `body` onto `programme`. Unknown fields and fields of the wrong
/// type throw InvalidInput naming the field; so do values that break a rule (see Validate).
void ApplyProgrammeFields(const nlohmann::json& body, Programme& programme);

/// Throws InvalidInput naming the first field that breaks a rule.
void Validate(const Programme& programme);

/// A starting point an admin picks when creating a programme.
struct ProgrammeTemplate {
    std::string key;
    std::string name;
    nlohmann::json fields;  // writable programme fields
};
const std::vector<ProgrammeTemplate>& ProgrammeTemplates();
const ProgrammeTemplate* FindProgrammeTemplate(const std::string& key);

}  // namespace upward::domain
