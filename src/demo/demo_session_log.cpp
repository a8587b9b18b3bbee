// The running programme's shared session log (see demo_running.hpp): for each active pair, action items
// (some done), goal progress that grows session by session (one pair's stalls, so it shows as at risk) and
// insights in every status, so "insights adopted" has figures. It reads only the tables (the programme's active
// pairs and their held sessions), whatever the sessions seed made of them, and writes through the service with
// a clock moved along each pair's past.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "demo/demo_running.hpp"
#include "service/identity/auth_service.hpp"
#include "service/session_log/pair_journal_service.hpp"
#include "storage/database/database.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::demo {

namespace {

constexpr long long kDay = 86400;
constexpr long long kWeek = 7 * kDay;
// Which active pair (by age) stopped updating its goals eight weeks ago while still meeting.
constexpr std::size_t kStalledGoalsPair = 3;

struct DemoInsight {
    const char* idea;
    const char* status;
    const char* outcome;
};

// Ideas a senior takes away from a junior colleague, with what came of them.
const std::array<DemoInsight, 8> kInsights = {{
    {"Ask the team to demo one new tool every Friday", "adopted", "Six demos so far; two tools are now in daily use"},
    {"Draft board papers with an AI assistant, then edit", "adopted", "Cuts the first draft from a day to two hours"},
    {"Hold one meeting a week without slides", "tried", "Tried twice; shorter, but people wanted the numbers"},
    {"Use a shared chat channel instead of status emails", "adopted", "Status emails stopped within a month"},
    {"Reverse stand-up: juniors set the agenda", "planned", ""},
    {"Publish the team's roadmap internally", "dropped", "Too early: two projects are still confidential"},
    {"Record short video updates instead of town-hall decks", "tried", "Watched more than the decks were read"},
    {"Shadow a graduate for a day", "planned", ""},
}};

const std::array<const char*, 6> kActions = {
    "Try the meeting-notes assistant in the weekly leadership call",
    "Share the data dashboard walkthrough",
    "Set up a personal prompt library",
    "Read the short guide on model limits",
    "Prepare a five-minute demo for the mentee's team",
    "Send three examples of good async updates",
};

std::vector<long long> HeldSessions(storage::Connection& session, long long pair_id, long long now) {
    std::vector<long long> starts;
    for (const auto& occurrence : storage::ListOccurrences(session, pair_id)) {
        if (occurrence.outcome == "held" && occurrence.status == "scheduled" && occurrence.starts_at < now) {
            starts.push_back(occurrence.starts_at);
        }
    }
    return starts;
}

}  // namespace

void SeedDemoSessionLog(storage::Database& database, const Clock& clock, long long programme_id) {
    const auto now = clock.NowSeconds();
    ManualClock past(now);
    service::AuthService auth(database, past);
    service::PairJournalService journal(database, past);
    std::size_t index = 0;
    std::size_t insight = 0;
    auto session = database.Acquire();
    for (const auto& pair : storage::ListPairs(*session, programme_id)) {
        if (pair.status != domain::PairStatus::kActive) continue;
        const auto mentee_user = storage::FirstUserOfPerson(*session, pair.mentee);
        const auto mentor_user = storage::FirstUserOfPerson(*session, pair.mentor);
        if (!mentee_user || !mentor_user) continue;
        const auto mentee = auth.LoadCaller(*mentee_user);
        const auto mentor = auth.LoadCaller(*mentor_user);
        if (!mentee || !mentor) continue;
        const auto held = HeldSessions(*session, pair.id, now);
        const std::size_t pair_index = index++;
        if (held.empty()) continue;
        const auto after = [&](std::size_t k, long long delay) {
            past.Set(held[std::min(k, held.size() - 1)] + delay);
        };

        // Action items from the first sessions: the older ones done, the latest still open.
        for (std::size_t a = 0; a < 3; ++a) {
            after(a, 2LL * 3600);
            service::ActionItemInput item;
            item.title = kActions[(pair_index + a) % kActions.size()];
            item.owner_side = a % 2 == 0 ? "mentee" : "mentor";
            item.due_on = FormatDate(past.NowSeconds() + 2 * kWeek);
            const auto created = journal.CreateActionItem(a % 2 == 0 ? *mentee : *mentor, pair.id, item);
            if (a + 1 < 3 && held.size() > a + 1) {
                after(a + 1, 3LL * 3600);
                service::ActionItemInput done;
                done.status = "done";
                journal.UpdateActionItem(a % 2 == 0 ? *mentee : *mentor, pair.id, created.id, done);
            }
        }

        // Goal progress after every other held session; the stalled pair stops updating eight weeks ago.
        const bool stalls = pair_index == kStalledGoalsPair;
        for (std::size_t k = 1; k < held.size(); k += 2) {
            if (stalls && held[k] > now - 8 * kWeek) break;
            after(k, 4LL * 3600);
            const int step = static_cast<int>(k / 2 + 1);
            service::GoalProgressInput mentee_goal;
            mentee_goal.goal_side = "mentee";
            mentee_goal.percent = std::min(100, step * (14 + static_cast<int>(pair_index % 3) * 3));
            mentee_goal.comment =
                step == 1 ? "Started using the tools in my own planning" : "Used them again this fortnight";
            journal.RecordGoalProgress(*mentee, pair.id, mentee_goal);
            service::GoalProgressInput mentor_goal;
            mentor_goal.goal_side = "mentor";
            mentor_goal.percent = std::min(100, step * 12);
            mentor_goal.comment = "Explained an idea without jargon";
            journal.RecordGoalProgress(*mentor, pair.id, mentor_goal);
        }

        // Two or three insights per pair, taken in turn from the list so that every status appears.
        const std::size_t count = 2 + pair_index % 2;
        for (std::size_t n = 0; n < count; ++n) {
            const auto& idea = kInsights[insight++ % kInsights.size()];
            after(n * 2, 5LL * 3600);
            service::InsightInput input;
            input.idea = idea.idea;
            const auto created = journal.CreateInsight(*mentee, pair.id, input);
            if (std::string(idea.status) == "planned") continue;
            after(n * 2 + 2, 6LL * 3600);
            service::InsightInput outcome;
            outcome.status = idea.status;
            outcome.outcome_note = idea.outcome;
            journal.UpdateInsight(*mentee, pair.id, created.id, outcome);
        }
    }
}

}  // namespace upward::demo
