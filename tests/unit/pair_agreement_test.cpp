// The pair agreement's rules: defaults from the programme, validation naming the field, and who is who.
#include "domain/pair_agreement.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace upward::domain {
namespace {

Programme Catalogue() {
    Programme programme;
    programme.name = "Digital";
    programme.topics = {"AI tools", "Social media", "Data"};
    programme.cadence_days = 21;
    programme.confidentiality_policy = "What is said in a session stays in it.";
    return programme;
}

AgreementTerms GoodTerms() {
    AgreementTerms terms;
    terms.mentee_goals = "Use AI assistants in my weekly planning";
    terms.mentor_goals = "Practise explaining to executives";
    terms.topics = {"AI tools"};
    terms.cadence_days = 14;
    terms.confidentiality_statement = "We keep what we discuss to ourselves.";
    return terms;
}

std::string FieldOf(const AgreementTerms& terms, const Programme& programme = Catalogue()) {
    try {
        ValidTerms(terms, programme);
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

TEST(PairAgreementTest, DefaultsComeFromTheProgrammeAndTheTopicsBothNamed) {
    const auto terms = DefaultTerms(Catalogue(), {"data", "Knitting", "AI tools", "Data"});
    EXPECT_EQ(terms.cadence_days, 21);
    EXPECT_EQ(terms.confidentiality_statement, "What is said in a session stays in it.");
    // In the catalogue's spelling, once each, and only the catalogue's topics.
    EXPECT_EQ(terms.topics, (std::vector<std::string>{"Data", "AI tools"}));
    EXPECT_TRUE(terms.mentee_goals.empty());
}

TEST(PairAgreementTest, ValidTermsTrimAndTakeTheCataloguesSpelling) {
    auto terms = GoodTerms();
    terms.mentee_goals = "  Learn  \n";
    terms.topics = {"social MEDIA", "Data"};
    const auto valid = ValidTerms(terms, Catalogue());
    EXPECT_EQ(valid.mentee_goals, "Learn");
    EXPECT_EQ(valid.topics, (std::vector<std::string>{"Social media", "Data"}));
}

TEST(PairAgreementTest, EveryBrokenRuleNamesItsField) {
    EXPECT_EQ(FieldOf(GoodTerms()), "");
    auto terms = GoodTerms();
    terms.mentee_goals = "   ";
    EXPECT_EQ(FieldOf(terms), "mentee_goals");
    terms = GoodTerms();
    terms.mentor_goals.clear();
    EXPECT_EQ(FieldOf(terms), "mentor_goals") << "the mentor learns too: their goals are required";
    terms = GoodTerms();
    terms.mentor_goals = std::string(kMaxAgreementText + 1, 'x');
    EXPECT_EQ(FieldOf(terms), "mentor_goals");
    terms = GoodTerms();
    terms.topics = {"AI tools", "Knitting"};
    EXPECT_EQ(FieldOf(terms), "topics[1]");
    terms.topics = {"Data", "data"};
    EXPECT_EQ(FieldOf(terms), "topics[1]") << "listed twice";
    terms.topics.clear();
    EXPECT_EQ(FieldOf(terms), "topics");
    terms = GoodTerms();
    terms.cadence_days = 0;
    EXPECT_EQ(FieldOf(terms), "cadence_days");
    terms.cadence_days = 93;
    EXPECT_EQ(FieldOf(terms), "cadence_days");
    terms = GoodTerms();
    terms.confidentiality_statement = "";
    EXPECT_EQ(FieldOf(terms), "confidentiality_statement");
}

TEST(PairAgreementTest, AProgrammeWithoutCatalogueNeedsNoTopics) {
    auto programme = Catalogue();
    programme.topics.clear();
    auto terms = GoodTerms();
    terms.topics.clear();
    EXPECT_EQ(FieldOf(terms, programme), "");
    terms.topics = {"AI tools"};
    EXPECT_EQ(FieldOf(terms, programme), "topics[0]");
}

TEST(PairAgreementTest, SidesInAPair) {
    Pair pair;
    pair.mentee = "D1";
    pair.mentor = "E1";
    EXPECT_EQ(SideInPair(pair, "D1"), "mentee");
    EXPECT_EQ(SideInPair(pair, "E1"), "mentor");
    EXPECT_EQ(SideInPair(pair, "S1"), "");
    EXPECT_EQ(SideInPair(pair, ""), "");
}

TEST(PairAgreementTest, PairStatusesAndPlacesTheyHold) {
    for (const auto status : {PairStatus::kProposed, PairStatus::kAccepted, PairStatus::kActive, PairStatus::kDeclined,
                              PairStatus::kEnded}) {
        EXPECT_EQ(ParsePairStatus(ToString(status)), status);
    }
    EXPECT_TRUE(HoldsPlace(PairStatus::kProposed));
    EXPECT_TRUE(HoldsPlace(PairStatus::kAccepted));
    EXPECT_TRUE(HoldsPlace(PairStatus::kActive));
    EXPECT_FALSE(HoldsPlace(PairStatus::kDeclined));
    EXPECT_FALSE(HoldsPlace(PairStatus::kEnded));
    Pair pair;
    pair.decline_reason = "personal";
    EXPECT_FALSE(WithoutPrivateFields(pair).decline_reason.has_value());
}

}  // namespace
}  // namespace upward::domain
