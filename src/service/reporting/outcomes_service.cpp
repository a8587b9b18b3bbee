#include "service/reporting/outcomes_service.hpp"

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/access/programme_access.hpp"
#include "storage/database/database.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/reporting/outcomes_repository.hpp"

namespace upward::service {

namespace {

std::string PairsBelowK(int k) {
    return "fewer than " + std::to_string(std::max(k, 1)) + " pairs (the programme's anonymity threshold)";
}

std::vector<TopicLearning> Learning(const std::vector<storage::SelfAssessmentSum>& sums, int k) {
    std::map<std::string, TopicLearning> topics;
    for (const auto& sum : sums) {
        auto& topic = topics[sum.topic];
        topic.topic = sum.topic;
        (sum.phase == "before" ? topic.before : topic.after) = domain::GuardedMean(sum.sum, sum.count, k);
    }
    std::vector<TopicLearning> learning;
    for (auto& [name, topic] : topics) {
        // A phase nobody answered is still withheld with its reason, never shown as zero.
        if (topic.before.count == 0) topic.before = domain::GuardedMean(0, 0, k);
        if (topic.after.count == 0) topic.after = domain::GuardedMean(0, 0, k);
        if (!topic.before.Withheld() && !topic.after.Withheld())
            topic.change = *topic.after.value - *topic.before.value;
        learning.push_back(std::move(topic));
    }
    return learning;
}

domain::GuardedFigure MentorGrowth(const std::vector<int>& latest, int k) {
    double sum = 0;
    for (const int percent : latest) sum += percent;
    auto figure = domain::GuardedMean(sum, static_cast<long long>(latest.size()), k);
    if (figure.Withheld() && figure.count > 0) figure.withheld_reason = PairsBelowK(k);
    if (figure.count == 0) figure.withheld_reason = "no mentor has recorded progress on their goals yet";
    return figure;
}

InsightOutcomes Insights(const std::vector<storage::InsightStatus>& statuses, int k) {
    InsightOutcomes insights;
    std::set<long long> pairs;
    std::map<std::string, long long> counts;
    for (const auto& status : InsightStatuses()) counts[status] = 0;
    for (const auto& insight : statuses) {
        pairs.insert(insight.pair_id);
        ++counts[insight.status];
    }
    insights.pairs = static_cast<long long>(pairs.size());
    insights.total = static_cast<long long>(statuses.size());
    const double share =
        insights.total > 0 ? static_cast<double>(counts["adopted"]) / static_cast<double>(insights.total) : 0.0;
    insights.adopted_share = domain::Guarded(share, insights.pairs, k);
    if (insights.adopted_share.Withheld()) {
        insights.withheld_reason = insights.pairs == 0 ? "no insights logged yet" : PairsBelowK(k);
        insights.adopted_share.withheld_reason = insights.withheld_reason;
        insights.total = 0;  // the total is a count over too few pairs as well
    } else {
        insights.by_status = std::move(counts);
    }
    return insights;
}

}  // namespace

const std::vector<std::string>& InsightStatuses() {
    static const std::vector<std::string> statuses = {"planned", "tried", "adopted", "dropped"};
    return statuses;
}

ProgrammeOutcomes OutcomesService::Outcomes(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    const auto programme = OverseenProgramme(*session, caller, programme_id, "outcomes");

    ProgrammeOutcomes outcomes;
    outcomes.programme_id = programme_id;
    outcomes.programme_name = programme.name;
    outcomes.anonymity_k = programme.anonymity_k;
    outcomes.starts_on = programme.starts_on;
    outcomes.ends_on = programme.ends_on;
    const auto today = FormatDate(clock_.NowSeconds());
    outcomes.as_of = programme.ends_on.empty() ? today : std::min(today, programme.ends_on);

    if (programme.starts_on.empty()) {
        outcomes.retention.statement =
            "The programme has no start date, so nobody can be placed in the directory at its start: "
            "there is nothing to compare.";
        outcomes.retention.participants.retention = domain::Guarded(0, 0, programme.anonymity_k);
        outcomes.retention.comparison.retention = domain::Guarded(0, 0, programme.anonymity_k);
    } else {
        domain::RetentionInput input;
        input.participants = storage::LoadRetentionParticipants(*session, programme_id);
        input.directory = storage::LoadParticipantCells(*session, programme_id);
        input.starts_on = programme.starts_on;
        input.as_of = outcomes.as_of;
        input.anonymity_k = programme.anonymity_k;
        outcomes.retention = domain::CompareRetention(input);
    }
    outcomes.learning = Learning(storage::LoadSelfAssessmentSums(*session, programme_id), programme.anonymity_k);
    outcomes.mentor_growth =
        MentorGrowth(storage::LoadLatestMentorGoalProgress(*session, programme_id), programme.anonymity_k);
    outcomes.insights = Insights(storage::LoadInsightStatuses(*session, programme_id), programme.anonymity_k);
    return outcomes;
}

}  // namespace upward::service
