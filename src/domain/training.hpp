#pragma once

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

/// A change to a module's writable fields, already read from its source (the API or a Markdown document): each
/// field that is set replaces the module's.
struct TrainingModulePatch {
    std::optional<std::string> title;
    std::optional<std::string> body_markdown;
    std::optional<std::vector<QuizQuestion>> quiz;
    std::optional<int> pass_mark;
    std::optional<ProgrammeRole> role;
};

/// Applies `patch` onto `module`, then validates it. The role is set only when `role_writable` (a new module);
/// afterwards a patch may repeat the module's role (clients send the whole module back) but not change it.
/// Throws InvalidInput naming the field ("quiz[2].options[1]") that breaks a rule.
void ApplyTrainingModulePatch(const TrainingModulePatch& patch, TrainingModule& module, bool role_writable);

/// Throws InvalidInput naming the first field that breaks a rule: title and body_markdown present and
/// within limits; 1 to 20 questions, each with a question, 2 to 8 distinct options and an answer among
/// them; pass_mark 1 to 100.
void Validate(const TrainingModule& module);

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

/// Where a participant stands with one module.
enum class TrainingStatus { kNotStarted, kFailed, kPassed };
std::string ToString(TrainingStatus status);

}  // namespace upward::domain
