#include "domain/programme.hpp"

namespace upward::domain {

namespace {

// Ground rules every template shares: they restate the principles the product exists to enforce.
nlohmann::json CommonGroundRules() {
    return {
        "What is said in a session stays in the pair unless both agree otherwise.",
        "Sessions are blocked time: reschedule rather than cancel, and never skip without notice.",
        "Advice stays within the topics the pair agreed on.",
        "Both people listen first, check their ego at the door and give honest feedback.",
        "Either person may pause or end the pairing without fault.",
    };
}

std::vector<ProgrammeTemplate> BuildTemplates() {
    const std::string confidentiality =
        "Session notes are private to their author. The programme team sees only aggregates, never what a pair "
        "discussed. A mentee may keep their participation confidential.";
    return {
        {"digital_skills",
         "Digital skills",
         {{"purpose",
           "Junior colleagues help senior leaders get fluent with the tools and technologies that are "
           "changing how the organisation works."},
          {"goals",
           {"Every mentee uses at least two new digital tools in their own work by the end of the programme.",
            "Mentees can explain the organisation's main digital channels to their teams."}},
          {"ground_rules", CommonGroundRules()},
          {"cadence_days", 14},
          {"session_minutes", 45},
          {"matching_mode", "assigned"},
          {"min_grade_gap", 2},
          {"topics",
           {"AI tools", "Social media", "Digital collaboration", "Data and analytics", "Mobile apps",
            "Cyber security habits"}},
          {"confidentiality_policy", confidentiality}}},
        {"generational_perspective",
         "Generational perspective",
         {{"purpose",
           "Leaders learn how the younger generation sees work, careers and the organisation, and act on "
           "it in hiring, induction and culture."},
          {"goals",
           {"Each mentee names one people decision they changed because of what they learned.",
            "Mentors gain confidence speaking with senior leaders."}},
          {"ground_rules", CommonGroundRules()},
          {"cadence_days", 28},
          {"session_minutes", 60},
          {"matching_mode", "self_selected"},
          {"min_grade_gap", 3},
          {"topics",
           {"Younger generation's expectations", "Hybrid and flexible work", "Diversity and inclusion", "Career paths",
            "Purpose and sustainability"}},
          {"confidentiality_policy", confidentiality}}},
        {"innovation",
         "Innovation",
         {{"purpose",
           "Fresh thinking from junior colleagues feeds senior decisions on products, markets and ways "
           "of working."},
          {"goals", {"Each pair records at least three insights, and at least one is tried in practice."}},
          {"ground_rules", CommonGroundRules()},
          {"cadence_days", 14},
          {"session_minutes", 60},
          {"matching_mode", "ranked"},
          {"min_grade_gap", 2},
          {"exclude_same_department", true},
          {"topics",
           {"New business models", "Customer experience", "Start-up practices", "Emerging technology",
            "Thinking out of the box"}},
          {"confidentiality_policy", confidentiality}}},
        {"blank", "Blank", {{"ground_rules", CommonGroundRules()}, {"confidentiality_policy", confidentiality}}},
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
