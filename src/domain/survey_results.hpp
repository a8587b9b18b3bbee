#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/anonymity.hpp"
#include "domain/survey.hpp"

namespace upward::domain {

/// One stored answer as the aggregate sees it: the respondent's side, department and grade, the value. Never
/// the pair, the person or the time: nothing here can lead back to who said it.
struct ResultAnswer {
    long long question_id = 0;
    std::string side;
    std::string department;
    long long grade = 0;
    std::optional<int> number;
    std::string choice;
    std::string text;
};

/// The groups an admin or sponsor may look at: respondents of one side, one department, a grade band.
struct ResultFilter {
    std::string side;
    std::string department;
    std::optional<std::pair<long long, long long>> grade_band;  // inclusive

    bool Narrows() const { return !side.empty() || !department.empty() || grade_band.has_value(); }
    bool Matches(const ResultAnswer& answer) const;
};

/// Parses "3-5" or "7" into an inclusive band; InvalidInput naming grade_band otherwise.
std::pair<long long, long long> ParseGradeBand(const std::string& text);

/// Why a group of `group` answers out of a question's `population` may not be shown, or empty when it may:
/// fewer than k answers in the group, or (when a filter narrowed it) between 1 and k-1 answers outside it,
/// since the unfiltered figure minus this one would then describe that small rest.
std::string GroupWithheldReason(long long group, long long population, bool filtered, int k);

/// A question's aggregate. When withheld, nothing but the count and the reason: no mean, no distribution, no text.
struct QuestionResult {
    SurveyQuestion question;
    long long responses = 0;
    std::string withheld_reason;
    GuardedFigure mean;                                           // likert and recommend
    std::vector<std::pair<std::string, long long>> distribution;  // value or choice -> answers
    std::vector<std::string> texts;                               // free text, sorted, so order says nothing

    bool Withheld() const { return !withheld_reason.empty(); }
};

/// Aggregates per live question under `filter`, each guarded by GroupWithheldReason.
std::vector<QuestionResult> AggregateSurvey(const std::vector<SurveyQuestion>& questions,
                                            const std::vector<ResultAnswer>& answers, const ResultFilter& filter,
                                            int k);

}  // namespace upward::domain
