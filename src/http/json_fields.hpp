#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

// Readers for one field of a request body. Each throws InvalidInput naming `field` (as the client wrote it, e.g.
// "quiz[2].options[1]") when the value has the wrong type or breaks its range, so every route reports bad input
// the same way.
namespace upward::http {

/// "field[index]", the name of one item of a list field.
std::string Indexed(const std::string& field, std::size_t index);

enum class Whitespace { kTrim, kKeep };

/// A string, trimmed unless `whitespace` keeps it (Markdown is whitespace-sensitive), at most `max_length` bytes.
std::string TextField(const nlohmann::json& value, const std::string& field, std::size_t max_length,
                      Whitespace whitespace = Whitespace::kTrim);

/// A whole number from `low` to `high`.
int IntegerField(const nlohmann::json& value, const std::string& field, long long low, long long high);

bool BooleanField(const nlohmann::json& value, const std::string& field);

/// Refuses a body that is not a JSON object, naming "body".
void RequireObject(const nlohmann::json& body);

}  // namespace upward::http
