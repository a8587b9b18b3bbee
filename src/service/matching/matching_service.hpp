#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/match_profile.hpp"
#include "domain/match_run.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A stored run with what an admin reads first.
struct RunSummary {
    domain::MatchRun run;
    std::map<std::string, long long> unmatched_mentees_by_reason;
    std::map<std::string, long long> unmatched_mentors_by_reason;
};

/// A run with every proposal (and its score parts) and every unmatched participant (and the reason).
struct RunDetail {
    RunSummary summary;
    std::vector<domain::Proposal> proposals;
    std::vector<domain::UnmatchedParticipant> unmatched;
};

/// Whether a pair may be forced together; `rule` is the first hard rule it breaks (snake_case), empty
/// when it is allowed.
struct PairCheck {
    std::string rule;
    std::string detail;
    bool Allowed() const { return rule.empty(); }
};

struct PublishResult {
    long long run_id = 0;
    long long pairs_created = 0;
    bool already_published = false;
};

/// One recommended mentor for a self-selecting mentee, with why.
struct MentorRecommendation {
    std::string employee_id;
    std::string name;
    std::string title;
    std::string department;
    domain::ScoreBreakdown parts;
    std::vector<std::string> reasons;
};

/// Someone a member of a ranked programme may rank: on the other side and passing the hard rules with them.
struct RankingCandidate {
    std::string employee_id;
    std::string name;
    std::string title;
    std::string department;
    domain::ScoreBreakdown parts;
    int rank = 0;  // the place in the caller's saved ranking, 0 when not ranked yet
};

struct RequestAnswer {
    domain::MatchRequest request;
    std::optional<domain::Pair> pair;
};

/// Matching as the product runs it: profiles, runs with proposals and reasons, admin pins, forbids and
/// swaps, publishing proposals as pairs, and the participants' own steps (accepting pairs, requesting
/// mentors in self-selected programmes, ranking in ranked ones).
///
/// Admins do everything programme-wide; sponsors are refused (Forbidden). Participants act only as
/// themselves, linked through their account's person id and their programme membership, and only ever
/// see their own pairs and recommendations. Programmes a participant is not a member of, and pairs and
/// requests that are not theirs, are NotFound to them.
class MatchingService {
public:
    MatchingService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Profiles (admins).
    std::vector<domain::MatchProfile> Profiles(const domain::Caller& caller, long long programme_id);
    /// Checks every profile (InvalidInput naming `profiles[i].<field>`), then replaces the people's profiles.
    /// Returns how many were saved.
    long long SaveProfiles(const domain::Caller& caller, long long programme_id,
                           std::vector<domain::MatchProfile> profiles);
    /// A CSV import (see ReadProfilesCsv); nothing is written when any row is bad. Returns rows saved.
    long long ImportProfiles(const domain::Caller& caller, long long programme_id, std::string_view csv_text);

    // Runs (admins).
    /// Solves the programme's pool in its mode and stores the run; publishes nothing. Mentees who have a
    /// proposed, accepted or active pair stay out, such pairs take mentor places, and declined pairs are not proposed
    /// again. Conflict for self-selected (nothing to solve) and archived programmes.
    RunSummary Run(const domain::Caller& caller, long long programme_id);
    RunDetail LatestRun(const domain::Caller& caller, long long programme_id);
    /// The first hard rule the pair would break (forbids included).
    PairCheck CheckPair(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                        const std::string& mentor);
    /// Conflict naming the rule when the pair breaks one (or the mentor's pins already fill their capacity).
    void Pin(const domain::Caller& caller, long long programme_id, const std::string& mentee,
             const std::string& mentor);
    void Unpin(const domain::Caller& caller, long long programme_id, const std::string& mentee);
    void Forbid(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                const std::string& mentor);
    void Unforbid(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                  const std::string& mentor);
    /// Exchanges the mentors of two mentees' proposals in the latest unpublished run; Conflict naming the
    /// rule when either new pair breaks one. Returns the two changed proposals.
    std::vector<domain::Proposal> Swap(const domain::Caller& caller, long long programme_id,
                                       const std::string& mentee_a, const std::string& mentee_b);
    /// Turns the latest run's proposals into proposed pairs; publishing the same run again changes nothing.
    PublishResult Publish(const domain::Caller& caller, long long programme_id);

    // Pairs.
    /// Admins: every pair of the programme, with private decline reasons. Members: only their own, without them.
    std::vector<domain::Pair> Pairs(const domain::Caller& caller, long long programme_id);
    /// By the pair's mentee or mentor; the pair becomes accepted once both accepted (then they draft and sign
    /// their agreement, see AgreementService, and it becomes active).
    domain::Pair Accept(const domain::Caller& caller, long long pair_id);
    /// By the pair's mentee or mentor while it is proposed or accepted, with an optional private `reason` that
    /// only admins read (InvalidInput naming `reason` when too long).
    domain::Pair Decline(const domain::Caller& caller, long long pair_id, const std::string& reason = "");

    // Self-selected programmes.
    std::vector<MentorRecommendation> Recommendations(const domain::Caller& caller, long long programme_id, int count);
    domain::MatchRequest Request(const domain::Caller& caller, long long programme_id, const std::string& mentor);
    /// Admins: every request of the programme. Members: the requests they sent or that were sent to them.
    std::vector<domain::MatchRequest> Requests(const domain::Caller& caller, long long programme_id);
    /// By the mentor asked. Accepting creates a proposed pair the mentor has accepted already.
    RequestAnswer AnswerRequest(const domain::Caller& caller, long long programme_id, long long request_id,
                                bool accept);

    // Ranked programmes.
    /// The caller's own ranking of people on the other side, best first.
    /// Whom the caller may rank, best score first: the other side's people who pass every hard rule with them.
    std::vector<RankingCandidate> RankingCandidates(const domain::Caller& caller, long long programme_id);
    std::vector<std::string> SubmitRanking(const domain::Caller& caller, long long programme_id,
                                           const std::vector<std::string>& ranking);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
