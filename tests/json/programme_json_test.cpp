#include "http/programmes/programme_json.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "domain/programme.hpp"
#include "programme_fields.hpp"

namespace upward::http {
namespace {

using domain::FindProgrammeTemplate;
using domain::MatchingMode;
using domain::Programme;
using domain::ProgrammeStatus;
using domain::ProgrammeTemplates;
using nlohmann::json;

// The request body read as the API reads it, then applied with the programme's rules.
void ApplyProgrammeFields(const json& body, Programme& programme) {
    domain::ApplyProgrammePatch(ProgrammePatchFromJson(body), programme);
}

std::string FieldOf(const json& body) {
    Programme programme;
    try {
        ApplyProgrammeFields(body, programme);
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(ProgrammeTest, DefaultsAreTheDocumentedOnes) {
    Programme programme;
    ApplyProgrammeFields({{"name", "Pilot"}}, programme);
    EXPECT_EQ(programme.anonymity_k, 5);
    EXPECT_EQ(programme.min_grade_gap, 2);
    EXPECT_EQ(programme.matching_mode, MatchingMode::kAssigned);
    EXPECT_EQ(programme.terminology.mentor, "mentor");
    EXPECT_EQ(programme.status, ProgrammeStatus::kDraft);
}

TEST(ProgrammeTest, JsonRoundTripKeepsEveryField) {
    Programme programme;
    ApplyProgrammeFields(
        {{"name", "Reverse coaching"},
         {"purpose", "Learn"},
         {"goals", {"g1", "g2"}},
         {"ground_rules", {"r1"}},
         {"starts_on", "2027-01-04"},
         {"ends_on", "2027-06-30"},
         {"cadence_days", 28},
         {"session_minutes", 60},
         {"matching_mode", "ranked"},
         {"max_mentor_grade", 4},
         {"min_grade_gap", 3},
         {"exclude_same_department", true},
         {"topics", {"AI tools", "Social media"}},
         {"terminology", {{"mentor", "coach"}, {"mentee", "learner"}, {"programme", "reverse coaching"}}},
         {"anonymity_k", 7},
         {"confidentiality_policy", "Private"},
         {"template", "innovation"}},
        programme);
    auto body = ToJson(programme);
    for (const char* bookkeeping : {"id", "created_at", "updated_at"}) body.erase(bookkeeping);
    Programme copy;
    ApplyProgrammeFields(body, copy);
    EXPECT_EQ(ToJson(copy).dump(), ToJson(programme).dump());
    EXPECT_EQ(copy.terminology.mentee, "learner");
    EXPECT_EQ(copy.max_mentor_grade, 4);
}

TEST(ProgrammeTest, EachBrokenRuleNamesItsField) {
    EXPECT_EQ(FieldOf({{"purpose", "x"}}), "name");
    EXPECT_EQ(FieldOf({{"name", "  "}}), "name");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"cadence_days", 0}}), "cadence_days");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"cadence_days", 1.5}}), "cadence_days");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"min_grade_gap", -1}}), "min_grade_gap");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"max_mentor_grade", "4"}}), "max_mentor_grade");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"exclude_same_department", 1}}), "exclude_same_department");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"starts_on", "1 March"}}), "starts_on");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"status", "paused"}}), "status");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"terminology", {{"mentor", ""}}}}), "terminology.mentor");
    EXPECT_EQ(FieldOf({{"name", std::string(201, 'x')}}), "name");
    EXPECT_EQ(FieldOf({{"name", "A"}, {"ground_rules", "be nice"}}), "ground_rules");
    EXPECT_EQ(FieldOf({{"name", "A"}}), "");
}

TEST(ProgrammeTest, EveryTemplateIsAValidProgramme) {
    ASSERT_GE(ProgrammeTemplates().size(), 4u);
    for (const auto& programme_template : ProgrammeTemplates()) {
        Programme programme;
        json fields = ProgrammePatchJson(programme_template.fields);
        fields["name"] = programme_template.name;
        fields["template"] = programme_template.key;
        EXPECT_NO_THROW(ApplyProgrammeFields(fields, programme)) << programme_template.key;
        EXPECT_FALSE(programme.ground_rules.empty()) << programme_template.key;
    }
    EXPECT_NE(FindProgrammeTemplate("digital_skills"), nullptr);
    EXPECT_EQ(FindProgrammeTemplate("nope"), nullptr);
}

}  // namespace
}  // namespace upward::http
