// The shared session log: both people of a pair read and write action items, goal progress and insights;
// admins and sponsors are refused, anyone else finds nothing; bad input names its field. On both backends.
#include "service/session_log/pair_journal_service.hpp"

#include "core/errors.hpp"
#include "session_log_fixture.hpp"

namespace upward::service {
namespace {

using testing::AllBackends;
using testing::BackendName;

class PairJournalServiceTest : public SessionLogFixture {
protected:
    PairJournalService Journal() { return PairJournalService(database_.Get(), clock_); }

    template <typename Call>
    static void ExpectField(Call call, const std::string& field) {
        try {
            call();
            ADD_FAILURE() << "accepted bad " << field;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), field) << error.what();
        }
    }
};

TEST_P(PairJournalServiceTest, BothPeopleWriteAndReadActionItems) {
    ActionItemInput input;
    input.title = "  Try Copilot in the weekly report  ";
    input.owner_side = "mentee";
    input.due_on = "2025-06-15";
    const auto created = Journal().CreateActionItem(mentee_, pair_, input);
    EXPECT_EQ(created.title, "Try Copilot in the weekly report");
    EXPECT_EQ(created.status, "open");

    ActionItemInput done;
    done.status = "done";
    clock_.Advance(kDay);
    const auto updated = Journal().UpdateActionItem(mentor_, pair_, created.id, done);
    EXPECT_EQ(updated.status, "done");
    EXPECT_EQ(updated.completed_at, kNow + kDay);
    const auto items = Journal().ListActionItems(mentor_, pair_);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].status, "done");
    EXPECT_EQ(items[0].due_on, "2025-06-15");
    ActionItemInput reopen;
    reopen.status = "open";
    reopen.due_on = "";
    const auto reopened = Journal().UpdateActionItem(mentee_, pair_, created.id, reopen);
    EXPECT_FALSE(reopened.completed_at.has_value());
    EXPECT_TRUE(reopened.due_on.empty());
}

TEST_P(PairJournalServiceTest, AdminsAndSponsorsAreRefusedAndOthersFindNothing) {
    ActionItemInput item;
    item.title = "Share the deck";
    item.owner_side = "mentor";
    const auto id = Journal().CreateActionItem(mentor_, pair_, item).id;
    InsightInput insight;
    insight.idea = "Reverse stand-ups";
    GoalProgressInput goal;
    goal.goal_side = "mentee";
    goal.percent = 20;
    for (const auto* refused : {&admin_, &sponsor_}) {
        EXPECT_THROW(Journal().ListActionItems(*refused, pair_), Forbidden);
        EXPECT_THROW(Journal().CreateActionItem(*refused, pair_, item), Forbidden);
        EXPECT_THROW(Journal().UpdateActionItem(*refused, pair_, id, item), Forbidden);
        EXPECT_THROW(Journal().ListGoalProgress(*refused, pair_), Forbidden);
        EXPECT_THROW(Journal().RecordGoalProgress(*refused, pair_, goal), Forbidden);
        EXPECT_THROW(Journal().ListInsights(*refused, pair_), Forbidden);
        EXPECT_THROW(Journal().CreateInsight(*refused, pair_, insight), Forbidden);
    }
    EXPECT_THROW(Journal().ListActionItems(outsider_, pair_), NotFound);
    EXPECT_THROW(Journal().CreateInsight(outsider_, pair_, insight), NotFound);
    EXPECT_THROW(Journal().ListGoalProgress(outsider_, pair_), NotFound);
    EXPECT_THROW(Journal().ListInsights(mentee_, 999999), NotFound);
    // An item of another pair is not found through this one.
    const auto other = ActivePair("D2", "E2", kNow);
    domain::Caller other_mentee = outsider_;  // D2
    const auto foreign = Journal().CreateActionItem(other_mentee, other, item).id;
    EXPECT_THROW(Journal().UpdateActionItem(mentee_, pair_, foreign, item), NotFound);
}

