#include "service/matching/matching_service.hpp"

#include <chrono>
#include <memory>
#include <unordered_set>

#include "core/errors.hpp"
#include "matching/score.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/matching/match_outcome.hpp"
#include "service/matching/match_profiles.hpp"
#include "service/matching/match_support.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/matching/match_constraint_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "storage/matching/match_run_repository.hpp"
#include "storage/matching/matching_directory.hpp"
#include "storage/matching/pair_repository.hpp"

namespace upward::service {

namespace {

// Above this many profiles a save reads every active employee id once instead of asking per person.
constexpr std::size_t kLookUpEachPersonBelow = 64;

std::string Subject(long long programme_id) { return "programme:" + std::to_string(programme_id); }

// Whether employee ids are active people, asked the cheaper way for the batch at hand.
PersonCheck ActivePeopleCheck(storage::Connection& session, std::size_t profiles) {
    if (profiles < kLookUpEachPersonBelow) {
        return [&session](const std::string& id) {
            const auto person = storage::FindPerson(session, id);
            return person && person->active;
        };
    }
    auto ids = std::make_shared<std::unordered_set<std::string>>();
    const auto directory = storage::LoadActiveDirectory(session);
    ids->insert(directory.employee_id.begin(), directory.employee_id.end());
    return [ids](const std::string& id) { return ids->count(id) > 0; };
}

void RequireOpen(const domain::Programme& programme) {
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme.id) + " is archived and can no longer change");
    }
}

RunSummary Summarise(const domain::MatchRun& run, const std::vector<domain::UnmatchedParticipant>& unmatched) {
    RunSummary summary{run, {}, {}};
    for (const auto& entry : unmatched) {
        auto& counts = entry.side == domain::Side::kMentee ? summary.unmatched_mentees_by_reason
                                                           : summary.unmatched_mentors_by_reason;
        ++counts[entry.reason];
    }
    return summary;
}

void ThrowIfBroken(const PairCheck& check, const std::string& what) {
    if (!check.Allowed()) throw Conflict(what + ": breaks rule " + check.rule + " (" + check.detail + ")");
}

}  // namespace

std::vector<domain::MatchProfile> MatchingService::Profiles(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    auto profiles = storage::LoadProfiles(*session, programme_id);
    Audit(*session, clock_, caller, "match.profiles.read", Subject(programme_id));
    return profiles;
}

long long MatchingService::SaveProfiles(const domain::Caller& caller, long long programme_id,
                                        std::vector<domain::MatchProfile> profiles) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    const auto is_person = ActivePeopleCheck(*session, profiles.size());
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        const auto field = "profiles[" + std::to_string(i) + "]";
        const auto problems = CheckProfile(profiles[i], programme, is_person);
        if (!problems.empty()) throw InvalidInput(field + "." + problems.front().field, problems.front().reason);
        if (!seen.insert(profiles[i].employee_id).second) {
            throw InvalidInput(field + ".employee_id", profiles[i].employee_id + " is given twice");
        }
    }
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::SaveProfiles(*session, database_.GetBackend(), programme_id, profiles, clock_.NowSeconds());
    Audit(*session, clock_, caller, "match.profiles.save", Subject(programme_id),
          std::to_string(profiles.size()) + " profiles");
    transaction.Commit();
    return static_cast<long long>(profiles.size());
}

long long MatchingService::ImportProfiles(const domain::Caller& caller, long long programme_id,
                                          std::string_view csv_text) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    const auto profiles = ReadProfilesCsv(csv_text, programme, ActivePeopleCheck(*session, kLookUpEachPersonBelow));
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::SaveProfiles(*session, database_.GetBackend(), programme_id, profiles, clock_.NowSeconds());
    Audit(*session, clock_, caller, "match.profiles.import", Subject(programme_id),
          std::to_string(profiles.size()) + " profiles");
    transaction.Commit();
    return static_cast<long long>(profiles.size());
}

