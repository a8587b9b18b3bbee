#include "service/directory/people_csv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "core/errors.hpp"
#include "demo/demo_directory.hpp"
#include "domain/time_zones.hpp"
#include "service/csv/csv_records.hpp"
#include "service/directory/people_checks.hpp"
#include "service/directory/people_import.hpp"

namespace upward::service {
namespace {

constexpr std::string_view kToday = "2025-06-01";

std::vector<std::vector<std::string>> AllRecords(std::string_view text, std::vector<long>* rows = nullptr) {
    CsvRecords records(text);
    std::vector<std::vector<std::string>> all;
    while (records.Next()) {
        all.emplace_back(records.Fields().begin(), records.Fields().end());
        if (rows != nullptr) rows->push_back(records.Row());
    }
    return all;
}

// The errors of one parse, as "row:field" strings, for compact assertions.
std::vector<std::string> Where(const std::vector<RowError>& errors) {
    std::vector<std::string> where;
    for (const auto& error : errors) where.push_back(std::to_string(error.row) + ":" + error.field);
    return where;
}

const RowError* ErrorAt(const std::vector<RowError>& errors, long row, const std::string& field) {
    const auto at =
        std::find_if(errors.begin(), errors.end(), [&](const RowError& e) { return e.row == row && e.field == field; });
    return at == errors.end() ? nullptr : &*at;
}

struct Checked {
    PeopleCsv csv;
    std::vector<RowError> errors;
};

Checked ParseAndCheck(const std::string& text, const std::vector<domain::Person>& existing = {}, bool cascade = false) {
    Checked checked{ParsePeopleCsv(text, {}, kToday), {}};
    CheckReportingLines(checked.csv.people, existing, cascade, checked.csv.errors);
    checked.errors = checked.csv.errors;
    std::stable_sort(checked.errors.begin(), checked.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.row < b.row; });
    return checked;
}

storage::PersonValues ValuesOf(const std::string& text, const PersonRow& row) {
    PeopleFile file(text, {}, kToday);
    return file.ReadAgain(row.offset, row.row);
}

TEST(CsvRecordsTest, QuotedFieldsHoldCommasLineBreaksAndQuotes) {
    const auto records = AllRecords("a,b,c\n\"x, y\",\"two\nlines\",\"say \"\"hi\"\"\"\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1], (std::vector<std::string>{"x, y", "two\nlines", "say \"hi\""}));
}

TEST(CsvRecordsTest, CrlfByteOrderMarkAndBlankTrailingLines) {
    std::vector<long> rows;
    const auto records = AllRecords("\xEF\xBB\xBFid,grade\r\nE1,3\r\n\r\nE2,4\r\n\r\n\r\n", &rows);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0][0], "id");  // no byte order mark left on the first header
    EXPECT_EQ(records[2], (std::vector<std::string>{"E2", "4"}));
    // The blank line still counts, as it does in a spreadsheet.
    EXPECT_EQ(rows, (std::vector<long>{1, 2, 4}));
}

TEST(CsvRecordsTest, RowNumbersCountRecordsNotLines) {
    std::vector<long> rows;
    AllRecords("h\n\"one\ntwo\nthree\"\nnext\n", &rows);
    EXPECT_EQ(rows, (std::vector<long>{1, 2, 3}));
}

TEST(CsvRecordsTest, EmptyFieldsAndMissingFinalLineBreak) {
    const auto records = AllRecords("a,,c,\n,\n\"\"");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0], (std::vector<std::string>{"a", "", "c", ""}));
    EXPECT_EQ(records[1], (std::vector<std::string>{"", ""}));
    EXPECT_EQ(records[2], (std::vector<std::string>{""}));
}

TEST(CsvRecordsTest, ReportsMalformedQuoting) {
    CsvRecords unclosed("a\n\"never closed,b\nc\n");
    ASSERT_TRUE(unclosed.Next());
    ASSERT_TRUE(unclosed.Next());
    EXPECT_EQ(unclosed.Problem(), "a quoted field is never closed");
    EXPECT_FALSE(unclosed.Next());

    CsvRecords trailing("\"ab\"cd,e\nf,g\n");
    ASSERT_TRUE(trailing.Next());
    EXPECT_EQ(trailing.Problem(), "text follows a closing quote");
    ASSERT_TRUE(trailing.Next());
    EXPECT_TRUE(trailing.Problem().empty());
    EXPECT_EQ(trailing.Fields()[1], "g");
}

