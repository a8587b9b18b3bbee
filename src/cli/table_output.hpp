#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace upward::cli {

/// Prints rows of JSON objects as an aligned table, CSV (RFC 4180 quoting) or a JSON array.
class TableOutput {
public:
    TableOutput(std::string format, std::vector<std::string> columns, std::ostream& out);
    void Row(const nlohmann::json& row);
    void Finish();

private:
    std::string format_;
    std::vector<std::string> columns_;
    std::ostream& out_;
    std::vector<std::vector<std::string>> buffered_;  // table only: widths need every row
    bool first_json_row_ = true;
};

}  // namespace upward::cli
