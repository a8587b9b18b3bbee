// The outcomes over HTTP: JSON and CSV for admins and sponsors, refused to everybody else, k withholding in both,
// and bad input naming its field. The figures themselves are tested in tests/unit and tests/service.
#include <gtest/gtest.h>

#include "storage/matching/pair_repository.hpp"
#include "test_server.hpp"

namespace upward::testing {
namespace {

using nlohmann::json;

class OutcomesApiTest : public ::testing::TestWithParam<storage::Backend> {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(GetParam());
        admin_ = server_->TokenFor("admin@example.com", "admin");
        sponsor_ = server_->TokenFor("sponsor@example.com", "sponsor");
        programme_ =
            server_
                ->Api(
                    "POST", "/api/v1/programmes", admin_,
                    {{"name", "Outcomes"}, {"starts_on", "2026-01-01"}, {"ends_on", "2026-06-30"}, {"anonymity_k", 2}})
                .Json()["id"];
        mentor_ = server_->TokenFor("mentor@example.com", "mentor", programme_);
        outsider_ = server_->TokenFor("outsider@example.com", "participant");
        // Two pairs in (2, Data) and (8, Sales); three comparison people in each cell, one of whom left in Data.
        const auto import =
            server_->Api("POST", "/api/v1/people/import", admin_,
                         {{"csv",
                           "Employee ID,Name,Grade,Department,Hire Date,Leaving Date\n"
                           "S1,Sam,8,Sales,2020-01-01,\nS2,Sue,8,Sales,2020-01-01,\nJ1,Jo,2,Data,2020-01-01,\n"
                           "J2,Jay,2,Data,2020-01-01,\nC1,Cy,2,Data,2020-01-01,2026-03-01\nC2,Cal,2,Data,2020-01-01,\n"
                           "C3,Cam,2,Data,2020-01-01,\nD1,Di,8,Sales,2020-01-01,\nD2,Dan,8,Sales,2020-01-01,\n"
                           "D3,Dee,8,Sales,2020-01-01,\n"}});
        ASSERT_EQ(import.status, 200) << import.body;
        auto session = server_->Database().Acquire();
        for (const auto& [mentee, mentor] : {std::pair{"S1", "J1"}, std::pair{"S2", "J2"}}) {
            domain::Pair pair;
            pair.programme_id = programme_;
            pair.mentee = mentee;
            pair.mentor = mentor;
            pair.status = domain::PairStatus::kActive;
            storage::InsertPair(*session, pair);
        }
    }

    std::string Path(const std::string& suffix = "") const {
        return "/api/v1/programmes/" + std::to_string(programme_) + "/outcomes" + suffix;
    }

    std::unique_ptr<TestServer> server_;
    std::string admin_, sponsor_, mentor_, outsider_;
    long long programme_ = 0;
};

TEST_P(OutcomesApiTest, AdminsAndSponsorsReadTheSameFigures) {
    const auto admin = server_->Api("GET", Path(), admin_);
    ASSERT_EQ(admin.status, 200) << admin.body;
    const auto outcomes = admin.Json();
    EXPECT_EQ(outcomes["as_of"], "2026-06-30");
    EXPECT_EQ(outcomes["retention"]["participants"]["size"], 4);
    EXPECT_EQ(outcomes["retention"]["participants"]["stayed"], 4);
    EXPECT_EQ(outcomes["retention"]["comparison"]["size"], 6);
    EXPECT_EQ(outcomes["retention"]["comparison"]["stayed"], 5);
    EXPECT_NEAR(outcomes["retention"]["difference"].get<double>(), 1.0 - 5.0 / 6.0, 1e-9);
    EXPECT_TRUE(outcomes["retention"]["too_small"].get<bool>());
    EXPECT_NE(outcomes["retention"]["statement"].get<std::string>().find("too small to conclude"), std::string::npos);
    EXPECT_NE(outcomes["retention"]["method"].get<std::string>().find("Newcombe"), std::string::npos);
    const auto sponsor = server_->Api("GET", Path(), sponsor_);
    ASSERT_EQ(sponsor.status, 200) << sponsor.body;
    EXPECT_EQ(sponsor.Json(), outcomes);
}

TEST_P(OutcomesApiTest, ParticipantsAndStrangersAreRefused) {
    for (const auto& suffix : {"", ".csv"}) {
        EXPECT_EQ(server_->Api("GET", Path(suffix), mentor_).status, 403) << "a member of the programme";
        EXPECT_EQ(server_->Api("GET", Path(suffix), outsider_).status, 403);
        EXPECT_EQ(server_->Api("GET", Path(suffix), "").status, 401);
        EXPECT_EQ(server_->Api("GET", std::string("/api/v1/programmes/999999/outcomes") + suffix, admin_).status, 404);
        const auto bad = server_->Api("GET", std::string("/api/v1/programmes/abc/outcomes") + suffix, admin_);
        EXPECT_EQ(bad.status, 400);
        EXPECT_EQ(bad.Json()["field"], "id");
    }
}

TEST_P(OutcomesApiTest, CsvExportWithSections) {
    const auto csv = server_->Api("GET", Path(".csv"), sponsor_);
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.headers.at("content-type"), "text/csv; charset=utf-8");
    EXPECT_NE(csv.headers.at("content-disposition").find("programme-" + std::to_string(programme_) + "-outcomes.csv"),
              std::string::npos);
    EXPECT_NE(csv.body.find("retention,comparison,retention_rate,0.833,6,"), std::string::npos) << csv.body;
    EXPECT_NE(csv.body.find("mentor_growth,"), std::string::npos);

    const auto retention = server_->Api("GET", Path(".csv?section=retention"), admin_);
    ASSERT_EQ(retention.status, 200);
    EXPECT_EQ(retention.body.find("mentor_growth,"), std::string::npos);
    const auto bad = server_->Api("GET", Path(".csv?section=people"), admin_);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.Json()["field"], "section");
}

TEST_P(OutcomesApiTest, KWithholdsInJsonAndCsv) {
    ASSERT_EQ(
        server_->Api("PATCH", "/api/v1/programmes/" + std::to_string(programme_), admin_, {{"anonymity_k", 5}}).status,
        200);
    const auto outcomes = server_->Api("GET", Path(), sponsor_).Json();
    EXPECT_TRUE(outcomes["retention"]["participants"]["retention"]["value"].is_null()) << "4 participants < 5";
    EXPECT_EQ(outcomes["retention"]["participants"]["size"], 4);
    EXPECT_TRUE(outcomes["retention"]["participants"]["stayed"].is_null());
    EXPECT_FALSE(outcomes["retention"]["comparison"]["retention"]["value"].is_null()) << "6 comparison people >= 5";
    EXPECT_TRUE(outcomes["retention"]["difference"].is_null());
    EXPECT_TRUE(outcomes["retention"]["ci_low"].is_null());
    const auto csv = server_->Api("GET", Path(".csv?section=retention"), sponsor_).body;
    EXPECT_NE(csv.find("retention,participants,retention_rate,,4,fewer than 5 people"), std::string::npos) << csv;
    EXPECT_NE(csv.find("retention,difference,participants_minus_comparison,,,withheld"), std::string::npos) << csv;
}

INSTANTIATE_TEST_SUITE_P(Backends, OutcomesApiTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
