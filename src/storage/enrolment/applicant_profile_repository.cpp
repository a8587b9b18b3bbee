#include "storage/enrolment/applicant_profile_repository.hpp"

#include "storage/database/sql.hpp"

namespace upward::storage {

void WriteApplicantProfile(Connection& session, long long programme_id, const domain::MatchProfile& profile,
                           long long now) {
    const std::string side(domain::ToString(profile.side));
    const std::string languages = domain::FormatList(profile.languages);
    const std::string topics = domain::FormatTopics(profile.topics);
    const std::string availability = domain::FormatAvailability(profile.availability);
    const int eligible = profile.eligible ? 1 : 0;
    long long existing = 0;
    session << "SELECT COUNT(*) FROM match_profiles WHERE programme_id = :p AND employee_id = :e",
        soci::use(programme_id), soci::use(profile.employee_id), soci::into(existing);
    if (existing > 0) {
        // A mentee has exactly one mentor, whatever an earlier profile of theirs said.
        const std::string capacity = profile.side == domain::Side::kMentee ? "capacity = 1, " : "";
        session << "UPDATE match_profiles SET side = :side, languages = :languages, topics = :topics, " + capacity +
                       "availability = :availability, eligible = :eligible, updated_at = :now "
                       "WHERE programme_id = :p AND employee_id = :e",
            soci::use(side), soci::use(languages), soci::use(topics), soci::use(availability), soci::use(eligible),
            soci::use(now), soci::use(programme_id), soci::use(profile.employee_id);
        return;
    }
    const std::string preferences = domain::FormatList(profile.preferences);
    const std::string ranking = domain::FormatList(profile.ranking);
    session
        << "INSERT INTO match_profiles (programme_id, employee_id, side, languages, topics, availability, capacity, "
           "eligible, preferences, ranking, updated_at) VALUES (:p, :e, :side, :languages, :topics, :availability, "
           ":capacity, :eligible, :preferences, :ranking, :now)",
        soci::use(programme_id), soci::use(profile.employee_id), soci::use(side), soci::use(languages),
        soci::use(topics), soci::use(availability), soci::use(profile.capacity), soci::use(eligible),
        soci::use(preferences), soci::use(ranking), soci::use(now);
}

void SetProfileEligible(Connection& session, long long programme_id, const std::string& employee_id, bool eligible,
                        long long now) {
    const int flag = eligible ? 1 : 0;
    session << "UPDATE match_profiles SET eligible = :eligible, updated_at = :now "
               "WHERE programme_id = :p AND employee_id = :e",
        soci::use(flag), soci::use(now), soci::use(programme_id), soci::use(employee_id);
}

}  // namespace upward::storage
