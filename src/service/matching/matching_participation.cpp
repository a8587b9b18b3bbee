// MatchingService's participant side: pairs, self-selected requests and recommendations, ranked rankings.
#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "matching/recommend.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/matching/match_outcome.hpp"
#include "service/matching/match_support.hpp"
#include "service/matching/matching_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/matching/match_constraint_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "storage/matching/matching_directory.hpp"
#include "storage/matching/pair_repository.hpp"

namespace upward::service {

namespace {

constexpr int kMaxRecommendations = 20;

std::string PairSubject(long long pair_id) { return "pair:" + std::to_string(pair_id); }

// The pair, if the caller is its mentee or mentor (the access policy's kOwn).
domain::Pair OwnPair(storage::Connection& session, const domain::Caller& caller, long long pair_id,
                     std::string_view action) {
    return PairFor(session, caller, pair_id, PairUse::kOwn,
                   "only the pair's mentee or mentor may " + std::string(action) + " it")
        .pair;
}

void RequireMode(const domain::Programme& programme, domain::MatchingMode mode, std::string_view what) {
    if (programme.matching_mode != mode) {
        throw Conflict("programme " + std::to_string(programme.id) + " matches in " +
                       domain::ToString(programme.matching_mode) + " mode; " + std::string(what) + " needs " +
                       domain::ToString(mode));
    }
}

int OpenPairsOfMentor(storage::Connection& session, long long programme_id, const std::string& mentor) {
    int count = 0;
    for (const auto& pair : storage::ListPairs(session, programme_id, mentor)) {
        if (domain::HoldsPlace(pair.status) && pair.mentor == mentor) ++count;
    }
    return count;
}

bool MenteeHasOpenPair(storage::Connection& session, long long programme_id, const std::string& mentee) {
    for (const auto& pair : storage::ListPairs(session, programme_id, mentee)) {
        if (domain::HoldsPlace(pair.status) && pair.mentee == mentee) return true;
    }
    return false;
}

// A private reason is free text the admin reads; blank means none was given.
constexpr std::size_t kMaxDeclineReason = 2000;

std::optional<std::string> DeclineReason(const std::string& reason) {
    const auto first = reason.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::nullopt;
    const auto last = reason.find_last_not_of(" \t\r\n");
    auto trimmed = reason.substr(first, last - first + 1);
    if (trimmed.size() > kMaxDeclineReason) {
        throw InvalidInput("reason", "the reason is at most " + std::to_string(kMaxDeclineReason) + " characters");
    }
    return trimmed;
}

// Why a recommendation fits, in the mentee's words.
std::vector<std::string> Reasons(const domain::MatchProfile& mentee, const domain::MatchProfile& mentor,
                                 const domain::ScoreBreakdown& parts, int common_hours) {
    std::vector<std::string> reasons;
    for (const auto& wanted : mentee.topics) {
        for (const auto& offered : mentor.topics) {
            if (offered.topic == wanted.topic) {
                reasons.push_back("teaches " + offered.topic + " at level " + std::to_string(offered.value) + " of 5");
            }
        }
    }
    if (common_hours > 0) {
        reasons.push_back(std::to_string(common_hours) + " hour" + (common_hours == 1 ? "" : "s") +
                          " a week when you are both available");
    }
    if (parts.cross_department > 0) reasons.push_back("works in another department, for a fresh view");
    if (parts.preference > 0) reasons.push_back("you or they asked to be paired");
    return reasons;
}

}  // namespace

std::vector<domain::Pair> MatchingService::Pairs(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    if (caller.IsAdmin()) {
        ProgrammeOrNotFound(*session, programme_id);
        auto pairs = storage::ListPairs(*session, programme_id);
        Audit(*session, clock_, caller, "match.pairs.read", "programme:" + std::to_string(programme_id));
        return pairs;
    }
    const auto person = RequireParticipant(caller, programme_id, std::nullopt, "see its pairs").employee_id;
    std::vector<domain::Pair> pairs;
    for (auto& pair : storage::ListPairs(*session, programme_id, person)) {
        pairs.push_back(domain::WithoutPrivateFields(std::move(pair)));  // never the decline reason
    }
    return pairs;
}

std::vector<domain::MatchRequest> MatchingService::Requests(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    if (caller.IsAdmin()) {
        ProgrammeOrNotFound(*session, programme_id);
        auto requests = storage::ListRequests(*session, programme_id);
        Audit(*session, clock_, caller, "match.requests.read", "programme:" + std::to_string(programme_id));
        return requests;
    }
    const auto person = RequireParticipant(caller, programme_id, std::nullopt, "see its requests").employee_id;
    return storage::ListRequests(*session, programme_id, person);
}

domain::Pair MatchingService::Accept(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto pair = OwnPair(*session, caller, pair_id, "accept");
    // Accepting again once both have is harmless: the answer is where the pair stands.
    if (pair.status == domain::PairStatus::kAccepted || pair.status == domain::PairStatus::kActive) {
        return domain::WithoutPrivateFields(pair);
    }
    if (pair.status != domain::PairStatus::kProposed) {
        throw Conflict("pair " + std::to_string(pair_id) + " is " + std::string(domain::ToString(pair.status)) +
                       " and can no longer be accepted");
    }
    const auto now = clock_.NowSeconds();
    auto& accepted = caller.person_id == pair.mentee ? pair.mentee_accepted_at : pair.mentor_accepted_at;
    if (!accepted) accepted = now;
    // Both accepted: they draft their agreement now; the pair is active once both have signed it.
    if (pair.mentee_accepted_at && pair.mentor_accepted_at) pair.status = domain::PairStatus::kAccepted;
    pair.updated_at = now;
    storage::UpdatePair(*session, pair);
    Audit(*session, clock_, caller, "pair.accept", PairSubject(pair_id));
    transaction.Commit();
    return domain::WithoutPrivateFields(pair);
}

domain::Pair MatchingService::Decline(const domain::Caller& caller, long long pair_id, const std::string& reason) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto pair = OwnPair(*session, caller, pair_id, "decline");
    if (pair.status == domain::PairStatus::kDeclined) return domain::WithoutPrivateFields(pair);
    // Until the agreement is signed either person may still step back; an active pair is ended, not declined.
    if (pair.status != domain::PairStatus::kProposed && pair.status != domain::PairStatus::kAccepted) {
        throw Conflict("pair " + std::to_string(pair_id) + " is " + std::string(domain::ToString(pair.status)) +
                       "; only a proposed or accepted pair can be declined");
    }
    pair.status = domain::PairStatus::kDeclined;
    pair.declined_by = caller.person_id == pair.mentee ? "mentee" : "mentor";
    pair.decline_reason = DeclineReason(reason);
    pair.updated_at = clock_.NowSeconds();
    storage::UpdatePair(*session, pair);
    // The reason is personal and private: the audit records that a decline happened, never its words.
    Audit(*session, clock_, caller, "pair.decline", PairSubject(pair_id));
    transaction.Commit();
    return domain::WithoutPrivateFields(pair);
}

