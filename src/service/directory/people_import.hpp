#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

struct ImportOptions {
    /// Field name (employee_id, grade, ...) -> the file's column header. Unmapped fields are found by
    /// their common header names.
    std::map<std::string, std::string> mapping;
    /// Marks active people who are missing from the file inactive (never deletes them).
    bool full = false;
    /// Computes the whole report and writes nothing.
    bool dry_run = false;
    /// Imports the good rows and reports the bad ones instead of refusing the file.
    bool skip_bad_rows = false;
};

struct ImportReport {
    long long rows = 0;  // data rows in the file
    long long inserted = 0;
    long long updated = 0;  // changed fields or reactivated
    long long unchanged = 0;
    long long deactivated = 0;
    std::vector<RowError> errors;  // the skipped rows, with skip_bad_rows
    bool applied = false;          // false for a dry run
};

/// Imports an HRIS export into the people directory in one transaction. Throws InvalidInput naming
/// `file` (with every bad row) when any row is bad and skip_bad_rows is off; then nothing changes.
/// Throws InvalidInput naming `mapping.<field>`, `employee_id` or `grade` when the columns cannot be found.
ImportReport ImportPeople(storage::Database& database, std::string_view csv_text, const ImportOptions& options,
                          const Clock& clock);

/// Parses "grade=Level,employee_id=Emp ID" into a mapping; throws InvalidInput naming `map` on bad syntax,
/// an unknown field or a field given twice.
std::map<std::string, std::string> ParseMappingOption(const std::string& text);

}  // namespace upward::service