RunSummary MatchingService::Run(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    const auto started = std::chrono::steady_clock::now();
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    if (programme.matching_mode == domain::MatchingMode::kSelfSelected) {
        throw Conflict("programme " + std::to_string(programme_id) +
                       " is self-selected: mentees choose their mentors from recommendations, there is nothing to run");
    }

    PoolOutcome outcome;
    domain::MatchRun run;
    {
        auto options = SettledPairs(*session, programme_id);
        auto forbids = storage::LoadForbids(*session, programme_id);
        // A declined pair is not proposed again.
        for (const auto& pair : storage::ListPairs(*session, programme_id)) {
            if (pair.status == domain::PairStatus::kDeclined) forbids.push_back({pair.mentee, pair.mentor});
        }
        MatchPool pool;
        {
            const auto directory = storage::LoadActiveDirectory(*session);
            const auto profiles = storage::LoadProfiles(*session, programme_id);
            pool = BuildPool(programme, profiles, directory, options);
        }
        if (programme.matching_mode == domain::MatchingMode::kRanked) {
            outcome = SolveRanked(pool, forbids);
        } else {
            outcome = SolveAssigned(pool, storage::LoadPins(*session, programme_id), forbids);
        }
        run.mentees = static_cast<int>(pool.mentees.size());
        run.mentors = static_cast<int>(pool.mentors.size());
    }
    run.programme_id = programme_id;
    run.mode = domain::ToString(programme.matching_mode);
    run.created_by = caller.user_id;
    run.created_at = clock_.NowSeconds();
    run.pair_count = static_cast<int>(outcome.proposals.size());
    run.total_score = outcome.total_score;
    run.rejected_pins = std::move(outcome.rejected_pins);

    storage::Transaction transaction(*session, database_.GetBackend());
    // The time covers reading, solving and writing; the commit is all that comes after.
    run.duration_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    run.id = storage::InsertRun(*session, database_.GetBackend(), run, outcome.proposals, outcome.unmatched);
    Audit(*session, clock_, caller, "match.run", Subject(programme_id), "run:" + std::to_string(run.id));
    transaction.Commit();
    return Summarise(run, outcome.unmatched);
}

RunDetail MatchingService::LatestRun(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    const auto run = storage::LatestRun(*session, programme_id);
    if (!run) throw NotFound("programme " + std::to_string(programme_id) + " has no match run yet");
    RunDetail detail;
    detail.unmatched = storage::LoadUnmatched(*session, run->id);
    detail.proposals = storage::LoadProposals(*session, run->id);
    detail.summary = Summarise(*run, detail.unmatched);
    Audit(*session, clock_, caller, "match.run.read", Subject(programme_id), "run:" + std::to_string(run->id));
    return detail;
}

PairCheck MatchingService::CheckPair(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                                     const std::string& mentor) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    const auto pool = SmallPool(*session, programme,
                                {ProfileOnSide(*session, programme_id, mentee, domain::Side::kMentee, "mentee"),
                                 ProfileOnSide(*session, programme_id, mentor, domain::Side::kMentor, "mentor")});
    return CheckPoolPair(*session, pool, programme_id, mentee, mentor);
}

void MatchingService::Pin(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                          const std::string& mentor) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    const auto mentor_profile = ProfileOnSide(*session, programme_id, mentor, domain::Side::kMentor, "mentor");
    const auto pool =
        SmallPool(*session, programme,
                  {ProfileOnSide(*session, programme_id, mentee, domain::Side::kMentee, "mentee"), mentor_profile});
    const std::string what = "cannot pin " + mentee + " to " + mentor;
    ThrowIfBroken(CheckPoolPair(*session, pool, programme_id, mentee, mentor), what);
    const auto current = storage::PinnedMentor(*session, programme_id, mentee);
    const auto pins = storage::CountPinsOfMentor(*session, programme_id, mentor) - (current == mentor ? 1 : 0);
    if (pins >= mentor_profile.capacity) {
        throw Conflict(what + ": breaks rule " + std::string(matching::RuleName(matching::Rule::kCapacity)) +
                       " (the mentor's " + std::to_string(mentor_profile.capacity) + " places are all pinned)");
    }
    storage::SavePin(*session, programme_id, {mentee, mentor}, caller.user_id, clock_.NowSeconds());
    Audit(*session, clock_, caller, "match.pin", Subject(programme_id), mentee + "->" + mentor);
    transaction.Commit();
}

void MatchingService::Unpin(const domain::Caller& caller, long long programme_id, const std::string& mentee) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    ProgrammeOrNotFound(*session, programme_id);
    if (storage::DeletePin(*session, programme_id, mentee)) {
        Audit(*session, clock_, caller, "match.unpin", Subject(programme_id), mentee);
    }
    transaction.Commit();
}

