#include "domain/survey.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

namespace {

std::chrono::sys_days ToDays(const std::string& date) {
    const int y = std::stoi(date.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
    return std::chrono::sys_days(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d});
}

std::string FromDays(std::chrono::sys_days days) {
    const std::chrono::year_month_day ymd(days);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

SurveyQuestion Question(std::string audience, std::string answer_type, std::string subject, std::string prompt,
                        bool required) {
    SurveyQuestion question;
    question.audience = std::move(audience);
    question.answer_type = std::move(answer_type);
    question.subject = std::move(subject);
    question.prompt = std::move(prompt);
    question.required = required;
    return question;
}

// `date` (YYYY-MM-DD) moved by `days`.
std::string ShiftDate(const std::string& date, int days) { return FromDays(ToDays(date) + std::chrono::days{days}); }

bool OneOf(const std::string& value, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(), [&value](const char* item) { return value == item; });
}

}  // namespace

const std::vector<Quality>& MentorQualities() {
    static const std::vector<Quality> qualities = {
        {"listen_and_understand", "Listens and understands"},
        {"challenge_and_stimulate", "Challenges and stimulates learning"},
        {"teach_by_example", "Teaches by example"},
        {"introduce_new_technologies", "Introduces new technologies"},
        {"patient", "Is patient"},
        {"restricted_advice", "Keeps advice to the topics agreed"},
    };
    return qualities;
}

const std::vector<Quality>& MenteeQualities() {
    static const std::vector<Quality> qualities = {
        {"listen", "Listens"},
        {"act_on_advice", "Acts on advice"},
        {"show_commitment", "Shows commitment"},
        {"ask_for_feedback", "Asks for feedback"},
        {"open_minded", "Is open-minded"},
        {"willing_to_change", "Is willing to change"},
        {"act_proactively", "Acts pro-actively"},
    };
    return qualities;
}

std::string QualityLabel(const std::string& key) {
    for (const auto* list : {&MentorQualities(), &MenteeQualities()}) {
        for (const auto& quality : *list) {
            if (quality.key == key) return quality.label;
        }
    }
    return key;
}

bool IsSurveyKind(const std::string& kind) { return kind == "midpoint" || kind == "closing"; }
bool IsAudience(const std::string& audience) { return audience == "mentor" || audience == "mentee"; }

std::string DefaultSurveyTitle(const std::string& kind) {
    return kind == "closing" ? "Closing survey" : "Mid-point survey";
}

std::vector<SurveyQuestion> DefaultSurveyQuestions(const std::vector<std::string>& topics) {
    std::vector<SurveyQuestion> questions;
    // The senior (mentee) rates their mentor, and the mentor rates the senior, each on the seed's qualities.
    for (const auto& quality : MentorQualities()) {
        auto question = Question("mentee", "likert", "partner", "Your mentor: " + quality.label, true);
        question.quality = quality.key;
        questions.push_back(std::move(question));
    }
    for (const auto& quality : MenteeQualities()) {
        auto question = Question("mentor", "likert", "partner", "Your mentee: " + quality.label, true);
        question.quality = quality.key;
        questions.push_back(std::move(question));
    }
    for (const auto* audience : {"mentee", "mentor"}) {
        questions.push_back(Question(audience, "recommend", "programme",
                                     "How likely are you to recommend the programme to a colleague? (0-10)", true));
    }
    // The learning is the senior's: they rate their own command of each topic then and now, so growth shows.
    for (const auto& topic : topics) {
        for (const auto* phase : {"before", "after"}) {
            auto question = Question("mentee", "likert", "self",
                                     std::string(phase == std::string("before") ? "Before the programme" : "Now") +
                                         ", how confident are you with " + topic + "?",
                                     false);
            question.topic = topic;
            question.phase = phase;
            questions.push_back(std::move(question));
        }
    }
    for (const auto* audience : {"mentee", "mentor"}) {
        questions.push_back(Question(audience, "text", "programme", "What should change in the programme?", false));
    }
    for (std::size_t i = 0; i < questions.size(); ++i) questions[i].position = static_cast<int>(i + 1);
    return questions;
}

std::pair<std::string, std::string> DefaultSurveyDates(const std::string& kind, const std::string& starts_on,
                                                       const std::string& ends_on, const std::string& today) {
    std::string opens = today;
    if (kind == "closing" && IsIsoDate(ends_on)) {
        opens = ends_on;
    } else if (kind == "midpoint" && IsIsoDate(starts_on) && IsIsoDate(ends_on) && starts_on <= ends_on) {
        const auto start = ToDays(starts_on);
        opens = FromDays(start + (ToDays(ends_on) - start) / 2);
    } else if (kind == "midpoint" && IsIsoDate(starts_on)) {
        opens = starts_on;
    }
    return {opens, ShiftDate(opens, 14)};
}

