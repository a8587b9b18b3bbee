#pragma once

#include <optional>
#include <string>
#include <vector>

namespace upward::domain {

/// One of the seed's qualities a person is rated on: a stable key (kept in survey_questions.quality) and the
/// words shown to people.
struct Quality {
    std::string key;
    std::string label;
};

/// What makes a good mentor (rated by their mentee) and a good mentee (rated by their mentor), in the seed's words.
const std::vector<Quality>& MentorQualities();
const std::vector<Quality>& MenteeQualities();
/// The label of a quality key of either side; the key itself when it is not one of the seed's.
std::string QualityLabel(const std::string& key);

/// A survey question (survey_questions). audience: mentor, mentee (who is asked). answer_type: likert (1-5),
/// recommend (0-10), choice (one of `choices`), text. subject: partner (quality says which), self (topic and
/// phase before/after), programme.
struct SurveyQuestion {
    long long id = 0;
    long long survey_id = 0;
    int position = 0;
    std::string audience;
    std::string answer_type;
    std::string subject;
    std::string quality;
    std::string topic;
    std::string phase;
    std::string prompt;
    std::vector<std::string> choices;
    bool required = true;
    bool archived = false;
};

/// A programme's mid-point or closing survey (surveys). kind: midpoint, closing. status: draft, open, closed.
struct Survey {
    long long id = 0;
    long long programme_id = 0;
    std::string kind;
    std::string title;
    std::string status;
    std::string opens_on;
    std::string closes_on;
    long long created_at = 0;
    long long updated_at = 0;
    std::vector<SurveyQuestion> questions;  // by position
};

/// One answer as given: number for likert and recommend, choice or text otherwise.
struct SurveyAnswer {
    long long question_id = 0;
    std::optional<int> number;
    std::string choice;
    std::string text;
};

inline constexpr std::size_t kMaxSurveyTextLength = 2000;
inline constexpr std::size_t kMaxPulseCommentLength = 1000;

bool IsSurveyKind(const std::string& kind);
bool IsAudience(const std::string& audience);

/// The default title of a survey kind ("Mid-point survey", "Closing survey").
std::string DefaultSurveyTitle(const std::string& kind);

/// The default questions of either kind: each side rates the other on the seed's qualities (Likert, required),
/// a 0-10 recommendation of the programme (required), the mentee's self-assessment of each programme topic
/// before and after (Likert, optional: not every topic is in every pair's scope) and what should change in
/// the programme (free text, optional). Positions follow the order given.
std::vector<SurveyQuestion> DefaultSurveyQuestions(const std::vector<std::string>& topics);

/// When the default survey of `kind` opens and closes: the mid-point survey at the programme's midpoint,
/// the closing one at its end; each stays open two weeks. Without programme dates, `today` stands in.
std::pair<std::string, std::string> DefaultSurveyDates(const std::string& kind, const std::string& starts_on,
                                                       const std::string& ends_on, const std::string& today);

/// Checks an admin's question (audience, answer type, subject, prompt, choices) and normalises it: choices are
/// kept only for choice questions. Throws InvalidInput naming the field.
void ValidateQuestion(SurveyQuestion& question);

/// Checks a response of `audience` to `questions`: each answer names a live question of that audience, once,
/// with a value in range (likert 1-5, recommend 0-10, choice among the choices, text up to 2000 characters);
/// every required question is answered. Empty text and choice count as unanswered. Returns the answers to
/// store. Throws InvalidInput (status 422) listing each bad answer by its position (1-based) and field.
std::vector<SurveyAnswer> ValidAnswers(const std::vector<SurveyQuestion>& questions, const std::string& audience,
                                       const std::vector<SurveyAnswer>& answers);

/// Throws InvalidInput (422) naming usefulness or comment when a pulse breaks its rules (1-5; up to 1000 chars).
void ValidatePulse(int usefulness, const std::string& comment);

}  // namespace upward::domain