TEST(CsvRecordsTest, FieldsAreViewsIntoTheTextUnlessUnescaped) {
    const std::string text = "plain,\"quoted, fine\",\"say \"\"hi\"\"\"\n";
    CsvRecords records(text);
    ASSERT_TRUE(records.Next());
    ASSERT_EQ(records.Fields().size(), 3u);
    // The import keeps ids and values as views for as long as the text lives; only unescaped values are copies.
    EXPECT_EQ(records.Fields()[0].data(), text.data());
    EXPECT_EQ(records.Fields()[1].data(), text.data() + 7);
    EXPECT_EQ(records.Fields()[1], "quoted, fine");
    EXPECT_EQ(records.Fields()[2], "say \"hi\"");
}

TEST(CsvRecordsTest, KeepsSpacesAndStrayQuotesInUnquotedValues) {
    const auto records = AllRecords(" a ,6'2\",Nick \"Ace\" Obi\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0], (std::vector<std::string>{" a ", "6'2\"", "Nick \"Ace\" Obi"}));
}

TEST(CsvRecordsTest, LoneCarriageReturnsEndLinesAndSpaceOnlyLinesCount) {
    std::vector<long> rows;
    const auto records = AllRecords("h\rx\r\r  \t\ny", &rows);
    EXPECT_EQ(records, (std::vector<std::vector<std::string>>{{"h"}, {"x"}, {"y"}}));
    EXPECT_EQ(rows, (std::vector<long>{1, 2, 5}));
}

TEST(CsvRecordsTest, SeekReadsARecordAgainAfterABadOne) {
    const std::string text = "h,i\n\"ab\"cd,e\n\"x\"\"y\",z\r\nlast,1\n";
    CsvRecords records(text);
    std::vector<std::pair<std::size_t, long>> seen;
    while (records.Next()) seen.emplace_back(records.Offset(), records.Row());
    ASSERT_EQ(seen.size(), 4u);
    CsvRecords again(text);
    again.Seek(seen[2].first, seen[2].second);
    ASSERT_TRUE(again.Next());
    EXPECT_EQ(again.Row(), 3);
    EXPECT_TRUE(again.Problem().empty());
    EXPECT_EQ(again.Fields(), (std::vector<std::string_view>{"x\"y", "z"}));
    ASSERT_TRUE(again.Next());
    EXPECT_EQ(again.Fields(), (std::vector<std::string_view>{"last", "1"}));
    again.Seek(seen[1].first, seen[1].second);
    ASSERT_TRUE(again.Next());
    EXPECT_EQ(again.Problem(), "text follows a closing quote");
}

std::string Quote(const std::string& field) {
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

// Property check: whatever the fields hold, writing them as CSV and reading them back gives them again.
TEST(CsvRecordsTest, RoundTripsRandomFields) {
    std::mt19937 random(7);
    const std::string alphabet = "ab ,\"\n\r\t;x\xC3\xA9";
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<std::vector<std::string>> expected;
        std::string text;
        const int rows = 1 + static_cast<int>(random() % 6);
        const int columns = 1 + static_cast<int>(random() % 5);
        for (int r = 0; r < rows; ++r) {
            std::vector<std::string> record;
            for (int c = 0; c < columns; ++c) {
                std::string field;
                const int size = static_cast<int>(random() % 8);
                for (int i = 0; i < size; ++i) field += alphabet[random() % alphabet.size()];
                record.push_back(field);
                text += (c == 0 ? "" : ",") + Quote(field);
            }
            expected.push_back(record);
            text += random() % 2 == 0 ? "\n" : "\r\n";
        }
        EXPECT_EQ(AllRecords(text), expected) << "trial " << trial;
    }
}

// Fuzzing in the small: arbitrary bytes never crash the reader, every view lies inside its buffers,
// and row numbers only grow.
TEST(CsvRecordsTest, SurvivesArbitraryBytes) {
    std::mt19937 random(11);
    const std::string alphabet = "a,\"\n\r \xEF\xBB\xBF";
    for (int trial = 0; trial < 2000; ++trial) {
        std::string text;
        const int size = static_cast<int>(random() % 64);
        for (int i = 0; i < size; ++i) text += alphabet[random() % alphabet.size()];
        CsvRecords records(text);
        long previous = 0;
        std::size_t total = 0;
        while (records.Next()) {
            ASSERT_GT(records.Row(), previous);
            previous = records.Row();
            for (const auto field : records.Fields()) total += field.size();
            ASSERT_LE(records.Offset(), text.size());
        }
        EXPECT_LE(total, text.size());
    }
}

struct RecordRead {
    long row;
    std::size_t offset;
    std::string problem;
    std::vector<std::string> fields;
    bool operator==(const RecordRead&) const = default;
};

std::vector<RecordRead> ReadAll(std::string_view text, CsvRecords::Reading how) {
    CsvRecords records(text, how);
    std::vector<RecordRead> all;
    while (records.Next()) {
        all.push_back({records.Row(), records.Offset(), std::string(records.Problem()),
                       std::vector<std::string>(records.Fields().begin(), records.Fields().end())});
    }
    return all;
}

// Lines without quotes are split without libcsv: whatever the bytes, both readings must agree on every
// record, its row number, its offset and its problem.
TEST(CsvRecordsTest, SplittingPlainLinesReadsWhatLibcsvReads) {
    std::mt19937 random(23);
    constexpr char kAlphabet[] = "ab,,\"\n\r \t\0x";  // with a NUL byte
    const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);
    for (int trial = 0; trial < 5000; ++trial) {
        std::string text;
        const int size = static_cast<int>(random() % 48);
        for (int i = 0; i < size; ++i) {
            // Every other trial has no quotes at all, so that whole files take the plain path.
            char c = alphabet[random() % alphabet.size()];
            if (trial % 2 == 0 && c == '"') c = ',';
            text += c;
        }
        EXPECT_EQ(ReadAll(text, CsvRecords::Reading::kSplitPlainLines), ReadAll(text, CsvRecords::Reading::kLibcsvOnly))
            << "trial " << trial;
    }
}

