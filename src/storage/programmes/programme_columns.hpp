#pragma once

#include <string>
#include <vector>

namespace upward::storage {

/// The text columns of a programme that hold lists (goals, ground_rules, topics): a JSON array of strings, the
/// stored format of its own (decoupled from the API's). An empty column reads as an empty list.
std::string EncodeTextList(const std::vector<std::string>& items);
std::vector<std::string> DecodeTextList(const std::string& text);

/// The ground rules as the ground_rules column stores them: the canonical text whose digest records which rules a
/// participant accepted. The JSON list keeps rule boundaries: ["a b"] and ["a", "b"] differ.
std::string GroundRulesText(const std::vector<std::string>& ground_rules);

}  // namespace upward::storage
