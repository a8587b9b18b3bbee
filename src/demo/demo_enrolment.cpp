#include "demo/demo_enrolment.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/weekly_availability.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "service/identity/auth_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/screening/screening_service.hpp"
#include "service/training/training_service.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/enrolment/invitation_repository.hpp"
#include "storage/identity/user_repository.hpp"

namespace upward::demo {

namespace {

// The demo serves on this address by default (`make run`); emails queued by the seed link to it.
constexpr const char* kDemoLinkBase = "http://127.0.0.1:8080";

std::string DateAfter(const Clock& clock, int days) { return FormatDate(clock.NowSeconds() + days * 86400LL); }

// People with an email, a manager and no account yet, junior (mentors) or senior (mentees).
std::vector<domain::Person> Newcomers(storage::Database& database, bool senior, std::size_t count,
                                      long long max_mentor_grade) {
    auto session = database.Acquire();
    std::vector<domain::Person> chosen;
    domain::PeopleQuery query;
    query.active = true;
    query.limit = 500;
    for (;;) {
        const auto page = storage::ListPeople(*session, query);
        for (const auto& person : page.items) {
            if (person.email.empty() || person.manager_id.empty() || person.left) continue;
            const bool fits = senior ? person.grade >= 7 && person.grade < 10 : person.grade <= max_mentor_grade;
            if (!fits || storage::FindUserByEmail(*session, ToLower(Trim(person.email)))) continue;
            chosen.push_back(person);
            if (chosen.size() == count) return chosen;
        }
        if (page.next_cursor.empty()) return chosen;
        query.cursor = page.next_cursor;
    }
}

// The invitee opens the link and signs up: their account (with the shared demo hash, instead of hashing a
// password per person), their membership, and the invitation marked used, as accepting does.
long long AcceptAsDemo(storage::Database& database, const Clock& clock, long long programme_id,
                       const domain::Person& person, domain::Side side, const std::string& password_hash) {
    auto session = database.Acquire();
    storage::Transaction transaction(*session, database.GetBackend());
    domain::UserRecord user;
    user.email = ToLower(Trim(person.email));
    user.display_name = person.name.empty() ? person.email : person.name;
    user.password_hash = password_hash;
    user.role = domain::Role::kParticipant;
    user.person_id = person.employee_id;
    user.created_at = clock.NowSeconds();
    const auto user_id = storage::InsertUser(*session, user);
    storage::AddMembership(
        *session, programme_id, user_id,
        side == domain::Side::kMentor ? domain::ProgrammeRole::kMentor : domain::ProgrammeRole::kMentee,
        clock.NowSeconds());
    const auto invitation = storage::FindLatestInvitation(*session, programme_id, person.employee_id);
    if (!invitation) throw Conflict("demo: no invitation for " + person.employee_id);
    storage::MarkInvitationAccepted(*session, invitation->id, user_id, clock.NowSeconds());
    transaction.Commit();
    return user_id;
}

domain::ApplicationAnswersInput DemoApplication(const domain::Programme& programme, domain::Side side,
                                                std::size_t index) {
    const bool mentor = side == domain::Side::kMentor;
    domain::ApplicationAnswersInput answers;
    answers.side = side;
    const auto& catalogue = programme.topics;
    for (std::size_t k = 0; k < 2 && k < catalogue.size(); ++k) {
        domain::ApplicationTopicInput topic;
        topic.topic = catalogue[(index * 3 + k) % catalogue.size()];
        if (mentor) {
            topic.level = static_cast<int>(5 - (index + k) % 2);
            topic.evidence = "Uses " + topic.topic + " every week and runs the team's lunch-and-learn on it";
        } else {
            topic.priority = static_cast<int>(5 - k * 2);
        }
        answers.topics.push_back(std::move(topic));
    }
    const int day = static_cast<int>(index % 3);  // everyone shares Monday to Wednesday mornings, so pairs overlap
    answers.availability = {{day, 9 * 60, 12 * 60}, {3, 14 * 60, 16 * 60}};
    answers.languages = {"en"};
    answers.motivation = mentor ? "I want to help our leaders get hands-on with the tools my generation uses daily."
                                : "I want to understand how our younger colleagues work and what they expect of us.";
    answers.goals = mentor ? "Practise explaining technical ideas to senior people; grow as a coach."
                           : "Use AI tools in my own week; understand what keeps young talent here.";
    return answers;
}

// Passes every module of the caller's role with the right answers, as a participant who studied them would.
void PassTraining(service::TrainingService& training, const domain::Caller& admin, const domain::Caller& participant,
                  long long programme_id, domain::ProgrammeRole role) {
    for (const auto& module : training.ListModules(admin, programme_id, role)) {
        std::vector<int> answers;
        for (const auto& question : module.quiz) answers.push_back(question.answer);
        training.SubmitAttempt(participant, programme_id, module.id, answers);
    }
}

}  // namespace

long long SeedDemoIntake(storage::Database& database, const Clock& clock, const std::string& admin_email,
                         const std::string& password_hash) {
    service::AuthService auth(database, clock);
    domain::Caller admin;
    {
        auto session = database.Acquire();
        const auto account = storage::FindUserByEmail(*session, admin_email.c_str());
        if (account) admin = auth.LoadCaller(account->id).value_or(admin);
    }
    admin.role = domain::Role::kAdmin;

    service::ProgrammeService programmes(database, clock);
    const auto programme = programmes.Create(admin, {.name = kDemoIntakeName,
                                                     .starts_on = DateAfter(clock, 45),
                                                     .ends_on = DateAfter(clock, 45 + 180),
                                                     .max_mentor_grade = std::optional<long long>(4),
                                                     .application_deadline = DateAfter(clock, 30),
                                                     .require_training = true,
                                                     .require_mentor_approval = true,
                                                     .status = domain::ProgrammeStatus::kActive,
                                                     .template_key = "digital_skills"});
    service::EnrolmentService enrolment(database, clock, kDemoLinkBase);
    service::ScreeningService screening(database, clock, kDemoLinkBase);
    service::TrainingService training(database, clock);

    for (const auto side : {domain::Side::kMentor, domain::Side::kMentee}) {
        const bool mentor = side == domain::Side::kMentor;
        const auto& plan = mentor ? kDemoIntakeMentors : kDemoIntakeMentees;
        const auto people = Newcomers(database, !mentor, static_cast<std::size_t>(plan.invited), 4);
        if (people.size() < static_cast<std::size_t>(plan.invited))
            throw Conflict("demo: the directory has too few people for the intake");
        service::InviteRequest invite;
        invite.side = side;
        for (const auto& person : people) invite.employee_ids.push_back(person.employee_id);
        enrolment.Invite(admin, programme.id, invite);

        int approved_so_far = 0;
        for (int i = 0; i < plan.accepted; ++i) {
            const auto& person = people[static_cast<std::size_t>(i)];
            const auto user_id = AcceptAsDemo(database, clock, programme.id, person, side, password_hash);
            if (i >= plan.applied) continue;
            const auto caller = auth.LoadCaller(user_id).value();
            const auto application = enrolment.SubmitApplication(
                caller, programme.id, DemoApplication(programme, side, static_cast<std::size_t>(i)));
            if (mentor) {
                // The first `approved` are approved, then one wait-listed, one declined, the rest await screening.
                const int rest = i - plan.approved;
                if (rest < 0) {
                    screening.Decide(admin, programme.id, application.id, domain::ScreeningOutcome::kApprove,
                                     "Patient, listens well and shows real expertise in the topics they offered.");
                    ++approved_so_far;
                } else if (rest == 0) {
                    screening.Decide(admin, programme.id, application.id, domain::ScreeningOutcome::kWaitList,
                                     "A strong candidate; we have enough mentors for these topics this intake.");
                } else if (rest == 1) {
                    screening.Decide(admin, programme.id, application.id, domain::ScreeningOutcome::kDecline,
                                     "The topics offered are outside this programme's catalogue.");
                }
            }
            if (i < plan.trained) {
                PassTraining(training, admin, caller, programme.id,
                             mentor ? domain::ProgrammeRole::kMentor : domain::ProgrammeRole::kMentee);
            }
            if (i < plan.acknowledged) {
                const auto rules = enrolment.GroundRules(caller, programme.id);
                enrolment.AcknowledgeGroundRules(caller, programme.id, rules.digest);
            }
        }
        (void)approved_so_far;
    }

    // Matching proposes pairs among the eligible; a few pairs said yes, and two of those signed their agreement.
    service::MatchingService matching(database, clock);
    matching.Run(admin, programme.id);
    matching.Publish(admin, programme.id);
    service::AgreementService agreements(database, clock, kDemoLinkBase);
    const auto pairs = matching.Pairs(admin, programme.id);
    int accepted = 0;
    for (const auto& pair : pairs) {
        if (accepted == kDemoIntakeAcceptedPairs) break;
        std::optional<domain::Caller> mentee;
        std::optional<domain::Caller> mentor;
        {
            auto session = database.Acquire();
            for (const auto& [employee_id, slot] : {std::pair{pair.mentee, &mentee}, std::pair{pair.mentor, &mentor}}) {
                const auto user_id = storage::FirstUserOfPerson(*session, employee_id);
                *slot = auth.LoadCaller(user_id.value_or(0));
            }
        }
        if (!mentee || !mentor) continue;
        matching.Accept(*mentee, pair.id);
        matching.Accept(*mentor, pair.id);
        domain::AgreementTerms terms;
        terms.mentee_goals = "Try two AI tools in my own work each month and share what changed.";
        terms.mentor_goals = "Coach a senior leader with patience; present ideas clearly to executives.";
        terms.topics = {programme.topics.front()};
        terms.cadence_days = programme.cadence_days;
        terms.confidentiality_statement = programme.confidentiality_policy.empty() ? "What we discuss stays between us."
                                                                                   : programme.confidentiality_policy;
        const auto draft = agreements.Save(*mentee, pair.id, terms, std::nullopt);
        if (accepted < kDemoIntakeSignedPairs) {
            agreements.Sign(*mentee, pair.id, draft.agreement.version);
            agreements.Sign(*mentor, pair.id, draft.agreement.version);
        }
        ++accepted;
    }
    return programme.id;
}

}  // namespace upward::demo
