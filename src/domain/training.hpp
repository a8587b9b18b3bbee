#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/roles.hpp"

namespace upward::domain {

/// One multiple-choice question; `answer` is the index of the right option.
struct QuizQuestion {
    std::string question;
    std::vector<std::string> options;
    int answer = 0;
};

/// A training module of a programme for one role, written in Markdown, with a short quiz. A module that
/// participants attempted is archived instead of deleted (archived_at), so their attempts stay readable.
struct TrainingModule {
    long long id = 0;
    long long programme_id = 0;
    ProgrammeRole role = ProgrammeRole::kMentor;
    int position = 0;
    std::string title;
    std::string body_markdown;
    std::vector<QuizQuestion> quiz;
    int pass_mark = 75;  // percentage of right answers needed
    long long created_at = 0;
    long long updated_at = 0;
    std::optional<long long> archived_at;
};

/// Limits a module must keep (the API and the CLI report the field that breaks one).
constexpr std::size_t kMaxTitleLength = 200;
constexpr std::size_t kMaxBodyLength = 100'000;
constexpr std::size_t kMaxQuestions = 20;
constexpr std::size_t kMinOptions = 2;
constexpr std::size_t kMaxOptions = 8;
constexpr std::size_t kMaxQuestionLength = 1000;
constexpr std::size_t kMaxOptionLength = 500;

/// Applies the writable fields of `body` (title, body_markdown, quiz, pass_mark, and role when
/// `role_writable`) onto `module`, then validates it. Throws InvalidInput naming the field
/// ("quiz[2].options[1]") on a wrong type, an unknown field or a broken rule.
void ApplyTrainingModuleFields(const nlohmann::json& body, TrainingModule& module, bool role_writable);

/// Throws InvalidInput naming the first field that breaks a rule: title and body_markdown present and
/// within limits; 1 to 20 questions, each with a question, 2 to 8 distinct options and an answer among
/// them; pass_mark 1 to 100.
void Validate(const TrainingModule& module);

/// Reads a quiz from its JSON form [{"question","options":[...],"answer":index}]; `field` prefixes the
/// names in errors.
std::vector<QuizQuestion> QuizFromJson(const nlohmann::json& value, const std::string& field = "quiz");
/// The quiz as JSON; without answers it is safe to show the people taking it.
nlohmann::json QuizToJson(const std::vector<QuizQuestion>& quiz, bool with_answers);

/// The outcome of one attempt. `wrong` lists the 0-based indices of the questions answered wrongly, never
/// what the right answer was.
struct QuizGrade {
    int score = 0;  // percentage right, rounded down
    bool passed = false;
    int correct = 0;
    int total = 0;
    std::vector<int> wrong;
};

/// Grades answers (one option index per question, in order) against the quiz. Throws InvalidInput naming
/// "answers" when the count differs, or "answers[i]" for an index that is no option of question i.
QuizGrade GradeQuiz(const std::vector<QuizQuestion>& quiz, const std::vector<int>& answers, int pass_mark);

/// Reads the API's answers: a JSON array of integers; InvalidInput naming "answers"/"answers[i]" otherwise.
std::vector<int> AnswersFromJson(const nlohmann::json& value);

/// Where a participant stands with one module.
enum class TrainingStatus { kNotStarted, kFailed, kPassed };
std::string ToString(TrainingStatus status);

}  // namespace upward::domain
