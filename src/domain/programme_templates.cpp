#include <utility>

#include "domain/programme.hpp"

namespace upward::domain {

namespace {

using Texts = std::vector<std::string>;

// Ground rules every template shares: they restate the principles the product exists to enforce.
Texts CommonGroundRules() {
    return {
        "What is said in a session stays in the pair unless both agree otherwise.",
        "Sessions are blocked time: reschedule rather than cancel, and never skip without notice.",
        "Advice stays within the topics the pair agreed on.",
        "Both people listen first, check their ego at the door and give honest feedback.",
        "Either person may pause or end the pairing without fault.",
    };
}

// A themed template: what it is for, the goals it sets and how its pairs meet and are matched.
ProgrammePatch Themed(std::string purpose, Texts goals, int cadence_days, int session_minutes, MatchingMode mode,
                      int min_grade_gap, Texts topics) {
    ProgrammePatch fields;
    fields.purpose = std::move(purpose);
    fields.goals = std::move(goals);
    fields.ground_rules = CommonGroundRules();
    fields.cadence_days = cadence_days;
    fields.session_minutes = session_minutes;
    fields.matching_mode = mode;
    fields.min_grade_gap = min_grade_gap;
    fields.topics = std::move(topics);
    return fields;
}

std::vector<ProgrammeTemplate> BuildTemplates() {
    const std::string confidentiality =
        "Session notes are private to their author. The programme team sees only aggregates, never what a pair "
        "discussed. A mentee may keep their participation confidential.";
    auto digital_skills = Themed(
        "Junior colleagues help senior leaders get fluent with the tools and technologies that are "
        "changing how the organisation works.",
        {"Every mentee uses at least two new digital tools in their own work by the end of the programme.",
         "Mentees can explain the organisation's main digital channels to their teams."},
        14, 45, MatchingMode::kAssigned, 2,
        {"AI tools", "Social media", "Digital collaboration", "Data and analytics", "Mobile apps",
         "Cyber security habits"});
    auto generational = Themed(
        "Leaders learn how the younger generation sees work, careers and the organisation, and act on "
        "it in hiring, induction and culture.",
        {"Each mentee names one people decision they changed because of what they learned.",
         "Mentors gain confidence speaking with senior leaders."},
        28, 60, MatchingMode::kSelfSelected, 3,
        {"Younger generation's expectations", "Hybrid and flexible work", "Diversity and inclusion", "Career paths",
         "Purpose and sustainability"});
    auto innovation = Themed(
        "Fresh thinking from junior colleagues feeds senior decisions on products, markets and ways "
        "of working.",
        {"Each pair records at least three insights, and at least one is tried in practice."}, 14, 60,
        MatchingMode::kRanked, 2,
        {"New business models", "Customer experience", "Start-up practices", "Emerging technology",
         "Thinking out of the box"});
    innovation.exclude_same_department = true;
    ProgrammePatch blank;
    blank.ground_rules = CommonGroundRules();
    for (auto* fields : {&digital_skills, &generational, &innovation, &blank}) {
        fields->confidentiality_policy = confidentiality;
    }
    return {
        {"digital_skills", "Digital skills", digital_skills},
        {"generational_perspective", "Generational perspective", generational},
        {"innovation", "Innovation", innovation},
        {"blank", "Blank", blank},
    };
}

}  // namespace

const std::vector<ProgrammeTemplate>& ProgrammeTemplates() {
    static const std::vector<ProgrammeTemplate> templates = BuildTemplates();
    return templates;
}

const ProgrammeTemplate* FindProgrammeTemplate(const std::string& key) {
    for (const auto& programme_template : ProgrammeTemplates()) {
        if (programme_template.key == key) return &programme_template;
    }
    return nullptr;
}

}  // namespace upward::domain