void ValidateQuestion(SurveyQuestion& question) {
    if (!IsAudience(question.audience)) throw InvalidInput("audience", "audience is mentor or mentee");
    if (!OneOf(question.answer_type, {"likert", "recommend", "choice", "text"})) {
        throw InvalidInput("answer_type", "answer_type is likert, recommend, choice or text");
    }
    if (question.subject.empty()) question.subject = "programme";
    if (!OneOf(question.subject, {"partner", "self", "programme"})) {
        throw InvalidInput("subject", "subject is partner, self or programme");
    }
    const auto prompt = std::string(Trim(question.prompt));
    if (prompt.empty()) throw InvalidInput("prompt", "a question needs a prompt");
    if (prompt.size() > 500) throw InvalidInput("prompt", "a prompt has at most 500 characters");
    question.prompt = prompt;
    if (question.subject == "partner" && question.answer_type != "likert") {
        // Only ratings are ever shown to the person rated: a question about them must be a rating.
        throw InvalidInput("answer_type", "a question about the partner is a likert rating");
    }
    if (question.subject == "partner" && question.quality.empty()) {
        throw InvalidInput("quality", "a question about the partner names the quality it rates");
    }
    if (question.subject == "self" && !question.phase.empty() && question.phase != "before" &&
        question.phase != "after") {
        throw InvalidInput("phase", "phase is before or after");
    }
    if (question.answer_type == "choice") {
        std::set<std::string> seen;
        std::vector<std::string> choices;
        for (const auto& choice : question.choices) {
            const auto text = std::string(Trim(choice));
            if (text.empty()) throw InvalidInput("choices", "a choice cannot be empty");
            if (!seen.insert(text).second) throw InvalidInput("choices", "choice \"" + text + "\" is listed twice");
            choices.push_back(text);
        }
        if (choices.size() < 2) throw InvalidInput("choices", "a choice question offers at least two choices");
        question.choices = std::move(choices);
    } else {
        question.choices.clear();
    }
}

std::vector<SurveyAnswer> ValidAnswers(const std::vector<SurveyQuestion>& questions, const std::string& audience,
                                       const std::vector<SurveyAnswer>& answers) {
    std::map<long long, const SurveyQuestion*> asked;
    for (const auto& question : questions) {
        if (!question.archived && question.audience == audience) asked[question.id] = &question;
    }
    std::vector<RowError> errors;
    std::vector<SurveyAnswer> kept;
    std::set<long long> answered;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const long row = static_cast<long>(i + 1);
        const auto& answer = answers[i];
        const auto found = asked.find(answer.question_id);
        if (found == asked.end()) {
            errors.push_back(
                {row, "question_id", "question " + std::to_string(answer.question_id) + " is not asked of you"});
            continue;
        }
        if (!answered.insert(answer.question_id).second) {
            errors.push_back(
                {row, "question_id", "question " + std::to_string(answer.question_id) + " is answered twice"});
            continue;
        }
        const auto& question = *found->second;
        SurveyAnswer value;
        value.question_id = answer.question_id;
        if (question.answer_type == "likert" || question.answer_type == "recommend") {
            const int high = question.answer_type == "likert" ? 5 : 10;
            const int low = question.answer_type == "likert" ? 1 : 0;
            if (!answer.number) {
                if (question.required)
                    errors.push_back({row, "number", "this question needs a number"});
                else
                    answered.erase(answer.question_id);
                continue;
            }
            if (*answer.number < low || *answer.number > high) {
                errors.push_back(
                    {row, "number", "the answer is from " + std::to_string(low) + " to " + std::to_string(high)});
                continue;
            }
            value.number = answer.number;
        } else if (question.answer_type == "choice") {
            if (answer.choice.empty()) {
                answered.erase(answer.question_id);
                continue;
            }
            if (std::find(question.choices.begin(), question.choices.end(), answer.choice) == question.choices.end()) {
                errors.push_back({row, "choice", "\"" + answer.choice + "\" is not one of the choices"});
                continue;
            }
            value.choice = answer.choice;
        } else {
            const auto text = std::string(Trim(answer.text));
            if (text.empty()) {
                answered.erase(answer.question_id);
                continue;
            }
            if (text.size() > kMaxSurveyTextLength) {
                errors.push_back({row, "text", "an answer has at most 2000 characters"});
                continue;
            }
            value.text = text;
        }
        kept.push_back(std::move(value));
    }
    for (const auto& [id, question] : asked) {
        if (question->required && !answered.count(id)) {
            errors.push_back(
                {0, "answers", "question " + std::to_string(id) + " (\"" + question->prompt + "\") is required"});
        }
    }
    if (!errors.empty()) {
        // Copies first: the rows are moved into the exception.
        const auto field = errors.front().field;
        const auto message = errors.front().reason;
        throw InvalidInput(field, message, std::move(errors));
    }
    return kept;
}

void ValidatePulse(int usefulness, const std::string& comment) {
    if (usefulness < 1 || usefulness > 5) {
        throw InvalidInput("usefulness", "usefulness is from 1 to 5", {{1, "usefulness", "usefulness is from 1 to 5"}});
    }
    if (comment.size() > kMaxPulseCommentLength) {
        throw InvalidInput("comment", "a comment has at most 1000 characters",
                           {{1, "comment", "a comment has at most 1000 characters"}});
    }
}

}  // namespace upward::domain
