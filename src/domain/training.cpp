#include "domain/training.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

using nlohmann::json;

namespace {

std::string Indexed(const std::string& field, std::size_t index) { return field + "[" + std::to_string(index) + "]"; }

std::string TextField(const json& value, const std::string& field, std::size_t max_length, bool trim = true) {
    if (!value.is_string()) throw InvalidInput(field, field + " must be a string");
    std::string text = value.get<std::string>();
    if (trim) text = std::string(Trim(text));
    if (text.size() > max_length) {
        throw InvalidInput(field, field + " must be at most " + std::to_string(max_length) + " characters");
    }
    return text;
}

QuizQuestion QuestionFromJson(const json& value, const std::string& field) {
    if (!value.is_object()) throw InvalidInput(field, field + " must be an object with question, options and answer");
    QuizQuestion question;
    bool has_answer = false;
    for (const auto& [key, item] : value.items()) {
        const auto item_field = field + "." + key;
        if (key == "question") {
            question.question = TextField(item, item_field, kMaxQuestionLength);
        } else if (key == "options") {
            if (!item.is_array()) throw InvalidInput(item_field, item_field + " must be an array of strings");
            if (item.size() > kMaxOptions) {
                throw InvalidInput(item_field,
                                   item_field + " may hold at most " + std::to_string(kMaxOptions) + " options");
            }
            for (std::size_t i = 0; i < item.size(); ++i) {
                question.options.push_back(TextField(item[i], Indexed(item_field, i), kMaxOptionLength));
            }
        } else if (key == "answer") {
            if (!item.is_number_integer())
                throw InvalidInput(item_field, item_field + " must be the index of the right option");
            const auto answer = item.get<long long>();
            if (answer < 0 || answer >= static_cast<long long>(kMaxOptions)) {
                throw InvalidInput(item_field, item_field + " must be the index of one of the options");
            }
            question.answer = static_cast<int>(answer);
            has_answer = true;
        } else {
            throw InvalidInput(item_field, "unknown field " + item_field);
        }
    }
    if (!has_answer) throw InvalidInput(field + ".answer", field + ".answer is required");
    return question;
}

void ValidateQuestion(const QuizQuestion& question, const std::string& field) {
    if (question.question.empty()) throw InvalidInput(field + ".question", field + ".question is required");
    const auto options_field = field + ".options";
    if (question.options.size() < kMinOptions || question.options.size() > kMaxOptions) {
        throw InvalidInput(options_field, options_field + " must hold " + std::to_string(kMinOptions) + " to " +
                                              std::to_string(kMaxOptions) + " options");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        const auto option_field = Indexed(options_field, i);
        if (question.options[i].empty()) throw InvalidInput(option_field, option_field + " must not be empty");
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

std::vector<QuizQuestion> QuizFromJson(const json& value, const std::string& field) {
    if (!value.is_array()) throw InvalidInput(field, field + " must be an array of questions");
    if (value.size() > kMaxQuestions) {
        throw InvalidInput(field, field + " may hold at most " + std::to_string(kMaxQuestions) + " questions");
    }
    std::vector<QuizQuestion> quiz;
    for (std::size_t i = 0; i < value.size(); ++i) quiz.push_back(QuestionFromJson(value[i], Indexed(field, i)));
    return quiz;
}

json QuizToJson(const std::vector<QuizQuestion>& quiz, bool with_answers) {
    json items = json::array();
    for (const auto& question : quiz) {
        json item = {{"question", question.question}, {"options", question.options}};
        if (with_answers) item["answer"] = question.answer;
        items.push_back(std::move(item));
    }
    return items;
}

void ApplyTrainingModuleFields(const json& body, TrainingModule& module, bool role_writable) {
    if (!body.is_object()) throw InvalidInput("body", "the request body must be a JSON object");
    for (const auto& [key, value] : body.items()) {
        if (key == "title") {
            module.title = TextField(value, key, kMaxTitleLength);
        } else if (key == "body_markdown") {
            // Markdown is whitespace-sensitive (indented code, hard breaks): keep it as written.
            module.body_markdown = TextField(value, key, kMaxBodyLength, false);
        } else if (key == "quiz") {
            module.quiz = QuizFromJson(value, key);
        } else if (key == "pass_mark") {
            if (!value.is_number_integer()) throw InvalidInput(key, "pass_mark must be an integer percentage");
            const auto mark = value.get<long long>();
            if (mark < 1 || mark > 100) throw InvalidInput(key, "pass_mark must be between 1 and 100");
            module.pass_mark = static_cast<int>(mark);
        } else if (key == "role" && role_writable) {
            const auto role = value.is_string() ? ParseProgrammeRole(value.get<std::string>()) : std::nullopt;
            if (!role) throw InvalidInput(key, "role must be mentor or mentee");
            module.role = *role;
        } else if (key == "role") {
            // Clients may send the whole module back; only a different role is a change we refuse.
            const auto role = value.is_string() ? ParseProgrammeRole(value.get<std::string>()) : std::nullopt;
            if (role != module.role) {
                throw InvalidInput(key, "a module's role cannot change; create a module for the other role instead");
            }
        } else {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
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

std::vector<int> AnswersFromJson(const json& value) {
    if (!value.is_array())
        throw InvalidInput("answers", "answers must be an array of option indices, one per question");
    if (value.size() > kMaxQuestions)
        throw InvalidInput("answers", "answers holds more answers than any quiz has questions");
    std::vector<int> answers;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto field = Indexed("answers", i);
        if (!value[i].is_number_integer()) throw InvalidInput(field, field + " must be the index of an option");
        const auto answer = value[i].get<long long>();
        if (answer < 0 || answer >= static_cast<long long>(kMaxOptions)) {
            throw InvalidInput(field, field + " must be the index of an option");
        }
        answers.push_back(static_cast<int>(answer));
    }
    return answers;
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
