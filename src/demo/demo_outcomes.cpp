// The demo's leaving dates: some people in the running programme's participants' (grade, department) cells left
// during the programme, more of the colleagues who did not take part than of the participants, so the retention
// comparison on its outcomes page has figures to show (withheld or too small to conclude where it should be).
#include <algorithm>

#include "core/text.hpp"
#include "demo/demo_running.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/reporting/outcomes_repository.hpp"

namespace upward::demo {

namespace {

constexpr long long kDay = 86400;
constexpr std::size_t kEveryNthColleagueLeaves = 5;     // one in five comparison colleagues left
constexpr std::size_t kEveryNthParticipantLeaves = 12;  // one in twelve participants did

// Leaving dates spread over the weeks since the programme started, newest first: a week before now, two, ...
// Dates are YYYY-MM-DD, so text order is date order.
std::vector<std::string> WeeksSince(const std::string& starts_on, long long now) {
    std::vector<std::string> dates;
    for (long long at = now - 7 * kDay; FormatDate(at) > starts_on; at -= 7 * kDay) dates.push_back(FormatDate(at));
    return dates;
}

}  // namespace

void SeedDemoOutcomes(storage::Database& database, const Clock& clock, long long programme_id) {
    auto session = database.Acquire();
    const auto programme = storage::FindProgramme(*session, programme_id);
    if (!programme || programme->starts_on.empty()) return;
    const auto now = clock.NowSeconds();
    const auto weeks = WeeksSince(programme->starts_on, now);
    if (weeks.empty()) return;

    const auto participants = storage::LoadRetentionParticipants(*session, programme_id);
    auto people = storage::LoadParticipantCells(*session, programme_id);
    // Only people still there at the start and not already gone: the directory's own leavers stay as they are.
    people.erase(std::remove_if(people.begin(), people.end(),
                                [&](const domain::RetentionPerson& person) {
                                    return !person.leaving_date.empty() || person.left_company ||
                                           (!person.hire_date.empty() && person.hire_date > programme->starts_on);
                                }),
                 people.end());
    std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) { return a.employee_id < b.employee_id; });

    storage::Transaction tx(*session, database.GetBackend());
    std::size_t colleagues = 0, takers = 0, leavers = 0;
    for (const auto& person : people) {
        const bool participant = participants.count(person.employee_id) > 0;
        // Deterministic: the n-th person of each group in employee-id order, offset so the first one stays.
        const bool leaves =
            participant ? (++takers % kEveryNthParticipantLeaves == 0) : (++colleagues % kEveryNthColleagueLeaves == 0);
        if (!leaves) continue;
        const auto& leaving = weeks[leavers++ % weeks.size()];
        storage::MarkPersonLeft(*session, person.employee_id, leaving, now);
    }
    tx.Commit();
}

}  // namespace upward::demo
