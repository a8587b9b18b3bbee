#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/application.hpp"

// Screening of mentor applications: the questionnaire an applicant answers, the scorecard a reviewer fills
// in, and the decision an admin records. "Being young doesn't automatically make a person an authority."
namespace upward::domain {

/// One question of a programme's screening questionnaire. `quality` is what it probes (patience,
/// temperament, listening, expertise, or a word the admin chose); reviewers score each quality 1..5.
struct ScreeningQuestion {
    long long id = 0;  // 0 for a question not stored yet
    int position = 0;
    std::string quality;
    std::string prompt;
};

inline constexpr std::size_t kMaxScreeningQuestions = 20;
inline constexpr std::size_t kMaxQualityLength = 40;
inline constexpr std::size_t kMaxPromptLength = 500;
inline constexpr std::size_t kMaxScreeningAnswerLength = 2000;
inline constexpr std::size_t kMaxReviewCommentLength = 2000;
inline constexpr std::size_t kMaxDecisionReasonLength = 1000;

/// The questionnaire a programme gets when its admin has not written one: patience, temperament, listening
/// and expertise, after the seed's "good mentors" list and its third principle ("screen the members").
std::vector<ScreeningQuestion> DefaultScreeningQuestions();

/// Checks an admin's questionnaire and normalises it (trimmed text, lower-case qualities, positions 1..n).
/// InvalidInput names the field: "questions" (none, or too many), "questions[2].quality", "questions[0].prompt",
/// "questions[1].id" (the same id twice).
void NormaliseQuestionnaire(std::vector<ScreeningQuestion>& questions);

/// The distinct qualities of a questionnaire, in question order: what a scorecard scores.
std::vector<std::string> ScoredQualities(const std::vector<ScreeningQuestion>& questions);

/// Checks an applicant's answers against the questionnaire and trims them: one non-blank answer to every
/// question and to nothing else. InvalidInput names "answers[1].question_id", "answers[0].answer", or
/// "answers" (a question left unanswered, named in the message).
void NormaliseAnswers(const std::vector<ScreeningQuestion>& questions, std::vector<ScreeningAnswer>& answers);

/// A reviewer's recommendation and an admin's decision use the same three outcomes.
enum class ScreeningOutcome { kApprove, kWaitList, kDecline };

/// "approve", "wait_list", "decline".
std::string_view ToString(ScreeningOutcome outcome);
std::optional<ScreeningOutcome> ParseScreeningOutcome(std::string_view text);
/// The application status a decision leads to: approved, wait_listed, declined.
ApplicationStatus StatusAfter(ScreeningOutcome outcome);

/// A reviewer's scorecard of one application: every quality 1..5, a comment and a recommendation.
struct Scorecard {
    std::map<std::string, int> scores;
    ScreeningOutcome recommendation = ScreeningOutcome::kWaitList;
    std::string comment;
};

/// Checks a scorecard against the qualities the programme scores and trims the comment. InvalidInput names
/// "scores" (a quality missing), "scores.<quality>" (out of 1..5 or not scored by this programme), "comment".
void NormaliseScorecard(const std::vector<std::string>& qualities, Scorecard& scorecard);

/// What the reviews so far say about an application. Averages are over the reviews that scored each quality;
/// `overall` is the mean of the quality averages (absent without reviews).
struct ScoreSummary {
    int reviews = 0;
    std::map<std::string, double> average_by_quality;
    std::optional<double> overall;
    std::map<std::string, int> recommendations;  // "approve" → count, ...
};

ScoreSummary Summarise(const std::vector<std::string>& qualities, const std::vector<Scorecard>& scorecards);

/// True while reviewers may score the application and an admin may decide it: submitted or wait-listed.
bool AwaitsDecision(ApplicationStatus status);

/// Conflict, saying why, unless an application in `status` may take `outcome`: submitted takes any; a
/// wait-listed one may be approved or declined later; approved, declined and withdrawn ones are settled.
void CheckDecisionAllowed(ApplicationStatus status, ScreeningOutcome outcome);

/// The decision's reason, trimmed; InvalidInput naming "reason" when blank or too long.
std::string NormaliseDecisionReason(std::string_view reason);

}  // namespace upward::domain