TEST(CsvRecordsTest, PlainLinesAreViewsIntoTheText) {
    const std::string text = "id,name\r\nE1, Ada Obi ,\n\nE2,\"Ben\"\n";
    CsvRecords records(text);
    ASSERT_TRUE(records.Next());
    ASSERT_TRUE(records.Next());
    ASSERT_EQ(records.Fields().size(), 3u);
    EXPECT_EQ(records.Fields()[1], " Ada Obi ");
    EXPECT_EQ(records.Fields()[1].data(), text.data() + 12);
    EXPECT_EQ(records.Fields()[2], "");
    ASSERT_TRUE(records.Next());
    EXPECT_EQ(records.Row(), 4);  // the blank line counts
    EXPECT_EQ(records.Fields(), (std::vector<std::string_view>{"E2", "Ben"}));
    EXPECT_FALSE(records.Next());
}

TEST(MappingOptionTest, ParsesFieldsAndColumns) {
    const auto mapping = ParseMappingOption("grade=Level, employee_id = Emp ID,manager_id=Reports To,");
    EXPECT_EQ(mapping, (std::map<std::string, std::string>{
                           {"grade", "Level"}, {"employee_id", "Emp ID"}, {"manager_id", "Reports To"}}));
    EXPECT_TRUE(ParseMappingOption("").empty());
}

TEST(MappingOptionTest, RejectsBadSyntaxUnknownFieldsAndRepeats) {
    for (const std::string bad : {"grade", "salary=Pay", "grade=", "grade=Level,grade=Band"}) {
        try {
            ParseMappingOption(bad);
            ADD_FAILURE() << "accepted " << bad;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), "map") << bad;
        }
    }
}

