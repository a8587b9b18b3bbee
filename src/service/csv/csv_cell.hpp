#pragma once

#include <string>

namespace upward::service {

/// One cell of an exported CSV: quoted when it must be (RFC 4180), and text a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, because exported
/// names, topics and corrections are typed by people and an export must not attack whoever opens it.
std::string CsvCell(std::string text);

}  // namespace upward::service
