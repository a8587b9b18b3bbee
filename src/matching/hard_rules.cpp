#include "matching/hard_rules.hpp"

namespace upward::matching {

std::string_view RuleName(Rule rule) {
    switch (rule) {
        case Rule::kGradeGap:
            return "grade_gap";
        case Rule::kMaxMentorGrade:
            return "max_mentor_grade";
        case Rule::kReportingLine:
            return "reporting_line";
        case Rule::kSameDepartment:
            return "same_department";
        case Rule::kNoCommonLanguage:
            return "no_common_language";
        case Rule::kMentorNotEligible:
            return "mentor_not_eligible";
        case Rule::kMenteeNotEligible:
            return "mentee_not_eligible";
        case Rule::kCapacity:
            return "capacity";
        case Rule::kForbiddenByAdmin:
            return "forbidden_by_admin";
    }
    return "unknown";
}

std::optional<Rule> CheckPair(const Participant& mentee, const Participant& mentor, const ProgrammeRules& rules,
                              const ReportingLabels& labels) {
    if (!mentee.eligible) return Rule::kMenteeNotEligible;
    if (!mentor.eligible) return Rule::kMentorNotEligible;
    if (mentor.grade > mentee.grade - rules.min_grade_gap) return Rule::kGradeGap;
    if (rules.max_mentor_grade && mentor.grade > *rules.max_mentor_grade) return Rule::kMaxMentorGrade;
    if (rules.forbid_same_department && mentor.department == mentee.department) return Rule::kSameDepartment;
    if ((mentor.languages & mentee.languages) == 0) return Rule::kNoCommonLanguage;
    if (rules.forbid_reporting_line && labels.SameLine(mentee.person, mentor.person)) return Rule::kReportingLine;
    return std::nullopt;
}

}  // namespace upward::matching
