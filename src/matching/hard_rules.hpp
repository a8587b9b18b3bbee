#pragma once

#include <optional>
#include <string_view>

#include "matching/profile.hpp"
#include "matching/reporting_labels.hpp"

namespace upward::matching {

/// Hard rules a proposed pair must pass.
enum class Rule {
    kGradeGap,
    kMaxMentorGrade,
    kReportingLine,
    kSameDepartment,
    kNoCommonLanguage,
    kMentorNotEligible,
    kMenteeNotEligible,
    kCapacity,
    kForbiddenByAdmin,
};

/// Stable snake_case name, e.g. "grade_gap", shown to admins and stored.
std::string_view RuleName(Rule rule);

/// First hard rule the pair breaks (capacity aside), or nullopt when allowed.
/// O(1): the reporting-line check uses interval labels.
std::optional<Rule> CheckPair(const Participant& mentee, const Participant& mentor, const ProgrammeRules& rules,
                              const ReportingLabels& labels);

}  // namespace upward::matching