TEST(PeopleFileTest, FindsColumnsByCommonNames) {
    const std::string text =
        "Emp ID,Full Name,E-mail,Job Level,Job Title,Dept,Office,TZ,Reports To,Start Date,Termination Date,Leaver\n"
        "E1,Ada Obi,ada@example.com,9,CEO,Exec,London,Europe/London,,2010-01-01,,no\n";
    const auto csv = ParsePeopleCsv(text, {}, kToday);
    ASSERT_TRUE(csv.errors.empty()) << csv.errors[0].field << ": " << csv.errors[0].reason;
    ASSERT_EQ(csv.people.size(), 1u);
    const auto values = ValuesOf(text, csv.people[0]);
    EXPECT_EQ(values.employee_id, "E1");
    EXPECT_EQ(values.name, "Ada Obi");
    EXPECT_EQ(values.email, "ada@example.com");
    EXPECT_EQ(values.grade, 9);
    EXPECT_EQ(values.title, "CEO");
    EXPECT_EQ(values.department, "Exec");
    EXPECT_EQ(values.location, "London");
    EXPECT_EQ(values.time_zone, "Europe/London");
    EXPECT_EQ(values.hire_date, "2010-01-01");
    EXPECT_FALSE(values.left);
}

TEST(PeopleFileTest, MappingOverridesDefaults) {
    const std::string text = "ID,Worker,Band,Boss\nX,E1,3,\nY,E2,2,E1\n";
    const std::map<std::string, std::string> mapping{{"employee_id", "Worker"}, {"manager_id", "boss"}};
    const auto csv = ParsePeopleCsv(text, mapping, kToday);
    ASSERT_TRUE(csv.errors.empty());
    ASSERT_EQ(csv.people.size(), 2u);
    EXPECT_EQ(csv.people[1].employee_id, "E2");
    EXPECT_EQ(csv.people[1].manager_id, "E1");
}

TEST(PeopleFileTest, MappingToAMissingColumnNamesTheField) {
    try {
        ParsePeopleCsv("id,level\nE1,3\n", {{"grade", "Pay Grade"}}, kToday);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "mapping.grade");
        EXPECT_NE(std::string(error.what()).find("Pay Grade"), std::string::npos);
    }
}

TEST(PeopleFileTest, MissingRequiredColumnSaysWhatWasLookedFor) {
    try {
        ParsePeopleCsv("id,name\nE1,Ada\n", {}, kToday);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "grade");
        EXPECT_NE(std::string(error.what()).find("\"job level\""), std::string::npos) << error.what();
    }
    try {
        ParsePeopleCsv("name,grade\nAda,3\n", {}, kToday);
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "employee_id");
    }
    EXPECT_THROW(ParsePeopleCsv("", {}, kToday), InvalidInput);
}

TEST(PeopleFileTest, ReportsEveryKindOfBadRowWithItsNumberAndField) {
    const std::string text =
        "employee id,grade,email,time zone,hire date,leaving date,left,manager id\n"
        "E1,9,a@x.com,Europe/London,2010-01-01,,,\n"  // row 2: fine
        ",3,,,,,,\n"                                  // row 3: no id
        "E3,three,,,,,,\n"                            // row 4: grade not a number
        "E4,,,,,,,\n"                                 // row 5: grade missing
        "E5,2,,Mars/Olympus,,,,\n"                    // row 6: unknown zone
        "E6,2,,,2020-13-01,,,\n"                      // row 7: bad hire date
        "E7,2,,,,01/02/2020,,\n"                      // row 8: bad leaving date
        "E8,2,,,,,maybe,\n"                           // row 9: bad flag
        "E9,2,not-an-email,,,,,\n"                    // row 10: email
        "E10,2,,,,,,E10\n"                            // row 11: own manager
        "E11,2\n";                                    // row 12: wrong column count
    const auto csv = ParsePeopleCsv(text, {}, kToday);
    EXPECT_EQ(Where(csv.errors),
              (std::vector<std::string>{"3:employee_id", "4:grade", "5:grade", "6:time_zone", "7:hire_date",
                                        "8:leaving_date", "9:left", "10:email", "11:manager_id", "12:row"}));
    EXPECT_EQ(csv.data_rows, 11);
    EXPECT_NE(csv.errors[1].reason.find("\"three\""), std::string::npos);
    EXPECT_NE(csv.errors[3].reason.find("Mars/Olympus"), std::string::npos);
    // Rows with an id stay for the cross-row checks, marked bad; the first is the only good one.
    ASSERT_FALSE(csv.people.empty());
    EXPECT_FALSE(csv.people[0].bad);
    EXPECT_TRUE(std::all_of(csv.people.begin() + 1, csv.people.end(), [](const PersonRow& row) { return row.bad; }));
}