std::vector<MentorRecommendation> MatchingService::Recommendations(const domain::Caller& caller, long long programme_id,
                                                                   int count) {
    const auto me =
        RequireParticipant(caller, programme_id, domain::ProgrammeRole::kMentee, "ask for recommendations").employee_id;
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireMode(programme, domain::MatchingMode::kSelfSelected, "recommendations");
    const auto my_profile = storage::FindProfile(*session, programme_id, me);
    if (!my_profile || my_profile->side != domain::Side::kMentee) {
        throw Conflict("you have no mentee profile in programme " + std::to_string(programme_id) + " yet");
    }
    auto options = SettledPairs(*session, programme_id);
    options.busy_mentees.clear();  // the caller may look even when paired
    const auto profiles = storage::LoadProfiles(*session, programme_id);
    MatchPool pool;
    {
        const auto directory = storage::LoadActiveDirectory(*session);
        pool = BuildPool(programme, profiles, directory, options);
    }
    const auto position = pool.MenteePosition(me);
    if (position < 0) throw Conflict("you are not an active person in the directory");
    matching::PairSet forbidden;
    for (const auto& forbid : storage::LoadForbids(*session, programme_id)) {
        const auto mentor = pool.MentorPosition(forbid.mentor);
        if (forbid.mentee == me && mentor >= 0) forbidden.insert(matching::PairKey(position, mentor));
    }
    const auto found = matching::RecommendMentors(pool.mentees, position, pool.mentors, pool.labels, pool.rules,
                                                  pool.weights, std::clamp(count, 1, kMaxRecommendations), forbidden);
    const auto profile_of = [&profiles](const std::string& id) -> const domain::MatchProfile& {
        return *std::lower_bound(
            profiles.begin(), profiles.end(), id,
            [](const domain::MatchProfile& p, const std::string& key) { return p.employee_id < key; });
    };
    std::vector<MentorRecommendation> recommendations;
    for (const auto& recommendation : found) {
        const auto& id = pool.mentor_ids[static_cast<std::size_t>(recommendation.mentor)];
        MentorRecommendation entry;
        entry.employee_id = id;
        entry.parts = Breakdown(recommendation.parts);
        if (const auto person = storage::FindPerson(*session, id)) {
            entry.name = person->name;
            entry.title = person->title;
            entry.department = person->department;
        }
        const int hours =
            matching::OverlapHours(pool.mentees[static_cast<std::size_t>(position)].availability,
                                   pool.mentors[static_cast<std::size_t>(recommendation.mentor)].availability);
        entry.reasons = Reasons(*my_profile, profile_of(id), entry.parts, hours);
        recommendations.push_back(std::move(entry));
    }
    return recommendations;
}

