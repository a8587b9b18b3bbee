#pragma once

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "service/csv/csv_records.hpp"
#include "service/directory/large_array.hpp"
#include "storage/directory/people_repository.hpp"

namespace upward::service {

/// The fields an import reads, in the order messages list them.
const std::vector<std::string>& PeopleFields();

/// The header names a field is found by when the mapping does not name its column.
const std::vector<std::string>& DefaultColumnNames(const std::string& field);

/// An HRIS export, read row by row. Throws InvalidInput naming `file` for an empty file or a malformed
/// header, `mapping` / `mapping.<field>` for a bad mapping and `employee_id` / `grade` when a required
/// column is missing. `today` (YYYY-MM-DD) decides whether a leaving date means the person has left.
class PeopleFile {
public:
    PeopleFile(std::string_view text, const std::map<std::string, std::string>& mapping, std::string_view today);

    /// Reads and checks the next data row on its own (required values, numbers, dates, time zones, flags,
    /// emails, self-management), appending its problems to `errors`. False at the end of the file.
    /// `readable` is false when the row has no values at all (malformed quoting, wrong column count).
    bool Next(storage::PersonValues& values, std::vector<RowError>& errors, bool& readable);
    long Row() const { return records_.Row(); }
    std::size_t Offset() const { return records_.Offset(); }

    /// Reads a row that an earlier pass found good again, without checking it; the values stay valid as
    /// long as this file and its text.
    storage::PersonValues ReadAgain(std::size_t offset, long row);

private:
    void Fill(storage::PersonValues& values, std::vector<RowError>* errors);
    bool KnownZone(std::string_view name);

    static constexpr std::size_t kZonesRemembered = 64;

    CsvRecords records_;
    std::string today_;
    std::size_t columns_ = 0;
    std::vector<int> field_column_;
    std::vector<std::pair<std::string, bool>> zones_;
    std::deque<std::string> unescaped_;  // values that had doubled quotes, kept for ReadAgain's callers
};

/// One data row that has an employee id and the right number of columns. The cross-row checks need only
/// the ids; the other values are read again from `offset` when the row is written.
struct PersonRow {
    long row = 0;
    std::size_t offset = 0;
    bool bad = false;  // a RowError names it
    std::string_view employee_id;
    std::string_view manager_id;
};

struct PeopleCsv {
    long long data_rows = 0;
    /// Rows with an employee id, good or bad, in file order: the cross-row checks need the bad ones too.
    LargeArray<PersonRow> people;
    /// Every problem found in a single row, in row order.
    std::vector<RowError> errors;
    /// Ids that were not plain text in the file (quoted with doubled quotes) live here.
    std::deque<std::string> owned;
};

/// Reads the whole file and checks each row on its own; see PeopleFile for what is checked and thrown.
PeopleCsv ParsePeopleCsv(std::string_view csv_text, const std::map<std::string, std::string>& mapping,
                         std::string_view today);

/// True when the row's values equal the stored person's (activity aside).
bool SameValues(const storage::PersonValues& values, const domain::Person& person);

}  // namespace upward::service
