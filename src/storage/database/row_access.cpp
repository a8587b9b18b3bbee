#include "storage/database/row_access.hpp"

#include "storage/database/sql.hpp"

namespace upward::storage {

std::optional<long long> OptionalIntColumn(const soci::row& row, const std::string& name) {
    if (row.get_indicator(name) == soci::i_null) return std::nullopt;
    switch (row.get_properties(name).get_data_type()) {
        case soci::dt_integer:
            return row.get<int>(name);
        case soci::dt_long_long:
            return row.get<long long>(name);
        case soci::dt_unsigned_long_long:
            return static_cast<long long>(row.get<unsigned long long>(name));
        case soci::dt_double:
            return static_cast<long long>(row.get<double>(name));
        case soci::dt_string:
            return std::stoll(row.get<std::string>(name));
        default:
            return std::nullopt;
    }
}

long long IntColumn(const soci::row& row, const std::string& name, long long if_null) {
    return OptionalIntColumn(row, name).value_or(if_null);
}

std::string TextColumn(const soci::row& row, const std::string& name) {
    if (row.get_indicator(name) == soci::i_null) return {};
    switch (row.get_properties(name).get_data_type()) {
        case soci::dt_string:
            return row.get<std::string>(name);
        case soci::dt_integer:
            return std::to_string(row.get<int>(name));
        case soci::dt_long_long:
            return std::to_string(row.get<long long>(name));
        default:
            return {};
    }
}

}  // namespace upward::storage