domain::MatchRequest MatchingService::Request(const domain::Caller& caller, long long programme_id,
                                              const std::string& mentor) {
    const auto me =
        RequireParticipant(caller, programme_id, domain::ProgrammeRole::kMentee, "request a mentor").employee_id;
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireMode(programme, domain::MatchingMode::kSelfSelected, "requesting a mentor");
    const auto mentee_profile = storage::FindProfile(*session, programme_id, me);
    if (!mentee_profile || mentee_profile->side != domain::Side::kMentee) {
        throw Conflict("you have no mentee profile in programme " + std::to_string(programme_id) + " yet");
    }
    const auto mentor_profile = storage::FindProfile(*session, programme_id, mentor);
    if (!mentor_profile || mentor_profile->side != domain::Side::kMentor) {
        throw InvalidInput("mentor", mentor + " is not a mentor in programme " + std::to_string(programme_id));
    }
    if (MenteeHasOpenPair(*session, programme_id, me)) throw Conflict("you have a mentor in this programme already");
    if (storage::HasPendingRequest(*session, programme_id, me, mentor)) {
        throw Conflict("you have asked " + mentor + " already; the request is waiting for an answer");
    }
    const auto pool = SmallPool(*session, programme, {*mentee_profile, *mentor_profile});
    const auto check = CheckPoolPair(*session, pool, programme_id, me, mentor);
    if (!check.Allowed())
        throw Conflict("you cannot ask " + mentor + ": breaks rule " + check.rule + " (" + check.detail + ")");
    if (OpenPairsOfMentor(*session, programme_id, mentor) >= mentor_profile->capacity) {
        throw Conflict(mentor + " has no free place");
    }
    domain::MatchRequest request{
        0, programme_id, me, mentor, domain::RequestStatus::kPending, clock_.NowSeconds(), std::nullopt};
    request.id = storage::InsertRequest(*session, request);
    Audit(*session, clock_, caller, "match.request", "request:" + std::to_string(request.id));
    transaction.Commit();
    return request;
}

RequestAnswer MatchingService::AnswerRequest(const domain::Caller& caller, long long programme_id, long long request_id,
                                             bool accept) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto request = storage::FindRequest(*session, request_id);
    if (request && request->programme_id != programme_id) request.reset();
    const bool mentor = request && !caller.person_id.empty() && caller.person_id == request->mentor;
    if (!mentor) {
        const bool mentee = request && !caller.person_id.empty() && caller.person_id == request->mentee;
        if (request && (mentee || OverseesProgramme(caller, programme_id))) {
            throw Forbidden("only the mentor asked may answer a request");
        }
        throw NotFound("no request with id " + std::to_string(request_id));
    }
    if (request->status != domain::RequestStatus::kPending) {
        throw Conflict("request " + std::to_string(request_id) + " is " +
                       std::string(domain::ToString(request->status)));
    }
    const auto now = clock_.NowSeconds();
    RequestAnswer answer;
    if (accept) {
        const auto mentor_profile = storage::FindProfile(*session, request->programme_id, request->mentor);
        const int capacity = mentor_profile ? mentor_profile->capacity : 0;
        if (MenteeHasOpenPair(*session, request->programme_id, request->mentee)) {
            throw Conflict(request->mentee + " has a mentor in this programme already");
        }
        if (OpenPairsOfMentor(*session, request->programme_id, request->mentor) >= capacity) {
            throw Conflict("you have no free place left in this programme");
        }
        domain::Pair pair;
        pair.programme_id = request->programme_id;
        pair.mentee = request->mentee;
        pair.mentor = request->mentor;
        pair.request_id = request->id;
        pair.mentor_accepted_at = now;
        pair.created_at = pair.updated_at = now;
        pair.id = storage::InsertPair(*session, pair);
        answer.pair = pair;
        request->status = domain::RequestStatus::kAccepted;
    } else {
        request->status = domain::RequestStatus::kDeclined;
    }
    request->answered_at = now;
    storage::UpdateRequest(*session, *request);
    if (accept) storage::WithdrawPendingRequests(*session, request->programme_id, request->mentee, now);
    Audit(*session, clock_, caller, accept ? "match.request.accept" : "match.request.decline",
          "request:" + std::to_string(request_id));
    transaction.Commit();
    answer.request = *request;
    return answer;
}

