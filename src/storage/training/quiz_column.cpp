#include "storage/training/quiz_column.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace upward::storage {

using nlohmann::json;

std::string EncodeQuiz(const std::vector<domain::QuizQuestion>& quiz) {
    json items = json::array();
    for (const auto& question : quiz) {
        items.push_back({{"question", question.question}, {"options", question.options}, {"answer", question.answer}});
    }
    return items.dump();
}

std::vector<domain::QuizQuestion> DecodeQuiz(const std::string& text) {
    std::vector<domain::QuizQuestion> quiz;
    for (const auto& item : json::parse(text)) {
        domain::QuizQuestion question;
        question.question = std::string(Trim(item.at("question").get<std::string>()));
        for (const auto& option : item.at("options")) {
            question.options.push_back(std::string(Trim(option.get<std::string>())));
        }
        question.answer = item.at("answer").get<int>();
        quiz.push_back(std::move(question));
    }
    return quiz;
}

}  // namespace upward::storage
