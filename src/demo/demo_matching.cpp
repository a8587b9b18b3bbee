#include "demo/demo_matching.hpp"

#include <set>

#include "core/text.hpp"
#include "service/matching/matching_service.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/identity/user_repository.hpp"

namespace upward::demo {

namespace {

constexpr std::size_t kExtraMentees = 16;
constexpr std::size_t kExtraMentors = 24;
constexpr int kDemoMinMenteeGrade = 6;

struct Applicant {
    std::string employee_id;
    domain::Side side;
    std::string email;  // set for people who need an account
    std::string name;
};

// A profile that varies with the applicant's position: topics, a second language now and then, and two
// slots of local working hours on different days.
domain::MatchProfile DemoProfile(const Applicant& applicant, std::size_t index, const domain::Programme& programme) {
    domain::MatchProfile profile;
    profile.employee_id = applicant.employee_id;
    profile.side = applicant.side;
    const bool mentor = applicant.side == domain::Side::kMentor;
    profile.languages = {"en"};
    static const char* const kSecondLanguages[] = {"fr", "de", "es", "pt"};
    if (index % 3 == 0) profile.languages.push_back(kSecondLanguages[index / 3 % 4]);
    const std::size_t topics = programme.topics.size();
    if (topics > 0) {
        const std::size_t count = mentor ? 2 + index % 2 : 1 + index % 2;
        for (std::size_t k = 0; k < count && k < topics; ++k) {
            const int value = mentor ? static_cast<int>(5 - (index + k) % 3) : static_cast<int>(3 - k);
            profile.topics.push_back({programme.topics[(index * 7 + k) % topics], value});
        }
    }
    const int day = static_cast<int>(index % 5);
    const int hour = 9 + static_cast<int>(index % 4) * 2;
    profile.availability = {{day, hour * 60, (hour + 2) * 60}, {(day + 2) % 5, 14 * 60, 16 * 60}};
    profile.capacity = mentor && index % 4 == 0 ? 2 : 1;
    return profile;
}

}  // namespace

void SeedDemoMatching(storage::Database& database, const Clock& clock, const domain::Programme& programme,
                      const std::string& password) {
    std::vector<Applicant> applicants;
    std::set<std::string> chosen;
    {
        auto session = database.Acquire();
        for (const auto& member : storage::ListPersonMemberships(*session, programme.id)) {
            const auto side = member.role == "mentor" ? domain::Side::kMentor : domain::Side::kMentee;
            if (chosen.insert(member.person_id).second) applicants.push_back({member.person_id, side});
        }
        const long long max_mentor_grade =
            programme.max_mentor_grade.value_or(kDemoMinMenteeGrade - programme.min_grade_gap);
        domain::PeopleQuery query;
        query.active = true;
        query.limit = 500;
        std::size_t mentees = 0;
        std::size_t mentors = 0;
        for (;;) {
            const auto page = storage::ListPeople(*session, query);
            for (const auto& person : page.items) {
                if (chosen.count(person.employee_id) || person.manager_id.empty() || person.email.empty()) continue;
                if (person.grade >= kDemoMinMenteeGrade && mentees < kExtraMentees) {
                    ++mentees;
                    applicants.push_back({person.employee_id, domain::Side::kMentee, person.email, person.name});
                } else if (person.grade <= max_mentor_grade && mentors < kExtraMentors) {
                    ++mentors;
                    applicants.push_back({person.employee_id, domain::Side::kMentor, person.email, person.name});
                }
            }
            if (page.next_cursor.empty() || (mentees == kExtraMentees && mentors == kExtraMentors)) break;
            query.cursor = page.next_cursor;
        }
        // One hash for every extra account: hashing is deliberately slow, and they share the demo password.
        const auto hash = service::HashPassword(password);
        const auto now = clock.NowSeconds();
        storage::Transaction transaction(*session, database.GetBackend());
        for (const auto& applicant : applicants) {
            const auto email = ToLower(Trim(applicant.email));  // as accounts store it
            if (email.empty() || storage::FindUserByEmail(*session, email)) continue;
            domain::UserRecord user;
            user.email = email;
            user.display_name = applicant.name.empty() ? applicant.email : applicant.name;
            user.password_hash = hash;
            user.role = domain::Role::kParticipant;
            user.person_id = applicant.employee_id;
            user.created_at = now;
            const auto id = storage::InsertUser(*session, user);
            storage::AddMembership(*session, programme.id, id,
                                   applicant.side == domain::Side::kMentor ? domain::ProgrammeRole::kMentor
                                                                           : domain::ProgrammeRole::kMentee,
                                   now);
        }
        transaction.Commit();
    }
    std::vector<domain::MatchProfile> profiles;
    for (std::size_t i = 0; i < applicants.size(); ++i) profiles.push_back(DemoProfile(applicants[i], i, programme));

    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    admin.display_name = "demo";
    service::MatchingService(database, clock).SaveProfiles(admin, programme.id, std::move(profiles));
}

void SeedDemoModeProgramme(storage::Database& database, const Clock& clock, const domain::Programme& programme,
                           long long source_programme_id, std::size_t mentees, std::size_t mentors) {
    std::vector<Applicant> applicants;
    {
        auto session = database.Acquire();
        std::vector<std::pair<long long, Applicant>> chosen;
        std::size_t mentee_count = 0;
        std::size_t mentor_count = 0;
        for (const auto& member : storage::ListPersonMemberships(*session, source_programme_id)) {
            const bool mentor = member.role == "mentor";
            if (mentor ? mentor_count >= mentors : mentee_count >= mentees) continue;
            ++(mentor ? mentor_count : mentee_count);
            Applicant applicant{member.person_id, mentor ? domain::Side::kMentor : domain::Side::kMentee};
            chosen.push_back({member.user_id, applicant});
        }
        const auto now = clock.NowSeconds();
        storage::Transaction transaction(*session, database.GetBackend());
        for (const auto& [user_id, applicant] : chosen) {
            storage::AddMembership(*session, programme.id, user_id,
                                   applicant.side == domain::Side::kMentor ? domain::ProgrammeRole::kMentor
                                                                           : domain::ProgrammeRole::kMentee,
                                   now);
            applicants.push_back(applicant);
        }
        transaction.Commit();
    }
    std::vector<domain::MatchProfile> profiles;
    for (std::size_t i = 0; i < applicants.size(); ++i) profiles.push_back(DemoProfile(applicants[i], i, programme));

    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    admin.display_name = "demo";
    service::MatchingService(database, clock).SaveProfiles(admin, programme.id, std::move(profiles));
}

}  // namespace upward::demo