std::vector<RankingCandidate> MatchingService::RankingCandidates(const domain::Caller& caller, long long programme_id) {
    const auto me = RequireParticipant(caller, programme_id, std::nullopt, "see whom to rank").employee_id;
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireMode(programme, domain::MatchingMode::kRanked, "ranking");
    const auto profiles = storage::LoadProfiles(*session, programme_id);
    const auto mine = std::find_if(profiles.begin(), profiles.end(),
                                   [&me](const domain::MatchProfile& profile) { return profile.employee_id == me; });
    if (mine == profiles.end())
        throw Conflict("you have no profile in programme " + std::to_string(programme_id) + " yet");
    const bool i_am_mentee = mine->side == domain::Side::kMentee;
    auto options = SettledPairs(*session, programme_id);
    options.busy_mentees.clear();  // ranking stays possible while a pair is proposed
    MatchPool pool;
    {
        const auto directory = storage::LoadActiveDirectory(*session);
        pool = BuildPool(programme, profiles, directory, options);
    }
    std::vector<RankingCandidate> candidates;
    for (const auto& profile : profiles) {
        if (profile.side == mine->side) continue;
        const auto& mentee = i_am_mentee ? me : profile.employee_id;
        const auto& mentor = i_am_mentee ? profile.employee_id : me;
        const auto mentee_position = pool.MenteePosition(mentee);
        const auto mentor_position = pool.MentorPosition(mentor);
        if (mentee_position < 0 || mentor_position < 0) continue;
        if (!CheckPoolPair(*session, pool, programme_id, mentee, mentor).Allowed()) continue;
        RankingCandidate candidate;
        candidate.employee_id = profile.employee_id;
        candidate.parts = Breakdown(matching::ScorePair(
            pool.mentees[static_cast<std::size_t>(mentee_position)], mentee_position,
            pool.mentors[static_cast<std::size_t>(mentor_position)], mentor_position, pool.weights));
        if (const auto person = storage::FindPerson(*session, profile.employee_id)) {
            candidate.name = person->name;
            candidate.title = person->title;
            candidate.department = person->department;
        }
        const auto ranked = std::find(mine->ranking.begin(), mine->ranking.end(), profile.employee_id);
        if (ranked != mine->ranking.end()) candidate.rank = static_cast<int>(ranked - mine->ranking.begin()) + 1;
        candidates.push_back(std::move(candidate));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const RankingCandidate& a, const RankingCandidate& b) {
        return a.parts.Total() > b.parts.Total();
    });
    return candidates;
}

std::vector<std::string> MatchingService::SubmitRanking(const domain::Caller& caller, long long programme_id,
                                                        const std::vector<std::string>& ranking) {
    const auto me = RequireParticipant(caller, programme_id, std::nullopt, "submit a ranking").employee_id;
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireMode(programme, domain::MatchingMode::kRanked, "ranking");
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme_id) + " is archived and can no longer change");
    }
    const auto profiles = storage::LoadProfiles(*session, programme_id);
    const auto find = [&profiles](const std::string& id) -> const domain::MatchProfile* {
        const auto it =
            std::lower_bound(profiles.begin(), profiles.end(), id,
                             [](const domain::MatchProfile& p, const std::string& key) { return p.employee_id < key; });
        return it != profiles.end() && it->employee_id == id ? &*it : nullptr;
    };
    const auto* mine = find(me);
    if (mine == nullptr) throw Conflict("you have no profile in programme " + std::to_string(programme_id) + " yet");
    const auto other = mine->side == domain::Side::kMentee ? domain::Side::kMentor : domain::Side::kMentee;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        const auto field = "ranking[" + std::to_string(i) + "]";
        const auto* profile = find(ranking[i]);
        if (profile == nullptr || profile->side != other) {
            throw InvalidInput(field,
                               ranking[i] + " is not a " + std::string(domain::ToString(other)) + " in this programme");
        }
        if (!seen.insert(ranking[i]).second) throw InvalidInput(field, ranking[i] + " is ranked twice");
    }
    storage::SetRanking(*session, programme_id, me, ranking, clock_.NowSeconds());
    Audit(*session, clock_, caller, "match.ranking", "programme:" + std::to_string(programme_id));
    transaction.Commit();
    return ranking;
}

}  // namespace upward::service