TEST_P(PairJournalServiceTest, GoalProgressKeepsItsHistoryAndTheLatestIsCurrent) {
    GoalProgressInput goal;
    goal.goal_side = "mentee";
    goal.percent = 20;
    goal.comment = "Set up the tools";
    Journal().RecordGoalProgress(mentee_, pair_, goal);
    clock_.Advance(kWeek);
    goal.percent = 45;
    goal.comment = "Used them in two meetings";
    const auto latest = Journal().RecordGoalProgress(mentor_, pair_, goal);
    GoalProgressInput mentor_goal;
    mentor_goal.goal_side = "mentor";
    mentor_goal.percent = 60;
    Journal().RecordGoalProgress(mentor_, pair_, mentor_goal);

    const auto sides = Journal().ListGoalProgress(mentee_, pair_);
    ASSERT_EQ(sides.size(), 2u);
    EXPECT_EQ(sides[0].goal_side, "mentee");
    ASSERT_EQ(sides[0].history.size(), 2u);
    EXPECT_EQ(sides[0].history[0].percent, 20);
    ASSERT_TRUE(sides[0].current.has_value());
    EXPECT_EQ(sides[0].current->percent, 45);
    EXPECT_EQ(sides[1].current->percent, 60);

    GoalProgressInput correction;
    correction.comment = "Used them in three meetings";
    const auto corrected = Journal().UpdateGoalProgress(mentee_, pair_, latest.id, correction);
    EXPECT_EQ(corrected.comment, "Used them in three meetings");
    EXPECT_EQ(corrected.percent, 45);
    EXPECT_EQ(corrected.recorded_at, latest.recorded_at);
}

TEST_P(PairJournalServiceTest, InsightsMoveThroughThePipeline) {
    InsightInput input;
    input.idea = "Ask the team to demo tools on Fridays";
    const auto created = Journal().CreateInsight(mentee_, pair_, input);
    EXPECT_EQ(created.status, "planned");
    InsightInput adopted;
    adopted.status = "adopted";
    adopted.outcome_note = "Three demos so far; the team asked to keep them";
    Journal().UpdateInsight(mentor_, pair_, created.id, adopted);
    const auto insights = Journal().ListInsights(mentee_, pair_);
    ASSERT_EQ(insights.size(), 1u);
    EXPECT_EQ(insights[0].status, "adopted");
    EXPECT_EQ(insights[0].outcome_note, "Three demos so far; the team asked to keep them");
}

TEST_P(PairJournalServiceTest, BadInputNamesTheField) {
    ActionItemInput item;
    item.owner_side = "mentee";
    ExpectField([&] { Journal().CreateActionItem(mentee_, pair_, item); }, "title");
    item.title = "Read the paper";
    item.owner_side = "boss";
    ExpectField([&] { Journal().CreateActionItem(mentee_, pair_, item); }, "owner_side");
    item.owner_side = "mentor";
    item.due_on = "2025-02-30";
    ExpectField([&] { Journal().CreateActionItem(mentee_, pair_, item); }, "due_on");
    item.due_on.reset();
    item.status = "half";
    ExpectField([&] { Journal().CreateActionItem(mentee_, pair_, item); }, "status");
    item.status.reset();
    const auto other = ActivePair("D2", "E2", kNow);
    item.occurrence_id = Occurrence(other, Series(other), kNow - kDay);
    ExpectField([&] { Journal().CreateActionItem(mentee_, pair_, item); }, "occurrence_id");

    GoalProgressInput goal;
    goal.goal_side = "mentee";
    goal.percent = 101;
    ExpectField([&] { Journal().RecordGoalProgress(mentee_, pair_, goal); }, "percent");
    goal.percent.reset();
    ExpectField([&] { Journal().RecordGoalProgress(mentee_, pair_, goal); }, "percent");
    goal.percent = 10;
    goal.goal_side = "team";
    ExpectField([&] { Journal().RecordGoalProgress(mentee_, pair_, goal); }, "goal_side");

    InsightInput insight;
    insight.idea = " ";
    ExpectField([&] { Journal().CreateInsight(mentee_, pair_, insight); }, "idea");
    insight.idea = "Shadow a graduate for a day";
    insight.status = "maybe";
    ExpectField([&] { Journal().CreateInsight(mentee_, pair_, insight); }, "status");
}

TEST_P(PairJournalServiceTest, OnlyAnActivePairWritesItsLog) {
    {
        auto session = database_.Get().Acquire();
        storage::SetPairStatus(*session, pair_, domain::PairStatus::kEnded, kNow);
    }
    InsightInput insight;
    insight.idea = "Too late";
    EXPECT_THROW(Journal().CreateInsight(mentee_, pair_, insight), Conflict);
    EXPECT_NO_THROW(Journal().ListInsights(mentee_, pair_));
}

INSTANTIATE_TEST_SUITE_P(Backends, PairJournalServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
