#include "domain/training_document.hpp"

#include <cctype>
#include <optional>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

namespace {

std::vector<std::string> SplitLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line(text.substr(start, end - start));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

std::string LineField(std::size_t index) { return "line " + std::to_string(index + 1); }

std::string Join(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    std::string text;
    for (std::size_t i = from; i < to; ++i) {
        text += lines[i];
        text += '\n';
    }
    return text;
}

// "12. text" or "12) text": the question's text, or nothing when the line starts no question.
std::optional<std::string> QuestionStart(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits == 0 || digits + 1 >= line.size()) return std::nullopt;
    if (line[digits] != '.' && line[digits] != ')') return std::nullopt;
    if (line[digits + 1] != ' ' && line[digits + 1] != '\t') return std::nullopt;
    return std::string(Trim(line.substr(digits + 2)));
}

struct OptionLine {
    std::string text;
    bool checked = false;
};

// "- [ ] text" or "- [x] text" (also with * or + bullets).
std::optional<OptionLine> OptionStart(std::string_view line) {
    if (line.size() < 6) return std::nullopt;
    if (line[0] != '-' && line[0] != '*' && line[0] != '+') return std::nullopt;
    if (line[1] != ' ' || line[2] != '[' || line[4] != ']') return std::nullopt;
    const char mark = line[3];
    if (mark != ' ' && mark != 'x' && mark != 'X') return std::nullopt;
    return OptionLine{std::string(Trim(line.substr(5))), mark != ' '};
}

int ParsePassMark(const std::string& text) {
    std::string_view value = Trim(text);
    if (!value.empty() && value.back() == '%') value.remove_suffix(1);
    const auto mark = ParseInteger(Trim(value));
    if (!mark || *mark < 1 || *mark > 100)
        throw InvalidInput("pass_mark", "pass_mark must be a whole percentage from 1 to 100");
    return static_cast<int>(*mark);
}

bool IsQuizHeading(std::string_view line) { return ToLower(Trim(line)) == "## quiz"; }

std::vector<QuizQuestion> ParseQuiz(const std::vector<std::string>& lines, std::size_t from) {
    std::vector<QuizQuestion> quiz;
    std::vector<int> checked_counts;
    for (std::size_t i = from; i < lines.size(); ++i) {
        const auto line = Trim(lines[i]);
        if (line.empty()) continue;
        if (auto question = QuestionStart(line)) {
            quiz.push_back({*question, {}, -1});
            checked_counts.push_back(0);
        } else if (auto option = OptionStart(line)) {
            if (quiz.empty()) throw InvalidInput(LineField(i), "an option must follow a numbered question");
            if (option->checked) {
                quiz.back().answer = static_cast<int>(quiz.back().options.size());
                ++checked_counts.back();
            }
            quiz.back().options.push_back(option->text);
        } else if (!quiz.empty() && quiz.back().options.empty()) {
            quiz.back().question += " " + std::string(line);  // a question written over several lines
        } else {
            throw InvalidInput(
                LineField(i),
                "expected a numbered question (\"1. ...\") or an option (\"- [ ] ...\" or \"- [x] ...\")");
        }
    }
    for (std::size_t q = 0; q < quiz.size(); ++q) {
        if (checked_counts[q] != 1) {
            throw InvalidInput(
                "quiz[" + std::to_string(q) + "].answer",
                "question " + std::to_string(q + 1) + " needs exactly one option checked as right ([x])");
        }
    }
    return quiz;
}

}  // namespace

TrainingDocument ParseTrainingDocument(std::string_view text) {
    const auto lines = SplitLines(text);
    TrainingDocument document;
    std::size_t body_start = 0;
    if (!lines.empty() && Trim(lines[0]) == "---") {
        std::size_t i = 1;
        for (; i < lines.size() && Trim(lines[i]) != "---"; ++i) {
            const auto line = Trim(lines[i]);
            if (line.empty() || line.front() == '#') continue;
            const auto colon = line.find(':');
            const auto key = colon == std::string_view::npos ? std::string() : ToLower(Trim(line.substr(0, colon)));
            if (key.empty()) throw InvalidInput(LineField(i), "front matter lines are written key: value");
            document.front_matter[key] = std::string(Trim(line.substr(colon + 1)));
        }
        if (i == lines.size())
            throw InvalidInput(LineField(0), "the front matter opened here is never closed with ---");
        body_start = i + 1;
    }

    std::size_t quiz_heading = lines.size();
    for (std::size_t i = lines.size(); i-- > body_start;) {
        if (IsQuizHeading(lines[i])) {
            quiz_heading = i;
            break;
        }
    }

    if (const auto title = document.front_matter.find("title"); title != document.front_matter.end()) {
        document.title = title->second;
    } else {
        // No title in front matter: a leading "# Heading" names the module and is not repeated in its body.
        while (body_start < quiz_heading && Trim(lines[body_start]).empty()) ++body_start;
        const auto first = body_start < quiz_heading ? Trim(lines[body_start]) : std::string_view();
        if (first.size() > 2 && first.substr(0, 2) == "# ") {
            document.title = std::string(Trim(first.substr(2)));
            ++body_start;
        }
    }
    if (const auto mark = document.front_matter.find("pass_mark"); mark != document.front_matter.end()) {
        document.pass_mark = ParsePassMark(mark->second);
    }

    while (body_start < quiz_heading && Trim(lines[body_start]).empty()) ++body_start;
    std::string body = Join(lines, body_start, quiz_heading);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.pop_back();
    document.body_markdown = body.empty() ? body : body + "\n";
    if (quiz_heading < lines.size()) document.quiz = ParseQuiz(lines, quiz_heading + 1);
    return document;
}

}  // namespace upward::domain