TEST(PeopleFileTest, LeftComesFromTheFlagOrAPastLeavingDate) {
    const std::string text =
        "id,grade,left,leaving date\nE1,1,yes,\nE2,1,,2024-12-31\nE3,1,,2099-01-01\nE4,1,N,\nE5,1,TRUE,\n";
    const auto csv = ParsePeopleCsv(text, {}, kToday);
    ASSERT_TRUE(csv.errors.empty());
    std::vector<bool> left;
    for (const auto& row : csv.people) left.push_back(ValuesOf(text, row).left);
    EXPECT_EQ(left, (std::vector<bool>{true, true, false, false, true}));
}

TEST(PeopleChecksTest, DuplicateIdReportsTheLaterRowNamingTheFirst) {
    const auto checked = ParseAndCheck("id,grade\nE1,3\nE2,3\nE1,4\n");
    ASSERT_EQ(Where(checked.errors), (std::vector<std::string>{"4:employee_id"}));
    EXPECT_NE(checked.errors[0].reason.find("row 2"), std::string::npos);
}

TEST(PeopleChecksTest, UnknownManagerIsReported) {
    const auto checked = ParseAndCheck("id,grade,manager\nE1,3,E9\nE2,2,E1\n");
    ASSERT_EQ(Where(checked.errors), (std::vector<std::string>{"2:manager_id"}));
    EXPECT_NE(checked.errors[0].reason.find("E9"), std::string::npos);
}

TEST(PeopleChecksTest, ManagerInTheDirectoryIsFine) {
    domain::Person boss;
    boss.employee_id = "B1";
    const auto checked = ParseAndCheck("id,grade,manager\nE1,3,B1\n", {boss});
    EXPECT_TRUE(checked.errors.empty());
}

TEST(PeopleChecksTest, CycleReportsEveryRowInItWithTheChain) {
    const auto checked = ParseAndCheck("id,grade,manager\nE1,3,E3\nE2,3,E1\nE3,3,E2\nE4,2,E1\n");
    ASSERT_EQ(Where(checked.errors), (std::vector<std::string>{"2:manager_id", "3:manager_id", "4:manager_id"}));
    for (const auto& error : checked.errors) {
        EXPECT_NE(error.reason.find("reporting cycle"), std::string::npos);
        EXPECT_NE(error.reason.find("E1"), std::string::npos);
        EXPECT_NE(error.reason.find("E2"), std::string::npos);
        EXPECT_NE(error.reason.find("E3"), std::string::npos);
    }
}

TEST(PeopleChecksTest, CycleThroughTheExistingDirectory) {
    // The directory has A reporting to B; the file makes B report to A.
    domain::Person a;
    a.employee_id = "A";
    a.manager_id = "B";
    domain::Person b;
    b.employee_id = "B";
    const auto checked = ParseAndCheck("id,grade,manager\nB,5,A\n", {a, b});
    ASSERT_EQ(Where(checked.errors), (std::vector<std::string>{"2:manager_id"}));
    EXPECT_NE(checked.errors[0].reason.find("A -> B -> A"), std::string::npos) << checked.errors[0].reason;
}

TEST(PeopleChecksTest, TheFileOverridesTheDirectorysReportingLine) {
    // Had the directory's line (A reports to B) stayed, B reporting to A would be a cycle; the file moves A.
    domain::Person a;
    a.employee_id = "A";
    a.manager_id = "B";
    domain::Person b;
    b.employee_id = "B";
    const auto checked = ParseAndCheck("id,grade,manager\nB,5,A\nA,6,\n", {a, b});
    EXPECT_TRUE(checked.errors.empty());
}

TEST(PeopleChecksTest, WithoutSkippingABadManagerRowDoesNotTaintReports) {
    const auto checked = ParseAndCheck("id,grade,manager\nE1,x,\nE2,2,E1\n");
    EXPECT_EQ(Where(checked.errors), (std::vector<std::string>{"2:grade"}));
}

TEST(PeopleChecksTest, SkippingABadManagerRowDropsTheirReportsToo) {
    const auto checked = ParseAndCheck("id,grade,manager\nE1,x,\nE2,2,E1\nE3,1,E2\nE4,1,\n", {}, true);
    EXPECT_EQ(Where(checked.errors), (std::vector<std::string>{"2:grade", "3:manager_id", "4:manager_id"}));
    EXPECT_NE(checked.errors[1].reason.find("bad row 2"), std::string::npos) << checked.errors[1].reason;
    EXPECT_NE(checked.errors[2].reason.find("bad row 3"), std::string::npos) << checked.errors[2].reason;
    EXPECT_FALSE(checked.csv.people[3].bad);
}

