#include "core/text.hpp"
#include "demo/demo_running.hpp"
#include "storage/database/database.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/reporting/correction_repository.hpp"

namespace upward::demo {

namespace {

constexpr long long kWeek = 7LL * 24 * 60 * 60;

}  // namespace

// Two adjustments in the running programme's past, so the health dashboard marks them on its time axis and
// shows the weeks before and after each: the cadence tightened after cancellations piled up, and the sessions
// lengthened after the pulses said they ended too soon.
void SeedDemoCorrections(storage::Database& database, const Clock& clock, long long programme_id) {
    auto session = database.Acquire();
    if (!storage::ListCorrections(*session, programme_id).empty()) return;
    const auto admin_user = storage::FirstAdminUser(*session);
    if (!admin_user) return;  // the demo always has its admin; nothing to attribute a correction to otherwise
    const long long admin = *admin_user;
    const auto now = clock.NowSeconds();
    storage::Transaction tx(*session, database.GetBackend());
    storage::CorrectionRecord cadence;
    cadence.programme_id = programme_id;
    cadence.effective_on = FormatDate(now - 8 * kWeek);
    cadence.what_changed = "Cadence from monthly to fortnightly";
    cadence.reason =
        "Too many sessions were cancelled or forgotten between monthly meetings; seniors said a shorter gap keeps "
        "the habit.";
    cadence.recorded_by = admin;
    cadence.recorded_at = now - 8 * kWeek;
    storage::InsertCorrection(*session, cadence);
    storage::CorrectionRecord length;
    length.programme_id = programme_id;
    length.effective_on = FormatDate(now - 3 * kWeek);
    length.what_changed = "Sessions from 30 to 45 minutes";
    length.reason = "Pulses said sessions ended just as the hands-on part began.";
    length.recorded_by = admin;
    length.recorded_at = now - 3 * kWeek;
    storage::InsertCorrection(*session, length);
    tx.Commit();
}

}  // namespace upward::demo
