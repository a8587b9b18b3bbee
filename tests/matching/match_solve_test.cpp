// `match solve` file I/O: CSV/.npy/edges readers, JSON output, clear errors.

#include "cli/match_solve.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace upward::cli {
namespace {

class MatchSolveTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("upward_match_solve_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::string Write(const std::string& name, const std::string& content) {
        const auto path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    int Run(const MatchSolveOptions& o) {
        out_.str("");
        err_.str("");
        return RunMatchSolve(o, out_, err_);
    }
    std::filesystem::path dir_;
    std::ostringstream out_;
    std::ostringstream err_;
};

std::string Npy(const char* descr, const std::string& shape, const void* data, std::size_t bytes) {
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    header.append((64 - (10 + header.size() + 1) % 64) % 64, ' ');
    header.push_back('\n');
    std::string s("\x93NUMPY\x01\x00", 8);
    s.push_back(static_cast<char>(header.size() & 0xFF));
    s.push_back(static_cast<char>(header.size() >> 8));
    s += header;
    s.append(static_cast<const char*>(data), bytes);
    return s;
}

TEST_F(MatchSolveTest, DenseCsvMaximises) {
    MatchSolveOptions o;
    o.dense_path = Write("m.csv", "1,5\n4, 2.5\n");
    ASSERT_EQ(Run(o), 0) << err_.str();
    const auto j = nlohmann::json::parse(out_.str());
    EXPECT_DOUBLE_EQ(j["total"].get<double>(), 9.0);
    EXPECT_EQ(j["assignment"][0]["mentor"], 1);
}

TEST_F(MatchSolveTest, FloatScoresAreSolvedExactlyAtGivenDecimals) {
    MatchSolveOptions o;
    o.dense_path = Write("m.csv", "0.1,0.2\n0.2,0.30000001\n");
    o.decimals = 8;
    ASSERT_EQ(Run(o), 0) << err_.str();
    EXPECT_NEAR(nlohmann::json::parse(out_.str())["total"].get<double>(), 0.40000001, 1e-12);
}

TEST_F(MatchSolveTest, NpyAllDtypes) {
    const double f8[] = {1, 2, 3, 10, 0, 0};
    const float f4[] = {1, 2, 3, 10, 0, 0};
    const std::int32_t i4[] = {1, 2, 3, 10, 0, 0};
    const std::int64_t i8[] = {1, 2, 3, 10, 0, 0};
    const std::pair<const char*, std::pair<const void*, std::size_t>> cases[] = {
        {"<f8", {f8, sizeof f8}}, {"<f4", {f4, sizeof f4}}, {"<i4", {i4, sizeof i4}}, {"<i8", {i8, sizeof i8}}};
    for (const auto& [descr, d] : cases) {
        MatchSolveOptions o;
        o.dense_path = Write("m.npy", Npy(descr, "(2, 3)", d.first, d.second));
        ASSERT_EQ(Run(o), 0) << descr << err_.str();
        EXPECT_DOUBLE_EQ(nlohmann::json::parse(out_.str())["total"].get<double>(), 13.0) << descr;
    }
}

TEST_F(MatchSolveTest, EdgesWithCapacitiesAndHeader) {
    MatchSolveOptions o;
    o.edges_path = Write("e.csv", "mentee,mentor,score\na,x,5\nb,x,4\nc,x,3\nc,y,1\n");
    o.capacities_path = Write("c.csv", "mentor,capacity\nx,2\n");
    ASSERT_EQ(Run(o), 0) << err_.str();
    const auto j = nlohmann::json::parse(out_.str());
    EXPECT_DOUBLE_EQ(j["total"].get<double>(), 10.0);
    EXPECT_EQ(j["assignment"].size(), 3U);
}

TEST_F(MatchSolveTest, BadInputNamesTheProblem) {
    MatchSolveOptions o;
    o.dense_path = Write("m.csv", "1,2\n3\n");
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("line 2"), std::string::npos) << err_.str();
    o.dense_path = Write("m.csv", "1,2\n3,abc\n");
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("column 2"), std::string::npos) << err_.str();
    o.dense_path = Write("m.npy", std::string("\x93NUMPY\x01\x00\xff\x00", 10));
    EXPECT_NE(Run(o), 0);
    const double nan = std::nan("");
    o.dense_path = Write("m.npy", Npy("<f8", "(1, 1)", &nan, 8));
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("row 0"), std::string::npos) << err_.str();
    o.dense_path = Write("m.npy", Npy("<f8", "(3,)", &nan, 8));
    EXPECT_NE(Run(o), 0);
    o.dense_path = Write("m.npy", Npy("<f8", "(4, 4)", &nan, 8));
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("shorter"), std::string::npos) << err_.str();
    o.dense_path = Write("m.csv", "1e300\n");
    EXPECT_NE(Run(o), 0);
    o.dense_path = (dir_ / "missing.csv").string();
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("missing.csv"), std::string::npos);
    MatchSolveOptions e;
    e.edges_path = Write("e.csv", "a,x,1\na,x,2\n");
    EXPECT_NE(Run(e), 0);
    EXPECT_NE(err_.str().find("twice"), std::string::npos);
    e.edges_path = Write("e.csv", "a,x,1\nb,y\n");
    EXPECT_NE(Run(e), 0);
    e.edges_path = Write("e.csv", "a,x,1\n");
    e.capacities_path = Write("c.csv", "x,-1\n");
    EXPECT_NE(Run(e), 0);
    EXPECT_NE(Run(MatchSolveOptions{}), 0);
}

TEST_F(MatchSolveTest, RequireAllRowsReportsInfeasible) {
    MatchSolveOptions o;
    o.dense_path = Write("m.csv", "1\n2\n");
    o.allow_unmatched = false;
    EXPECT_NE(Run(o), 0);
    EXPECT_NE(err_.str().find("feasible"), std::string::npos) << err_.str();
}

}  // namespace
}  // namespace upward::cli
