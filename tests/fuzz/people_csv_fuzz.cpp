// Fuzz target for the people import's reading: the CSV reader and the per-row and cross-row checks must
// take any bytes without crashing, hanging or breaking their promises (growing row numbers, offsets that
// lead back to the same record, the same records whether plain lines are split directly or by libcsv).
// Built as a libFuzzer binary with Clang and as a replay program everywhere.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "service/csv/csv_records.hpp"
#include "service/directory/people_checks.hpp"
#include "service/directory/people_csv.hpp"

namespace {

using upward::service::CsvRecords;

void Require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "people_csv_fuzz: broken promise: %s\n", what);
    std::abort();
}

bool Inside(std::string_view part, std::string_view whole) {
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

void CheckRecords(std::string_view text) {
    CsvRecords records(text);
    CsvRecords again(text);
    // Lines without quotes are split without libcsv; libcsv alone must read the same records.
    CsvRecords libcsv_only(text, CsvRecords::Reading::kLibcsvOnly);
    long previous_row = 0;
    std::size_t previous_offset = 0;
    bool first = true;
    std::size_t viewed = 0;
    while (records.Next()) {
        Require(records.Row() > previous_row, "row numbers grow");
        Require(first || records.Offset() > previous_offset, "offsets grow");
        Require(records.Offset() < records.Text().size(), "offsets lie inside the text");
        first = false;
        previous_row = records.Row();
        previous_offset = records.Offset();
        for (const auto field : records.Fields()) {
            if (Inside(field, records.Text())) viewed += field.size();
        }
        // What the people import relies on: a record read again from its offset is the same record.
        Require(libcsv_only.Next(), "libcsv finds the record too");
        Require(libcsv_only.Row() == records.Row() && libcsv_only.Offset() == records.Offset(),
                "libcsv finds the record at the same row and offset");
        Require(libcsv_only.Problem() == records.Problem(), "libcsv finds the same problem");
        Require(libcsv_only.Fields() == records.Fields(), "libcsv reads the same fields");
        again.Seek(records.Offset(), records.Row());
        Require(again.Next(), "a record can be read again");
        Require(again.Row() == records.Row(), "reading again keeps the row number");
        Require(again.Problem() == records.Problem(), "reading again finds the same problem");
        Require(again.Fields() == records.Fields(), "reading again gives the same fields");
    }
    Require(viewed <= records.Text().size(), "fields in the text do not overlap");
    Require(records.Fields().empty(), "no fields after the end");
    Require(!libcsv_only.Next(), "libcsv finds no more records");
}

void CheckPeople(std::string_view text) {
    try {
        auto csv = upward::service::ParsePeopleCsv(text, {}, "2025-06-01");
        upward::service::PeopleFile file(text, {}, "2025-06-01");
        for (const auto& row : csv.people) {
            if (row.bad) continue;
            const auto values = file.ReadAgain(row.offset, row.row);
            Require(values.employee_id == row.employee_id, "a good row reads again with its id");
        }
        auto cascaded = csv.people;
        auto cascaded_errors = csv.errors;
        upward::service::CheckReportingLines(csv.people, {}, false, csv.errors);
        upward::service::CheckReportingLines(cascaded, {}, true, cascaded_errors);
    } catch (const upward::InvalidInput&) {
        // An empty file, a malformed header or missing required columns: reported, not a crash.
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    CheckRecords(text);
    CheckPeople(text);
    return 0;
}
