#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/session.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

// Series, occurrences, attributed changes, attendance, session policies and escalations (migration V007).
// Writers run inside the caller's transaction, with the pair locked (storage::LockPair).

long long InsertSeries(Connection& session, const domain::SessionSeries& series);
/// The pair's series (the active one when there is one, else the latest).
std::optional<domain::SessionSeries> FindSeriesOfPair(Connection& session, long long pair_id);
std::optional<domain::SessionSeries> FindSeries(Connection& session, long long series_id);
/// Writes first_local_start, until_date, minutes, interval_days, sequence, status and updated_at.
void UpdateSeries(Connection& session, const domain::SessionSeries& series);

long long InsertOccurrence(Connection& session, const domain::SessionOccurrence& occurrence);
/// The pair's occurrences by start, each with its attendance.
std::vector<domain::SessionOccurrence> ListOccurrences(Connection& session, long long pair_id);
std::optional<domain::SessionOccurrence> FindOccurrence(Connection& session, long long occurrence_id);
/// Writes recurrence_start, starts_at, ends_at, status, sequence, cancellation, outcome and updated_at.
void UpdateOccurrence(Connection& session, const domain::SessionOccurrence& occurrence);
/// Another scheduled occurrence of any active pair of either person that overlaps [starts_at, ends_at), or
/// nullopt; `except_occurrence` and the occurrences of `except_pair` (0: none) do not count.
std::optional<domain::SessionOccurrence> FindOverlap(Connection& session, const std::string& person_a,
                                                     const std::string& person_b, long long starts_at,
                                                     long long ends_at, long long except_occurrence,
                                                     long long except_pair = 0);

/// Inserts or replaces the side's confirmation.
void SaveAttendance(Connection& session, long long occurrence_id, const domain::Attendance& attendance);

long long InsertChange(Connection& session, const domain::SessionChange& change);
/// The pair's changes, newest first, with the actor's display name.
std::vector<domain::SessionChange> ListChanges(Connection& session, long long pair_id);

/// The programme's policy, or the defaults (programme_id set, updated_at 0) when it has none.
domain::SessionPolicy LoadSessionPolicy(Connection& session, long long programme_id);
void SaveSessionPolicy(Connection& session, const domain::SessionPolicy& policy);

struct SessionEscalation {
    long long id = 0;
    long long pair_id = 0;
    long long programme_id = 0;
    std::string trigger_kind;  // consecutive, total
    int consecutive_misses = 0;
    int total_misses = 0;
    long long occurrence_id = 0;
    long long notified_at = 0;
};
/// True when the pair already has an escalation of this kind (for `occurrence_id` when it is not 0).
bool HasEscalation(Connection& session, long long pair_id, const std::string& trigger_kind, long long occurrence_id);
long long InsertEscalation(Connection& session, const SessionEscalation& escalation);
std::vector<SessionEscalation> ListEscalations(Connection& session, long long pair_id);

/// The programme's sponsors: members with the sponsor role, and sponsor accounts that are members at all.
struct SponsorContact {
    long long user_id = 0;
    std::string email;
    std::string display_name;
};
std::vector<SponsorContact> ProgrammeSponsors(Connection& session, long long programme_id);

}  // namespace upward::storage
