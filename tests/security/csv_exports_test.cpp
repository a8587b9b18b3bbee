// A name typed into the directory must not become a formula in the spreadsheet of whoever opens an export: the
// command line's CSV neutralises such cells as the API's exports do.
#include <gtest/gtest.h>

#include <fstream>

#include "cli_runner.hpp"

namespace upward::testing {
namespace {

TEST(CsvExportsTest, TheCommandLineNeutralisesFormulaCells) {
    TempDir dir;
    std::ofstream(dir.File("people.csv")) << "Employee ID,Name,Grade,Department\n"
                                          << "E1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",9,@SUM(A1)\n"
                                          << "E2,Bo,3,-Finance\n";
    const std::string env = "UPWARD_DB=" + dir.File("upward.db");
    ASSERT_EQ(RunUpward(dir, {"import", "people", "people.csv"}, "", env).status, 0);
    const auto listed = RunUpward(dir, {"people", "list", "--format", "csv"}, "", env);
    ASSERT_EQ(listed.status, 0) << listed.err;
    EXPECT_NE(listed.out.find("\"'=HYPERLINK("), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find(",'@SUM(A1)"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find(",'-Finance"), std::string::npos) << listed.out;
    EXPECT_EQ(listed.out.find(",=HYPERLINK"), std::string::npos) << listed.out;
    // Numbers stay numbers.
    EXPECT_NE(listed.out.find(",9,"), std::string::npos) << listed.out;
}

}  // namespace
}  // namespace upward::testing
