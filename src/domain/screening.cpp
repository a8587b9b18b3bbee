#include "domain/screening.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

std::vector<ScreeningQuestion> DefaultScreeningQuestions() {
    // Drawn from the seed: mentors "must have patience and temperament to work with senior executives as the
    // seniors may be reluctant to open up with someone so junior"; good mentors "listen and understand";
    // and "being young doesn't automatically make a person an authority" asks for real expertise.
    return {
        {0, 1, "patience",
         "Senior people may be slow to open up to someone more junior, and may need to hear something several "
         "times. Describe a time you taught something new to a person who found it hard. How did you stay patient?"},
        {0, 2, "temperament",
         "A senior colleague dismisses your suggestion in front of others. How do you respond, and how do you keep "
         "the relationship constructive and their dignity intact?"},
        {0, 3, "listening",
         "Good mentors listen and understand before they advise. How would you find out what your mentee really "
         "wants to learn, and how would you keep your advice to those topics?"},
        {0, 4, "expertise",
         "Being young does not make a person an authority. Which topic can you teach with real expertise, and what "
         "have you done with it (a project, a result, something other people use)?"},
    };
}

namespace {

std::string Indexed(const std::string& list, std::size_t i, const std::string& field) {
    return list + "[" + std::to_string(i) + "]." + field;
}

}  // namespace

void NormaliseQuestionnaire(std::vector<ScreeningQuestion>& questions) {
    if (questions.empty()) throw InvalidInput("questions", "a questionnaire needs at least one question");
    if (questions.size() > kMaxScreeningQuestions) {
        throw InvalidInput("questions",
                           "a questionnaire has at most " + std::to_string(kMaxScreeningQuestions) + " questions");
    }
    std::set<long long> ids;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        auto& question = questions[i];
        question.quality = ToLower(Trim(question.quality));
        question.prompt = std::string(Trim(question.prompt));
        question.position = static_cast<int>(i + 1);
        if (question.quality.empty()) {
            throw InvalidInput(Indexed("questions", i, "quality"),
                               "say which quality the question probes (e.g. patience)");
        }
        if (question.quality.size() > kMaxQualityLength) {
            throw InvalidInput(Indexed("questions", i, "quality"),
                               "a quality is at most " + std::to_string(kMaxQualityLength) + " characters");
        }
        if (question.prompt.empty())
            throw InvalidInput(Indexed("questions", i, "prompt"), "the question's text is required");
        if (question.prompt.size() > kMaxPromptLength) {
            throw InvalidInput(Indexed("questions", i, "prompt"),
                               "a question is at most " + std::to_string(kMaxPromptLength) + " characters");
        }
        if (question.id < 0) throw InvalidInput(Indexed("questions", i, "id"), "an id is a positive number");
        if (question.id > 0 && !ids.insert(question.id).second) {
            throw InvalidInput(Indexed("questions", i, "id"),
                               "question " + std::to_string(question.id) + " is listed twice");
        }
    }
}

std::vector<std::string> ScoredQualities(const std::vector<ScreeningQuestion>& questions) {
    std::vector<std::string> qualities;
    std::set<std::string> seen;
    for (const auto& question : questions) {
        if (seen.insert(question.quality).second) qualities.push_back(question.quality);
    }
    return qualities;
}

void NormaliseAnswers(const std::vector<ScreeningQuestion>& questions, std::vector<ScreeningAnswer>& answers) {
    std::set<long long> asked;
    for (const auto& question : questions) asked.insert(question.id);
    std::set<long long> answered;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        auto& answer = answers[i];
        if (!asked.count(answer.question_id)) {
            throw InvalidInput(Indexed("answers", i, "question_id"), "question " + std::to_string(answer.question_id) +
                                                                         " is not in this programme's questionnaire");
        }
        if (!answered.insert(answer.question_id).second) {
            throw InvalidInput(Indexed("answers", i, "question_id"),
                               "question " + std::to_string(answer.question_id) + " is answered twice");
        }
        answer.answer = std::string(Trim(answer.answer));
        if (answer.answer.empty()) throw InvalidInput(Indexed("answers", i, "answer"), "the answer is empty");
        if (answer.answer.size() > kMaxScreeningAnswerLength) {
            throw InvalidInput(Indexed("answers", i, "answer"),
                               "an answer is at most " + std::to_string(kMaxScreeningAnswerLength) + " characters");
        }
    }
    for (const auto& question : questions) {
        if (!answered.count(question.id)) {
            throw InvalidInput("answers", "every question needs an answer; question " +
                                              std::to_string(question.position) + " (" + question.quality +
                                              ") has none");
        }
    }
}

