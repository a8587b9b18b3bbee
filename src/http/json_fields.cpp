#include "http/json_fields.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::http {

std::string Indexed(const std::string& field, std::size_t index) { return field + "[" + std::to_string(index) + "]"; }

std::string TextField(const nlohmann::json& value, const std::string& field, std::size_t max_length,
                      Whitespace whitespace) {
    if (!value.is_string()) throw InvalidInput(field, field + " must be a string");
    auto text = value.get<std::string>();
    if (whitespace == Whitespace::kTrim) text = std::string(Trim(text));
    if (text.size() > max_length) {
        throw InvalidInput(field, field + " must be at most " + std::to_string(max_length) + " characters");
    }
    return text;
}

int IntegerField(const nlohmann::json& value, const std::string& field, long long low, long long high) {
    if (!value.is_number_integer()) throw InvalidInput(field, field + " must be an integer");
    const auto number = value.get<long long>();
    if (number < low || number > high) {
        throw InvalidInput(field, field + " must be between " + std::to_string(low) + " and " + std::to_string(high));
    }
    return static_cast<int>(number);
}

bool BooleanField(const nlohmann::json& value, const std::string& field) {
    if (!value.is_boolean()) throw InvalidInput(field, field + " must be true or false");
    return value.get<bool>();
}

void RequireObject(const nlohmann::json& body) {
    if (!body.is_object()) throw InvalidInput("body", "the request body must be a JSON object");
}

}  // namespace upward::http
