#pragma once

#include <vector>

#include "core/errors.hpp"
#include "domain/person.hpp"
#include "service/directory/people_csv.hpp"

namespace upward::service {

/// The checks that need every row and the directory: duplicate employee ids (the later row is bad),
/// managers that exist neither in the file nor in `existing`, and reporting cycles in the directory as it
/// will be after the import (existing people overlaid by the file's). Marks rows bad and appends errors.
///
/// With `cascade` (skip_bad_rows), bad rows are left out: people whose manager is only on a left-out row
/// become bad too, and the checks repeat until nothing changes. Without it, rows with a bad field still
/// count as people, so one typo is not reported again at every report of that person.
/// Linear in rows + directory and free of recursion: reporting chains may be a million deep.
void CheckReportingLines(LargeArray<PersonRow>& rows, const std::vector<domain::Person>& existing, bool cascade,
                         std::vector<RowError>& errors);

}  // namespace upward::service
