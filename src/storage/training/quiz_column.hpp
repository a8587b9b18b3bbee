#pragma once

#include <string>
#include <vector>

#include "domain/training.hpp"

namespace upward::storage {

/// The training_modules.quiz column: a JSON array of {"question", "options": [...], "answer": index}, the stored
/// format of its own (the API's quiz JSON is written in http/training).
std::string EncodeQuiz(const std::vector<domain::QuizQuestion>& quiz);
std::vector<domain::QuizQuestion> DecodeQuiz(const std::string& text);

}  // namespace upward::storage
