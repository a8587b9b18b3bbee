#include "storage/programmes/programme_columns.hpp"

#include <nlohmann/json.hpp>

namespace upward::storage {

std::string EncodeTextList(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

std::vector<std::string> DecodeTextList(const std::string& text) {
    return text.empty() ? std::vector<std::string>{} : nlohmann::json::parse(text).get<std::vector<std::string>>();
}

std::string GroundRulesText(const std::vector<std::string>& ground_rules) { return EncodeTextList(ground_rules); }

}  // namespace upward::storage
