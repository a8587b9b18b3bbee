#include "domain/training.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

namespace {

std::string Indexed(const std::string& field, std::size_t index) { return field + "[" + std::to_string(index) + "]"; }

void ValidateQuestion(const QuizQuestion& question, const std::string& field) {
    if (question.question.empty()) throw InvalidInput(field + ".question", field + ".question is required");
    if (question.question.size() > kMaxQuestionLength) {
        throw InvalidInput(field + ".question",
                           field + ".question must be at most " + std::to_string(kMaxQuestionLength) + " characters");
    }
    const auto options_field = field + ".options";
    if (question.options.size() < kMinOptions || question.options.size() > kMaxOptions) {
        throw InvalidInput(options_field, options_field + " must hold " + std::to_string(kMinOptions) + " to " +
                                              std::to_string(kMaxOptions) + " options");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        const auto option_field = Indexed(options_field, i);
        if (question.options[i].empty()) throw InvalidInput(option_field, option_field + " must not be empty");
        if (question.options[i].size() > kMaxOptionLength) {
            throw InvalidInput(option_field,
                               option_field + " must be at most " + std::to_string(kMaxOptionLength) + " characters");
        }
        // Two identical options would make the right answer ambiguous to the person taking the quiz.
        if (!seen.insert(ToLower(question.options[i])).second) {
            throw InvalidInput(option_field, option_field + " repeats an earlier option");
        }
    }
    if (question.answer < 0 || question.answer >= static_cast<int>(question.options.size())) {
        throw InvalidInput(field + ".answer", field + ".answer must be the index of one of the options (0 to " +
                                                  std::to_string(question.options.size() - 1) + ")");
    }
}

}  // namespace

void ApplyTrainingModulePatch(const TrainingModulePatch& patch, TrainingModule& module, bool role_writable) {
    if (patch.role && !role_writable && *patch.role != module.role) {
        throw InvalidInput("role", "a module's role cannot change; create a module for the other role instead");
    }
    if (patch.role && role_writable) module.role = *patch.role;
    if (patch.title) module.title = *patch.title;
    if (patch.body_markdown) module.body_markdown = *patch.body_markdown;
    if (patch.quiz) module.quiz = *patch.quiz;
    if (patch.pass_mark) module.pass_mark = *patch.pass_mark;
    Validate(module);
}

void Validate(const TrainingModule& module) {
    if (module.title.empty()) throw InvalidInput("title", "title is required");
    if (module.title.size() > kMaxTitleLength) throw InvalidInput("title", "title is too long");
    if (Trim(module.body_markdown).empty()) throw InvalidInput("body_markdown", "body_markdown is required");
    if (module.body_markdown.size() > kMaxBodyLength) throw InvalidInput("body_markdown", "body_markdown is too long");
    if (module.quiz.empty()) throw InvalidInput("quiz", "quiz must hold at least one question");
    if (module.quiz.size() > kMaxQuestions) {
        throw InvalidInput("quiz", "quiz may hold at most " + std::to_string(kMaxQuestions) + " questions");
    }
    for (std::size_t i = 0; i < module.quiz.size(); ++i) ValidateQuestion(module.quiz[i], Indexed("quiz", i));
    if (module.pass_mark < 1 || module.pass_mark > 100)
        throw InvalidInput("pass_mark", "pass_mark must be between 1 and 100");
}

QuizGrade GradeQuiz(const std::vector<QuizQuestion>& quiz, const std::vector<int>& answers, int pass_mark) {
    if (answers.size() != quiz.size()) {
        throw InvalidInput("answers", "answers must hold one option index for each of the " +
                                          std::to_string(quiz.size()) + " questions");
    }
    QuizGrade grade;
    grade.total = static_cast<int>(quiz.size());
    for (std::size_t i = 0; i < quiz.size(); ++i) {
        if (answers[i] < 0 || answers[i] >= static_cast<int>(quiz[i].options.size())) {
            throw InvalidInput(Indexed("answers", i), "answers[" + std::to_string(i) + "] is not one of question " +
                                                          std::to_string(i + 1) + "'s options");
        }
        if (answers[i] == quiz[i].answer)
            ++grade.correct;
        else
            grade.wrong.push_back(static_cast<int>(i));
    }
    // Rounding down never passes anyone the exact ratio would fail: pass marks are whole percentages.
    grade.score = grade.total == 0 ? 0 : grade.correct * 100 / grade.total;
    grade.passed = grade.score >= pass_mark;
    return grade;
}

std::string ToString(TrainingStatus status) {
    switch (status) {
        case TrainingStatus::kNotStarted:
            return "not_started";
        case TrainingStatus::kFailed:
            return "failed";
        case TrainingStatus::kPassed:
            return "passed";
    }
    return "not_started";
}

}  // namespace upward::domain