void MatchingService::Forbid(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                             const std::string& mentor) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    ProfileOnSide(*session, programme_id, mentee, domain::Side::kMentee, "mentee");
    ProfileOnSide(*session, programme_id, mentor, domain::Side::kMentor, "mentor");
    if (storage::PinnedMentor(*session, programme_id, mentee) == mentor) {
        throw Conflict(mentee + " is pinned to " + mentor + "; remove the pin before forbidding the pair");
    }
    storage::SaveForbid(*session, programme_id, {mentee, mentor}, caller.user_id, clock_.NowSeconds());
    Audit(*session, clock_, caller, "match.forbid", Subject(programme_id), mentee + "-x-" + mentor);
    transaction.Commit();
}

void MatchingService::Unforbid(const domain::Caller& caller, long long programme_id, const std::string& mentee,
                               const std::string& mentor) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    ProgrammeOrNotFound(*session, programme_id);
    if (storage::DeleteForbid(*session, programme_id, {mentee, mentor})) {
        Audit(*session, clock_, caller, "match.unforbid", Subject(programme_id), mentee + "-x-" + mentor);
    }
    transaction.Commit();
}

std::vector<domain::Proposal> MatchingService::Swap(const domain::Caller& caller, long long programme_id,
                                                    const std::string& mentee_a, const std::string& mentee_b) {
    RequireAdmin(caller);
    if (mentee_a == mentee_b) throw InvalidInput("mentee_b", "swap needs two different mentees");
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    const auto run = storage::LatestRun(*session, programme_id);
    if (!run) throw NotFound("programme " + std::to_string(programme_id) + " has no match run yet");
    if (run->published_at)
        throw Conflict("run " + std::to_string(run->id) + " is published; run matching again to change it");
    auto proposals = storage::LoadProposals(*session, run->id);
    domain::Proposal* a = nullptr;
    domain::Proposal* b = nullptr;
    for (auto& proposal : proposals) {
        if (proposal.mentee == mentee_a) a = &proposal;
        if (proposal.mentee == mentee_b) b = &proposal;
    }
    if (a == nullptr) throw InvalidInput("mentee_a", mentee_a + " has no proposal in run " + std::to_string(run->id));
    if (b == nullptr) throw InvalidInput("mentee_b", mentee_b + " has no proposal in run " + std::to_string(run->id));
    if (a->mentor == b->mentor) throw InvalidInput("mentee_b", "both mentees have the same mentor; nothing to swap");

    std::vector<domain::MatchProfile> profiles;
    for (const auto& [id, side] :
         {std::pair{a->mentee, domain::Side::kMentee}, std::pair{b->mentee, domain::Side::kMentee},
          std::pair{a->mentor, domain::Side::kMentor}, std::pair{b->mentor, domain::Side::kMentor}}) {
        profiles.push_back(
            ProfileOnSide(*session, programme_id, id, side, side == domain::Side::kMentee ? "mentee" : "mentor"));
    }
    const auto pool = SmallPool(*session, programme, profiles);
    std::swap(a->mentor, b->mentor);
    for (auto* proposal : {a, b}) {
        ThrowIfBroken(CheckPoolPair(*session, pool, programme_id, proposal->mentee, proposal->mentor),
                      "cannot pair " + proposal->mentee + " with " + proposal->mentor);
        const auto i = pool.MenteePosition(proposal->mentee);
        const auto j = pool.MentorPosition(proposal->mentor);
        proposal->parts = Breakdown(matching::ScorePair(pool.mentees[static_cast<std::size_t>(i)], i,
                                                        pool.mentors[static_cast<std::size_t>(j)], j, pool.weights));
        proposal->source = "swap";
        storage::UpdateProposal(*session, run->id, *proposal);
    }
    long long total = 0;
    for (const auto& proposal : proposals) total += proposal.parts.Total();
    storage::UpdateRunTotal(*session, run->id, total);
    Audit(*session, clock_, caller, "match.swap", Subject(programme_id), mentee_a + "<->" + mentee_b);
    transaction.Commit();
    return {*a, *b};
}

PublishResult MatchingService::Publish(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    RequireOpen(programme);
    const auto run = storage::LatestRun(*session, programme_id);
    if (!run) throw NotFound("programme " + std::to_string(programme_id) + " has no match run to publish");
    PublishResult result{run->id, 0, run->published_at.has_value()};
    if (result.already_published) return result;
    const auto now = clock_.NowSeconds();
    result.pairs_created = storage::PublishRunPairs(*session, programme_id, run->id, now);
    storage::MarkRunPublished(*session, run->id, now);
    Audit(*session, clock_, caller, "match.publish", Subject(programme_id),
          "run:" + std::to_string(run->id) + " pairs:" + std::to_string(result.pairs_created));
    transaction.Commit();
    return result;
}

}  // namespace upward::service