std::string_view ToString(ScreeningOutcome outcome) {
    switch (outcome) {
        case ScreeningOutcome::kApprove:
            return "approve";
        case ScreeningOutcome::kWaitList:
            return "wait_list";
        case ScreeningOutcome::kDecline:
            return "decline";
    }
    return "wait_list";
}

std::optional<ScreeningOutcome> ParseScreeningOutcome(std::string_view text) {
    if (text == "approve") return ScreeningOutcome::kApprove;
    if (text == "wait_list") return ScreeningOutcome::kWaitList;
    if (text == "decline") return ScreeningOutcome::kDecline;
    return std::nullopt;
}

ApplicationStatus StatusAfter(ScreeningOutcome outcome) {
    switch (outcome) {
        case ScreeningOutcome::kApprove:
            return ApplicationStatus::kApproved;
        case ScreeningOutcome::kWaitList:
            return ApplicationStatus::kWaitListed;
        case ScreeningOutcome::kDecline:
            return ApplicationStatus::kDeclined;
    }
    return ApplicationStatus::kWaitListed;
}

void NormaliseScorecard(const std::vector<std::string>& qualities, Scorecard& scorecard) {
    const std::set<std::string> scored(qualities.begin(), qualities.end());
    for (const auto& [quality, score] : scorecard.scores) {
        if (!scored.count(quality)) {
            throw InvalidInput("scores." + quality,
                               quality + " is not a quality this programme's questionnaire scores");
        }
        if (score < 1 || score > 5) throw InvalidInput("scores." + quality, "a score is a whole number from 1 to 5");
    }
    for (const auto& quality : qualities) {
        if (!scorecard.scores.count(quality)) {
            throw InvalidInput("scores", "score every quality; " + quality + " has no score");
        }
    }
    scorecard.comment = std::string(Trim(scorecard.comment));
    if (scorecard.comment.empty()) throw InvalidInput("comment", "say in a comment what the scores rest on");
    if (scorecard.comment.size() > kMaxReviewCommentLength) {
        throw InvalidInput("comment",
                           "a comment is at most " + std::to_string(kMaxReviewCommentLength) + " characters");
    }
}

ScoreSummary Summarise(const std::vector<std::string>& qualities, const std::vector<Scorecard>& scorecards) {
    ScoreSummary summary;
    summary.reviews = static_cast<int>(scorecards.size());
    for (const auto& scorecard : scorecards) ++summary.recommendations[std::string(ToString(scorecard.recommendation))];
    double sum_of_averages = 0;
    int averaged = 0;
    for (const auto& quality : qualities) {
        int total = 0;
        int count = 0;
        for (const auto& scorecard : scorecards) {
            if (const auto found = scorecard.scores.find(quality); found != scorecard.scores.end()) {
                total += found->second;
                ++count;
            }
        }
        if (count == 0) continue;
        const double average = static_cast<double>(total) / count;
        summary.average_by_quality[quality] = average;
        sum_of_averages += average;
        ++averaged;
    }
    if (averaged > 0) summary.overall = sum_of_averages / averaged;
    return summary;
}

bool AwaitsDecision(ApplicationStatus status) {
    return status == ApplicationStatus::kSubmitted || status == ApplicationStatus::kWaitListed;
}

void CheckDecisionAllowed(ApplicationStatus status, ScreeningOutcome outcome) {
    switch (status) {
        case ApplicationStatus::kSubmitted:
            return;
        case ApplicationStatus::kWaitListed:
            if (outcome == ScreeningOutcome::kWaitList) throw Conflict("the application is wait-listed already");
            return;
        case ApplicationStatus::kApproved:
            throw Conflict("the application was approved already; the decision is final");
        case ApplicationStatus::kDeclined:
            throw Conflict("the application was declined already; the decision is final");
        case ApplicationStatus::kWithdrawn:
            throw Conflict("the applicant withdrew the application");
    }
}

std::string NormaliseDecisionReason(std::string_view reason) {
    std::string trimmed(Trim(reason));
    if (trimmed.empty()) throw InvalidInput("reason", "give the reason for the decision; the applicant reads it");
    if (trimmed.size() > kMaxDecisionReasonLength) {
        throw InvalidInput("reason", "a reason is at most " + std::to_string(kMaxDecisionReasonLength) + " characters");
    }
    return trimmed;
}

}  // namespace upward::domain