TEST(PeopleChecksTest, SkippingRepeatsUntilStable) {
    // Dropping the cycle B <-> X brings back B's directory line (B reports to C), which closes A -> B -> C -> A.
    domain::Person b;
    b.employee_id = "B";
    b.manager_id = "C";
    domain::Person c;
    c.employee_id = "C";
    const auto checked = ParseAndCheck("id,grade,manager\nC,5,A\nB,4,X\nX,4,B\nA,4,B\n", {b, c}, true);
    EXPECT_EQ(Where(checked.errors),
              (std::vector<std::string>{"2:manager_id", "3:manager_id", "4:manager_id", "5:manager_id"}));
}

std::string Chain(int people, bool closed) {
    std::string text = "id,grade,manager\n";
    for (int i = 0; i < people; ++i) {
        text += "P" + std::to_string(i) + ",1,";
        if (i + 1 < people) {
            text += "P" + std::to_string(i + 1);
        } else if (closed) {
            text += "P0";
        }
        text += "\n";
    }
    return text;
}

TEST(PeopleChecksTest, MillionDeepChainNeedsNoRecursion) {
    EXPECT_TRUE(ParseAndCheck(Chain(1000000, false)).errors.empty());
}

TEST(PeopleChecksTest, LongCycleIsReportedAtEveryRowWithAShortenedChain) {
    const auto checked = ParseAndCheck(Chain(1000, true));
    ASSERT_EQ(checked.errors.size(), 1000u);
    EXPECT_NE(checked.errors[0].reason.find("(1000 people)"), std::string::npos) << checked.errors[0].reason;
    EXPECT_LT(checked.errors[0].reason.size(), 200u);
}

TEST(DemoDirectoryTest, IsDeterministicAndBelievable) {
    const auto text = demo::GenerateDirectoryCsv(500, 3);
    EXPECT_EQ(text, demo::GenerateDirectoryCsv(500, 3));
    EXPECT_NE(text, demo::GenerateDirectoryCsv(500, 4));
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "Employee ID,Name,Email,Grade,Title,Department,Location,Time Zone,Manager ID,Hire Date,Leaving Date");

    const auto checked = ParseAndCheck(text);
    ASSERT_TRUE(checked.errors.empty()) << checked.errors[0].row << " " << checked.errors[0].field << ": "
                                        << checked.errors[0].reason;
    ASSERT_EQ(checked.csv.people.size(), 500u);
    std::map<std::string, storage::PersonValues> by_id;
    std::vector<std::string> owned;
    PeopleFile file(text, {}, kToday);
    int ceos = 0;
    int leavers = 0;
    std::map<long long, int> per_grade;
    std::set<std::string> departments;
    std::set<std::string> emails;
    std::map<std::string, std::pair<long long, std::string>> grade_and_manager;
    for (const auto& row : checked.csv.people) {
        const auto values = file.ReadAgain(row.offset, row.row);
        ++per_grade[values.grade];
        departments.insert(std::string(values.department));
        emails.insert(std::string(values.email));
        if (values.manager_id.empty()) ++ceos;
        if (!values.leaving_date.empty()) ++leavers;
        EXPECT_TRUE(domain::IsKnownTimeZone(std::string(values.time_zone))) << values.time_zone;
        grade_and_manager[std::string(values.employee_id)] = {values.grade, std::string(values.manager_id)};
    }
    EXPECT_EQ(ceos, 1);
    EXPECT_EQ(per_grade[10], 1);
    EXPECT_GT(per_grade[3] + per_grade[4] + per_grade[5], 250);  // most people are mid-level
    EXPECT_GE(departments.size(), 8u);
    EXPECT_EQ(emails.size(), 500u);
    EXPECT_GT(leavers, 15);
    EXPECT_LT(leavers, 80);
    for (const auto& [id, entry] : grade_and_manager) {
        if (entry.second.empty()) continue;
        EXPECT_GT(grade_and_manager.at(entry.second).first, entry.first) << id << " reports to a less senior person";
    }
}

}  // namespace
}  // namespace upward::service
