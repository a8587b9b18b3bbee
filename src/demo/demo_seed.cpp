#include "demo/demo_seed.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/text.hpp"
#include "demo/demo_directory.hpp"
#include "demo/demo_enrolment.hpp"
#include "demo/demo_matching.hpp"
#include "demo/demo_running.hpp"
#include "service/directory/people_import.hpp"
#include "service/identity/user_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/identity/user_repository.hpp"

namespace upward::demo {

namespace {

constexpr long long kDemoPeople = 400;
constexpr unsigned kDemoSeed = 2026;
const char* const kDemoAdminEmail = "admin@demo.upward.example";
const char* const kDemoSponsorEmail = "sponsor@demo.upward.example";

std::string CredentialsFile(const storage::Database& database, const std::string& db_url) {
    if (database.GetBackend() == storage::Backend::kSqlite) {
        const auto path = db_url.rfind("sqlite:", 0) == 0 ? db_url.substr(7) : db_url;
        return path + ".demo-credentials";
    }
    return "upward-demo-credentials.txt";
}

std::string DateAfter(const Clock& clock, int days) { return FormatDate(clock.NowSeconds() + days * 86400LL); }

// People at the extremes of the pyramid make believable demo participants: seniors as mentees, juniors as mentors.
std::vector<domain::Person> PeopleByGrade(storage::Database& database, bool senior, std::size_t count) {
    auto session = database.Acquire();
    std::vector<domain::Person> chosen;
    domain::PeopleQuery query;
    query.limit = 500;
    query.active = true;
    for (const auto& person : storage::ListPeople(*session, query).items) {
        const bool fits = senior ? (person.grade >= 7 && person.grade < 10) : (person.grade <= 3);
        if (fits && !person.email.empty()) chosen.push_back(person);
        if (chosen.size() == count) break;
    }
    return chosen;
}

void Seed(storage::Database& database, const Clock& clock, const std::string& password) {
    service::ImportOptions import;
    service::ImportPeople(database, demo::GenerateDirectoryCsv(kDemoPeople, kDemoSeed), import, clock);

    service::AddUser(database, clock, {kDemoAdminEmail, "admin", "Demo Admin", "", 0, password});
    std::string ceo;
    {
        auto session = database.Acquire();
        domain::PeopleQuery query;
        query.limit = 500;
        for (const auto& person : storage::ListPeople(*session, query).items) {
            if (person.manager_id.empty()) ceo = person.employee_id;
        }
    }
    service::AddUser(database, clock, {kDemoSponsorEmail, "sponsor", "", ceo, 0, password});

    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    service::ProgrammeService programmes(database, clock);
    auto programme = programmes.Create(admin, {.name = "Digital Fluency for Leaders",
                                               .starts_on = DateAfter(clock, 14),
                                               .ends_on = DateAfter(clock, 14 + 180),
                                               .max_mentor_grade = std::optional<long long>(4),
                                               .status = domain::ProgrammeStatus::kActive,
                                               .template_key = "digital_skills"});
    for (const auto& person : PeopleByGrade(database, true, 4)) {
        service::AddUser(database, clock, {person.email, "mentee", "", person.employee_id, programme.id, password});
    }
    for (const auto& person : PeopleByGrade(database, false, 6)) {
        service::AddUser(database, clock, {person.email, "mentor", "", person.employee_id, programme.id, password});
    }
    SeedDemoMatching(database, clock, programme, password);

    // The other two ways of matching, with a few of the same people: mentees choose their mentor, or
    // everyone ranks the other side and the administrator runs a stable matching.
    const auto self_selected = programmes.Create(admin, {.name = "Generational Perspective Circle",
                                                         .starts_on = DateAfter(clock, 14),
                                                         .ends_on = DateAfter(clock, 14 + 180),
                                                         .status = domain::ProgrammeStatus::kActive,
                                                         .template_key = "generational_perspective"});
    SeedDemoModeProgramme(database, clock, self_selected, programme.id, 3, 3);
    const auto ranked = programmes.Create(admin, {.name = "Innovation Exchange",
                                                  .starts_on = DateAfter(clock, 14),
                                                  .ends_on = DateAfter(clock, 14 + 180),
                                                  .status = domain::ProgrammeStatus::kActive,
                                                  .template_key = "innovation"});
    SeedDemoModeProgramme(database, clock, ranked, programme.id, 3, 3);

    // An intake that went through every enrolment stage, so the funnel has people at each step.
    const auto password_hash = service::HashPassword(password);
    SeedDemoIntake(database, clock, kDemoAdminEmail, password_hash);

    // A programme well under way: blocked time with history, the session log, feedback, corrections and the
    // directory's leaving dates, so health and outcomes have something to show.
    const auto running = SeedDemoRunningProgramme(database, clock, kDemoAdminEmail, password_hash);
    if (running != 0) {
        SeedDemoSessionLog(database, clock, running);
        SeedDemoFeedback(database, clock, running);
        SeedDemoCorrections(database, clock, running);
        SeedDemoOutcomes(database, clock, running);
    }
}

}  // namespace

DemoCredentials EnsureDemo(storage::Database& database, const Clock& clock, const std::string& db_url) {
    DemoCredentials credentials{kDemoAdminEmail, "", CredentialsFile(database, db_url)};
    bool has_accounts = false;
    {
        auto session = database.Acquire();
        has_accounts = !storage::ListUsers(*session).empty();
    }
    if (!has_accounts) {
        credentials.password = service::GeneratePassword();
        Seed(database, clock, credentials.password);
        {
            std::ofstream out(credentials.file, std::ios::trunc);
            out << credentials.email << "\n" << credentials.password << "\n";
        }
        ::chmod(credentials.file.c_str(), 0600);
        return credentials;
    }
    std::ifstream in(credentials.file);
    std::string email;
    if (std::getline(in, email) && std::getline(in, credentials.password)) {
        credentials.email = email;
    } else {
        credentials.password =
            "(not known: this database was not seeded as a demo here; add an admin with "
            "`upward user add --role admin`)";
    }
    return credentials;
}

}  // namespace upward::demo
