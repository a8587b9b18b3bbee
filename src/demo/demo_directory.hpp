#pragma once

#include <string>

namespace upward::demo {

/// A believable organisation as an HRIS export (the header Upward's import recognises by default):
/// one CEO at grade 10, a grade pyramid below, each person reporting to someone more senior, about a dozen
/// departments and offices with their time zones, and about 8% leavers. The same seed gives the same file.
std::string GenerateDirectoryCsv(long long people, unsigned seed);

}  // namespace upward::demo
