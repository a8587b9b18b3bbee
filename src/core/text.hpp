#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace upward {

/// Removes ASCII whitespace at both ends.
std::string_view Trim(std::string_view text);
std::string ToLower(std::string_view text);
/// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view text);
/// Parses a whole string as a base-10 integer; nullopt on anything else.
std::optional<long long> ParseInteger(std::string_view text);
/// True when `text` is a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view text);
/// UTC seconds to "YYYY-MM-DD" (the UTC date).
std::string FormatDate(long long seconds);
/// UTC seconds to "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatTimestamp(long long seconds);

}  // namespace upward
