#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/programme.hpp"

namespace upward::service {

/// One problem of a profile: the field and why.
struct ProfileProblem {
    std::string field;
    std::string reason;
};

/// True when the employee id is an active person in the directory.
using PersonCheck = std::function<bool(const std::string&)>;

/// Checks a profile against its programme and tidies it: topics must be in the programme's catalogue
/// (spelled as the catalogue spells them afterwards) with a level 1..5 for mentors or a priority 1..3 for
/// mentees; language codes such as "en" or "pt-BR" (lower-cased), at least one; capacity 0..20 for mentors
/// and 1 for mentees; preferences name other people in the directory. Returns every problem found.
std::vector<ProfileProblem> CheckProfile(domain::MatchProfile& profile, const domain::Programme& programme,
                                         const PersonCheck& is_person);

/// A profile import file: a header row, then one row per person with the columns employee_id and side
/// (required) and languages, topics, availability, capacity, eligible, preferences (optional). Headers
/// match case-insensitively, with spaces for underscores. Sides may also use the programme's own words
/// for mentor and mentee. Throws InvalidInput naming `file` for an empty file, a bad header or, listing
/// every bad row (row number, field, reason), when any row is bad.
std::vector<domain::MatchProfile> ReadProfilesCsv(std::string_view text, const domain::Programme& programme,
                                                  const PersonCheck& is_person);

}  // namespace upward::service
