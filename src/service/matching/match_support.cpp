#include "service/matching/match_support.hpp"

#include "core/errors.hpp"
#include "matching/hard_rules.hpp"
#include "service/matching/match_outcome.hpp"
#include "storage/database/connection.hpp"
#include "storage/matching/match_constraint_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "storage/matching/matching_directory.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

domain::MatchProfile ProfileOnSide(storage::Connection& session, long long programme_id, const std::string& employee_id,
                                   domain::Side side, const std::string& field) {
    auto profile = storage::FindProfile(session, programme_id, employee_id);
    if (!profile || profile->side != side) {
        throw InvalidInput(field, employee_id + " has no " + std::string(domain::ToString(side)) +
                                      " profile in programme " + std::to_string(programme_id));
    }
    return *profile;
}

MatchPool SmallPool(storage::Connection& session, const domain::Programme& programme,
                    const std::vector<domain::MatchProfile>& profiles) {
    std::vector<std::string> ids;
    ids.reserve(profiles.size());
    for (const auto& profile : profiles) ids.push_back(profile.employee_id);
    const auto directory = storage::LoadDirectoryChains(session, ids);
    return BuildPool(programme, profiles, directory);
}

PairCheck CheckPoolPair(storage::Connection& session, const MatchPool& pool, long long programme_id,
                        const std::string& mentee, const std::string& mentor) {
    const auto i = pool.MenteePosition(mentee);
    const auto j = pool.MentorPosition(mentor);
    if (i < 0) throw InvalidInput("mentee", mentee + " is not an active person in the directory");
    if (j < 0) throw InvalidInput("mentor", mentor + " is not an active person in the directory");
    const auto& a = pool.mentees[static_cast<std::size_t>(i)];
    const auto& b = pool.mentors[static_cast<std::size_t>(j)];
    if (const auto rule = matching::CheckPair(a, b, pool.rules, pool.labels)) {
        return {std::string(matching::RuleName(*rule)), RuleDetail(*rule, a, b, pool.rules)};
    }
    if (storage::IsForbidden(session, programme_id, mentee, mentor)) {
        return {std::string(matching::RuleName(matching::Rule::kForbiddenByAdmin)),
                RuleDetail(matching::Rule::kForbiddenByAdmin, a, b, pool.rules)};
    }
    return {};
}

PoolOptions SettledPairs(storage::Connection& session, long long programme_id) {
    PoolOptions options;
    for (const auto& pair : storage::ListPairs(session, programme_id)) {
        if (!domain::HoldsPlace(pair.status)) continue;  // proposed, accepted (agreement being drafted) or active
        options.busy_mentees.insert(pair.mentee);
        ++options.mentor_load[pair.mentor];
    }
    return options;
}

}  // namespace upward::service
