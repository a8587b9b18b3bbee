#pragma once

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

/// A change to a programme's writable fields: each field that is set replaces the programme's. The values are
/// already read (trimmed, within their ranges); the rules across fields are Validate's.
struct ProgrammePatch {
    std::optional<std::string> name;
    std::optional<std::string> purpose;
    std::optional<std::vector<std::string>> goals;
    std::optional<std::vector<std::string>> ground_rules;
    std::optional<std::string> starts_on;
    std::optional<std::string> ends_on;
    std::optional<int> cadence_days;
    std::optional<int> session_minutes;
    std::optional<MatchingMode> matching_mode;
    /// Set to an empty optional to clear the limit.
    std::optional<std::optional<long long>> max_mentor_grade;
    std::optional<int> min_grade_gap;
    std::optional<bool> exclude_same_department;
    std::optional<std::vector<std::string>> topics;
    std::optional<std::string> terminology_mentor;
    std::optional<std::string> terminology_mentee;
    std::optional<std::string> terminology_programme;
    std::optional<int> anonymity_k;
    std::optional<std::string> confidentiality_policy;
    /// Empty clears the deadline.
    std::optional<std::string> application_deadline;
    std::optional<bool> require_training;
    std::optional<bool> require_mentor_approval;
    std::optional<ProgrammeStatus> status;
    /// Empty clears the template.
    std::optional<std::string> template_key;
};

/// Applies the fields `patch` sets onto `programme`, then Validate: InvalidInput names the field that breaks a rule.
void ApplyProgrammePatch(const ProgrammePatch& patch, Programme& programme);

/// Throws InvalidInput naming the first field that breaks a rule.
void Validate(const Programme& programme);

/// A starting point an admin picks when creating a programme.
struct ProgrammeTemplate {
    std::string key;
    std::string name;
    ProgrammePatch fields;  // writable programme fields (the name aside)
};
const std::vector<ProgrammeTemplate>& ProgrammeTemplates();
const ProgrammeTemplate* FindProgrammeTemplate(const std::string& key);

}  // namespace upward::domain
