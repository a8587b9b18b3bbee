// The demo's running programme (see demo_running.hpp): 18 weeks under way, ten active pairs whose sessions
// have history. Everything goes through the services with a clock moved along the programme's past, so the
// data is what using the product would have left: agreements signed at the start proposed the series, people
// confirmed attendance after each session, cancellations were attributed, and the escalation fired itself.
#include <algorithm>
#include <array>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "demo/demo_running.hpp"
#include "domain/pair_agreement.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/identity/auth_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/sessions/session_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/matching/pair_repository.hpp"

namespace upward::demo {

namespace {

constexpr long long kDay = 86400;
constexpr int kDemoRunningPairs = 10;
constexpr const char* kDemoSponsorEmail = "sponsor@demo.upward.example";
constexpr const char* kLinkBase = "http://127.0.0.1:8080";

// The pairs with a story of their own (indexes into the ten).
constexpr int kEscalatedPair = 1;  // the senior cancelled twice in a row, then missed one: escalated twice
constexpr int kStalledPair = 2;    // nothing held in the last six weeks: at risk

const std::array<const char*, 5> kMenteeReasons = {"Quarter-end close", "Board preparation",
                                                   "Travelling to the Lisbon office", "Customer escalation",
                                                   "Budget review ran over"};
const std::array<const char*, 4> kMentorReasons = {"Exam week", "On call for the release", "Team offsite",
                                                   "Ill today, sorry"};

// People with an email and no account yet (the earlier demo programmes took theirs), at one end of the grade
// pyramid: seniors (6 to 9) as mentees, juniors (4 and below) as mentors.
std::vector<domain::Person> Newcomers(storage::Connection& session, bool senior, std::size_t count) {
    std::vector<domain::Person> chosen;
    domain::PeopleQuery query;
    query.limit = 500;
    query.active = true;
    do {
        const auto page = storage::ListPeople(session, query);
        for (const auto& person : page.items) {
            const bool fits = senior ? (person.grade >= 6 && person.grade < 10) : (person.grade <= 4);
            if (!fits || person.email.empty() || storage::FindUserByEmail(session, person.email)) continue;
            chosen.push_back(person);
            if (chosen.size() == count) return chosen;
        }
        query.cursor = page.next_cursor;
    } while (!query.cursor.empty());
    return chosen;
}

long long Account(storage::Connection& session, const domain::Person& person, long long programme_id,
                  domain::ProgrammeRole role, const std::string& password_hash, long long now) {
    domain::UserRecord user;
    user.email = person.email;
    user.display_name = person.name.empty() ? person.employee_id : person.name;
    user.password_hash = password_hash;
    user.role = domain::Role::kParticipant;
    user.person_id = person.employee_id;
    user.created_at = now;
    const auto id = storage::InsertUser(session, user);
    storage::AddMembership(session, programme_id, id, role, now);
    return id;
}

domain::MatchProfile Profile(const domain::Person& person, domain::Side side, const std::string& topic) {
    domain::MatchProfile profile;
    profile.employee_id = person.employee_id;
    profile.side = side;
    profile.languages = {"en"};
    profile.topics = {{topic, side == domain::Side::kMentor ? 4 : 3}};
    // Working hours in each person's own zone; the series lands where they overlap.
    for (int day = 0; day < 5; ++day) profile.availability.push_back({day, 9 * 60, 17 * 60});
    return profile;
}

}  // namespace

long long SeedDemoRunningProgramme(storage::Database& database, const Clock& clock, const std::string& admin_email,
                                   const std::string& password_hash) {
    const auto now = clock.NowSeconds();
    const auto started = now - 18LL * 7 * kDay;
    // Every step happens at its own time on this clock.
    ManualClock past(started);
    service::AuthService auth(database, past);
    domain::Caller admin;
    admin.role = domain::Role::kAdmin;
    {
        auto session = database.Acquire();
        if (const auto account = storage::FindUserByEmail(*session, admin_email)) {
            admin = auth.LoadCaller(account->id).value_or(admin);
        }
    }
    admin.role = domain::Role::kAdmin;

    service::ProgrammeService programmes(database, past);
    const auto programme = programmes.Create(admin, {.name = kDemoRunningName,
                                                     .starts_on = FormatDate(started),
                                                     .ends_on = FormatDate(now + 8LL * 7 * kDay),
                                                     .cadence_days = 14,
                                                     .session_minutes = 45,
                                                     .max_mentor_grade = std::optional<long long>(4),
                                                     .status = domain::ProgrammeStatus::kActive,
                                                     .template_key = "digital_skills"});
    const auto topic = programme.topics.empty() ? std::string() : programme.topics.front();

    std::vector<long long> mentee_users, mentor_users, pairs;
    {
        auto session = database.Acquire();
        const auto seniors = Newcomers(*session, true, kDemoRunningPairs);
        auto juniors = Newcomers(*session, false, kDemoRunningPairs);
        if (seniors.size() < kDemoRunningPairs || juniors.size() < kDemoRunningPairs) {
            throw Conflict("demo: the directory has too few people for the running programme");
        }
        if (const auto sponsor = storage::FindUserByEmail(*session, kDemoSponsorEmail)) {
            storage::AddSponsorMembership(*session, programme.id, sponsor->id, started);
        }
        std::vector<domain::MatchProfile> profiles;
        for (int i = 0; i < kDemoRunningPairs; ++i) {
            const auto& mentee = seniors[static_cast<std::size_t>(i)];
            const auto& mentor = juniors[static_cast<std::size_t>(i)];
            mentee_users.push_back(
                Account(*session, mentee, programme.id, domain::ProgrammeRole::kMentee, password_hash, started));
            mentor_users.push_back(
                Account(*session, mentor, programme.id, domain::ProgrammeRole::kMentor, password_hash, started));
            profiles.push_back(Profile(mentee, domain::Side::kMentee, topic));
            profiles.push_back(Profile(mentor, domain::Side::kMentor, topic));
            domain::Pair pair;
            pair.programme_id = programme.id;
            pair.mentee = mentee.employee_id;
            pair.mentor = mentor.employee_id;
            pair.created_at = pair.updated_at = started;
            pairs.push_back(storage::InsertPair(*session, pair));
        }
        service::MatchingService(database, past).SaveProfiles(admin, programme.id, profiles);
    }

    // Both accept and sign on the first day: signing proposes each pair's series from the day after.
    service::MatchingService matching(database, past);
    service::AgreementService agreements(database, past, kLinkBase);
    for (int i = 0; i < kDemoRunningPairs; ++i) {
        const auto mentee = auth.LoadCaller(mentee_users[static_cast<std::size_t>(i)]).value();
        const auto mentor = auth.LoadCaller(mentor_users[static_cast<std::size_t>(i)]).value();
        const auto pair_id = pairs[static_cast<std::size_t>(i)];
        past.Set(started + 9LL * 3600 + i * 600LL);
        matching.Accept(mentee, pair_id);
        matching.Accept(mentor, pair_id);
        domain::AgreementTerms terms;
        terms.mentee_goals = "Use " + (topic.empty() ? std::string("new tools") : topic) + " in my own planning work";
        terms.mentor_goals = "Explain technical ideas clearly to senior leaders";
        if (!topic.empty()) terms.topics = {topic};
        terms.cadence_days = 14;
        terms.confidentiality_statement = "What we discuss stays between us.";
        const auto version = agreements.Save(mentee, pair_id, terms, std::nullopt).agreement.version;
        agreements.Sign(mentee, pair_id, version);
        agreements.Sign(mentor, pair_id, version);
    }

    // Each pair's history, session by session in time order.
    service::SessionService sessions(database, past);
    for (int i = 0; i < kDemoRunningPairs; ++i) {
        const auto mentee = auth.LoadCaller(mentee_users[static_cast<std::size_t>(i)]).value();
        const auto mentor = auth.LoadCaller(mentor_users[static_cast<std::size_t>(i)]).value();
        const auto pair_id = pairs[static_cast<std::size_t>(i)];
        past.Set(started + kDay);
        auto occurrences = sessions.Get(mentee, pair_id).upcoming;
        std::vector<domain::SessionOccurrence> done;
        for (const auto& occurrence : occurrences) {
            if (occurrence.starts_at < now) done.push_back(occurrence);
        }
        const auto confirm = [&](const domain::SessionOccurrence& occurrence, bool took_place,
                                 const std::string& absent) {
            past.Set(occurrence.starts_at + 3600);
            sessions.ConfirmAttendance(mentor, pair_id, occurrence.id, {took_place, absent});
            past.Set(occurrence.starts_at + 5LL * 3600);
            sessions.ConfirmAttendance(mentee, pair_id, occurrence.id, {took_place, absent});
        };
        const auto cancel = [&](const domain::SessionOccurrence& occurrence, const domain::Caller& who,
                                const std::string& reason) {
            past.Set(occurrence.starts_at - 2 * kDay);
            sessions.Cancel(who, pair_id, occurrence.id, reason);
        };
        for (std::size_t k = 0; k < done.size(); ++k) {
            const auto& occurrence = done[k];
            const bool latest = k + 1 == done.size();
            const bool last_six_weeks = occurrence.starts_at > now - 6LL * 7 * kDay;
            if (i == kStalledPair && last_six_weeks) {
                // The pair that stopped meeting: cancellations by the mentor, then silence.
                if (k % 2 == 0) cancel(occurrence, mentor, kMentorReasons[k % kMentorReasons.size()]);
                continue;
            }
            if (latest) {
                // The most recent session waits for confirmations (the mentor's is in for some pairs).
                if (i % 2 == 1) {
                    past.Set(occurrence.starts_at + 3600);
                    sessions.ConfirmAttendance(mentor, pair_id, occurrence.id, {true, ""});
                }
                continue;
            }
            if (i == kEscalatedPair && (k == 3 || k == 4)) {
                cancel(occurrence, mentee, kMenteeReasons[k % kMenteeReasons.size()]);
            } else if (i == kEscalatedPair && k == 6) {
                confirm(occurrence, false, "mentee");
            } else if (i >= 3 && k == static_cast<std::size_t>(i % 5 + 1) && i % 2 == 0) {
                cancel(occurrence, mentor, kMentorReasons[static_cast<std::size_t>(i) % kMentorReasons.size()]);
            } else if (i >= 3 && k == static_cast<std::size_t>(i % 4 + 2) && i % 2 == 1) {
                cancel(occurrence, mentee, kMenteeReasons[static_cast<std::size_t>(i) % kMenteeReasons.size()]);
            } else if (i == 5 && k == 1) {
                confirm(occurrence, false, "mentor");
            } else {
                confirm(occurrence, true, "");
            }
        }
        // A few moved sessions ahead, each with its reason.
        if (i % 3 == 0) {
            past.Set(now - 2 * kDay);
            const auto ahead = sessions.Get(mentor, pair_id).upcoming;
            if (ahead.size() >= 2) {
                const auto& target = ahead[1];
                sessions.MoveOccurrence(i % 2 == 0 ? mentor : mentee, pair_id, target.id, target.starts_at + kDay,
                                        "The day after works better that week");
            }
        }
    }
    return programme.id;
}

}  // namespace upward::demo
