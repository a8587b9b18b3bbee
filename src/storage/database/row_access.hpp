#pragma once

#include <optional>
#include <string>

#include "storage/database/sql.hpp"

namespace upward::storage {

// SOCI reports a column's type as each backend declares it (INTEGER vs BIGINT, COUNT(*) as text or
// integer), and soci::row::get is strict about it. These readers accept any of them, and NULL.

long long IntColumn(const soci::row& row, const std::string& name, long long if_null = 0);
std::optional<long long> OptionalIntColumn(const soci::row& row, const std::string& name);
/// NULL reads as the empty string: the domain stores absent text as empty.
std::string TextColumn(const soci::row& row, const std::string& name);

/// Binds empty text as NULL, so absent values stay absent in the database.
inline soci::indicator NullIfEmpty(const std::string& text) { return text.empty() ? soci::i_null : soci::i_ok; }

}  // namespace upward::storage
