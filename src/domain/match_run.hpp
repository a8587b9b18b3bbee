#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/match_profile.hpp"

namespace upward::domain {

/// A pair's score split into its parts, in integer milli-points (100000 = a perfect pair).
struct ScoreBreakdown {
    int topics = 0;
    int availability = 0;
    int timezone = 0;
    int cross_department = 0;
    int preference = 0;

    int Total() const { return topics + availability + timezone + cross_department + preference; }
};

/// One mentee's proposed mentor in a run. `source`: solver, pin, or swap (changed by an admin).
struct Proposal {
    std::string mentee;
    std::string mentor;
    ScoreBreakdown parts;
    std::string source = "solver";
};

/// Why a participant has no proposal. `reason` is a stable code: not_eligible, no_eligible_candidate,
/// forbidden_by_admin, all_candidates_taken, not_selected or not_in_directory.
struct UnmatchedParticipant {
    std::string employee_id;
    Side side = Side::kMentee;
    std::string reason;
    std::string detail;
};

/// A pin the run could not honour and the hard rule it breaks.
struct RejectedPin {
    std::string mentee;
    std::string mentor;
    std::string rule;
    std::string detail;
};

/// One solve of a programme's pool. Nothing reaches participants until it is published.
struct MatchRun {
    long long id = 0;
    long long programme_id = 0;
    std::string mode;
    long long created_by = 0;
    long long created_at = 0;
    long long duration_ms = 0;
    int mentees = 0;
    int mentors = 0;
    int pair_count = 0;
    long long total_score = 0;
    std::vector<RejectedPin> rejected_pins;
    std::optional<long long> published_at;
};

/// A pair's life: proposed until both people accept; accepted while they draft their agreement; active once
/// both signed it. Either person may decline while it is proposed or accepted; an active pair is ended.
enum class PairStatus { kProposed, kAccepted, kActive, kDeclined, kEnded };
std::string_view ToString(PairStatus status);
std::optional<PairStatus> ParsePairStatus(std::string_view text);

/// Proposed, accepted and active pairs hold their mentee and a place of their mentor's capacity.
bool HoldsPlace(PairStatus status);

/// A mentee and mentor put together; accepted once both accept, active once both signed the agreement.
struct Pair {
    long long id = 0;
    long long programme_id = 0;
    std::string mentee;
    std::string mentor;
    PairStatus status = PairStatus::kProposed;
    long long run_id = 0;      // 0 when it did not come from a run
    long long request_id = 0;  // 0 when it did not come from a request
    std::optional<int> score;
    std::optional<long long> mentee_accepted_at;
    std::optional<long long> mentor_accepted_at;
    /// "mentee" or "mentor" once declined, empty otherwise.
    std::string declined_by;
    /// The decliner's private reason: only admins ever read it (see WithoutPrivateFields).
    std::optional<std::string> decline_reason;
    /// From the directory, for display; empty when the person is not in it.
    std::string mentee_name;
    std::string mentor_name;
    long long created_at = 0;
    long long updated_at = 0;
};

/// The pair as its own mentee or mentor may see it: without the private decline reason.
Pair WithoutPrivateFields(Pair pair);

enum class RequestStatus { kPending, kAccepted, kDeclined, kWithdrawn };
std::string_view ToString(RequestStatus status);
std::optional<RequestStatus> ParseRequestStatus(std::string_view text);

/// A mentee asking a mentor in a self-selected programme.
struct MatchRequest {
    long long id = 0;
    long long programme_id = 0;
    std::string mentee;
    std::string mentor;
    RequestStatus status = RequestStatus::kPending;
    long long created_at = 0;
    std::optional<long long> answered_at;
};

}  // namespace upward::domain
