#pragma once

#include <string>
#include <string_view>

namespace upward::mail {

/// A header value as RFC 5322 allows it: ASCII text stays as it is; anything else becomes RFC 2047
/// encoded-words ("=?UTF-8?B?...?="), at most 75 characters each, split between whole UTF-8 characters and
/// folded onto continuation lines. Line breaks in the input become spaces, so no value can start a header.
std::string EncodeHeaderText(std::string_view text);

/// "Display Name <address>" for From and To: a quoted string for ASCII names, encoded-words otherwise; just
/// the address when the name is empty.
std::string FormatMailbox(std::string_view name, std::string_view address);

/// The Date header's value for Unix time `seconds`: "Sun, 01 Jun 2025 10:00:00 +0000".
std::string FormatRfc5322Date(long long seconds);

/// Text with every line ending as CRLF, what SMTP bodies need.
std::string ToCrlf(std::string_view text);

}  // namespace upward::mail
