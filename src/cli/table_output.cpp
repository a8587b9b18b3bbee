#include "cli/table_output.hpp"

#include <algorithm>

#include "service/csv/csv_cell.hpp"

namespace upward::cli {

namespace {

std::string Cell(const nlohmann::json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

// A CSV cell as the API's exports write one (service::CsvCell): text a spreadsheet would run as a formula is
// neutralised. Numbers are written as they are, a negative one included.
std::string CsvField(const nlohmann::json& value) {
    if (value.is_number()) return value.dump();
    return service::CsvCell(Cell(value));
}

}  // namespace

TableOutput::TableOutput(std::string format, std::vector<std::string> columns, std::ostream& out)
    : format_(std::move(format)), columns_(std::move(columns)), out_(out) {
    if (format_ == "csv") {
        for (std::size_t i = 0; i < columns_.size(); ++i) out_ << (i ? "," : "") << service::CsvCell(columns_[i]);
        out_ << "\n";
    } else if (format_ == "json") {
        out_ << "[";
    } else {
        buffered_.push_back(columns_);
    }
}

void TableOutput::Row(const nlohmann::json& row) {
    if (format_ == "json") {
        out_ << (first_json_row_ ? "\n  " : ",\n  ") << row.dump();
        first_json_row_ = false;
        return;
    }
    if (format_ == "csv") {
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            out_ << (i ? "," : "") << CsvField(row.value(columns_[i], nlohmann::json()));
        }
        out_ << "\n";
        return;
    }
    std::vector<std::string> cells;
    for (const auto& column : columns_) cells.push_back(Cell(row.value(column, nlohmann::json())));
    buffered_.push_back(std::move(cells));
}

void TableOutput::Finish() {
    if (format_ == "json") {
        out_ << (first_json_row_ ? "]\n" : "\n]\n");
        return;
    }
    if (format_ == "csv") return;
    std::vector<std::size_t> widths(columns_.size(), 0);
    for (const auto& row : buffered_) {
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    for (const auto& row : buffered_) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - row[i].size() + 2, ' ');
        }
        out_ << line << "\n";
    }
}

}  // namespace upward::cli
