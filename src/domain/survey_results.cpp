#include "domain/survey_results.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

bool ResultFilter::Matches(const ResultAnswer& answer) const {
    if (!side.empty() && answer.side != side) return false;
    if (!department.empty() && answer.department != department) return false;
    if (grade_band && (answer.grade < grade_band->first || answer.grade > grade_band->second)) return false;
    return true;
}

std::pair<long long, long long> ParseGradeBand(const std::string& text) {
    const auto dash = text.find('-');
    const auto low = ParseInteger(Trim(text.substr(0, dash)));
    const auto high = dash == std::string::npos ? low : ParseInteger(Trim(text.substr(dash + 1)));
    if (!low || !high || *low > *high) {
        throw InvalidInput("grade_band", "grade_band is a grade (\"7\") or an inclusive range (\"3-5\")");
    }
    return {*low, *high};
}

std::string GroupWithheldReason(long long group, long long population, bool filtered, int k) {
    const long long threshold = std::max(k, 1);
    const auto k_text = std::to_string(threshold);
    if (group == 0) return "no answers yet";
    if (group < threshold) return "fewer than " + k_text + " answers (the programme's anonymity threshold)";
    const long long rest = population - group;
    if (filtered && rest > 0 && rest < threshold) {
        return "fewer than " + k_text +
               " answers outside this group: with the unfiltered figure it would describe them";
    }
    return "";
}

std::vector<QuestionResult> AggregateSurvey(const std::vector<SurveyQuestion>& questions,
                                            const std::vector<ResultAnswer>& answers, const ResultFilter& filter,
                                            int k) {
    std::map<long long, std::vector<const ResultAnswer*>> all_by_question;
    for (const auto& answer : answers) all_by_question[answer.question_id].push_back(&answer);
    std::vector<QuestionResult> results;
    for (const auto& question : questions) {
        if (question.archived) continue;
        QuestionResult result;
        result.question = question;
        const auto& all = all_by_question[question.id];
        std::vector<const ResultAnswer*> group;
        for (const auto* answer : all) {
            if (filter.Matches(*answer)) group.push_back(answer);
        }
        result.responses = static_cast<long long>(group.size());
        result.withheld_reason =
            GroupWithheldReason(result.responses, static_cast<long long>(all.size()), filter.Narrows(), k);
        result.mean.count = result.responses;
        if (result.Withheld()) {
            result.mean.withheld_reason = result.withheld_reason;
            results.push_back(std::move(result));
            continue;
        }
        if (question.answer_type == "likert" || question.answer_type == "recommend") {
            const int low = question.answer_type == "likert" ? 1 : 0;
            const int high = question.answer_type == "likert" ? 5 : 10;
            std::map<int, long long> counts;
            double sum = 0;
            long long numbers = 0;
            for (const auto* answer : group) {
                if (!answer->number) continue;
                ++counts[*answer->number];
                sum += *answer->number;
                ++numbers;
            }
            result.mean = GuardedMean(sum, numbers, k);
            for (int value = low; value <= high; ++value)
                result.distribution.push_back({std::to_string(value), counts[value]});
        } else if (question.answer_type == "choice") {
            std::map<std::string, long long> counts;
            for (const auto* answer : group) ++counts[answer->choice];
            for (const auto& choice : question.choices) result.distribution.push_back({choice, counts[choice]});
        } else {
            for (const auto* answer : group) result.texts.push_back(answer->text);
            std::sort(result.texts.begin(), result.texts.end());
        }
        results.push_back(std::move(result));
    }
    return results;
}

}  // namespace upward::domain
