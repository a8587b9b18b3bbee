// Training as the service runs it, on SQLite and PostgreSQL: default modules, who sees which modules,
// graded attempts, removing and reordering modules, and the admin's progress table.
#include "service/training/training_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/training/training_defaults.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/training/training_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using domain::ProgrammeRole;
using domain::TrainingStatus;
using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

constexpr long long kNow = 1748736000;  // 2025-06-01

domain::TrainingModulePatch SmallModule(ProgrammeRole role, const std::string& title) {
    domain::TrainingModulePatch module;
    module.role = role;
    module.title = title;
    module.body_markdown = "Read this.\n";
    module.pass_mark = 50;
    module.quiz = {{"Q1", {"a", "b"}, 1}, {"Q2", {"c", "d"}, 0}};
    return module;
}

domain::TrainingModulePatch TitleAndPassMark(const std::string& title, int pass_mark) {
    domain::TrainingModulePatch patch;
    patch.title = title;
    patch.pass_mark = pass_mark;
    return patch;
}

// The answers to a module's quiz: all right, or with the listed questions answered wrongly.
std::vector<int> Answers(const domain::TrainingModule& module, std::vector<int> wrong = {}) {
    std::vector<int> answers;
    for (std::size_t i = 0; i < module.quiz.size(); ++i) {
        const int right = module.quiz[i].answer;
        const bool make_wrong = std::find(wrong.begin(), wrong.end(), static_cast<int>(i)) != wrong.end();
        answers.push_back(make_wrong ? (right + 1) % static_cast<int>(module.quiz[i].options.size()) : right);
    }
    return answers;
}

template <typename Call>
std::string FieldOf(Call&& call) {
    try {
        call();
    } catch (const InvalidInput& error) {
        return error.Field();
    }
    return "";
}

class TrainingServiceTest : public ::testing::TestWithParam<Backend> {
protected:
    TrainingServiceTest()
        : database_(GetParam()),
          clock_(kNow),
          programmes_(database_.Get(), clock_),
          training_(database_.Get(), clock_) {
        admin_.role = domain::Role::kAdmin;
        admin_.display_name = "admin";
        sponsor_.role = domain::Role::kSponsor;
    }

    void SetUp() override {
        programme_ =
            programmes_.Create(admin_, ProgrammeFields({{"name", "Digital"}, {"topics", {"AI tools", "Social media"}}}))
                .id;
        other_programme_ = programmes_.Create(admin_, ProgrammeFields({{"name", "Other"}})).id;
        sponsor_.user_id = NewUser("sponsor@example.com", "", domain::Role::kSponsor);
        mentor_ = Member("mentor@example.com", "J1", ProgrammeRole::kMentor);
        mentee_ = Member("mentee@example.com", "M1", ProgrammeRole::kMentee);
        outsider_.user_id = NewUser("outsider@example.com", "", domain::Role::kParticipant);
    }

    long long NewUser(const std::string& email, const std::string& person, domain::Role role) {
        auto session = database_.Get().Acquire();
        domain::UserRecord user;
        user.email = email;
        user.display_name = email.substr(0, email.find('@'));
        user.person_id = person;
        user.role = role;
        user.created_at = kNow;
        return storage::InsertUser(*session, user);
    }

    domain::Caller Member(const std::string& email, const std::string& person, ProgrammeRole role) {
        domain::Caller caller;
        caller.user_id = NewUser(email, person, domain::Role::kParticipant);
        caller.email = email;
        caller.person_id = person;
        caller.memberships = {{programme_, role}};
        auto session = database_.Get().Acquire();
        storage::AddMembership(*session, programme_, caller.user_id, role, kNow);
        return caller;
    }

    std::vector<domain::TrainingModule> Modules(ProgrammeRole role) {
        return training_.ListModules(admin_, programme_, role);
    }

    bool Complete(const domain::Caller& caller, const std::string& role) {
        auto session = database_.Get().Acquire();
        return storage::TrainingComplete(*session, programme_, caller.user_id, role);
    }

    TestDatabase database_;
    ManualClock clock_;
    ProgrammeService programmes_;
    TrainingService training_;
    domain::Caller admin_, sponsor_, mentor_, mentee_, outsider_;
    long long programme_ = 0;
    long long other_programme_ = 0;
};

TEST_P(TrainingServiceTest, NewProgrammesStartWithTheDefaultModulesOnce) {
    const auto mentor_modules = Modules(ProgrammeRole::kMentor);
    const auto mentee_modules = Modules(ProgrammeRole::kMentee);
    ASSERT_EQ(mentor_modules.size(), 4u);
    ASSERT_EQ(mentee_modules.size(), 3u);
    EXPECT_EQ(mentor_modules[0].title, "Patience: teaching at the learner's pace");
    EXPECT_EQ(mentor_modules[0].position, 1);
    EXPECT_EQ(mentor_modules[3].position, 4);
    EXPECT_EQ(mentee_modules[1].title, "Checking your ego at the door");
    // The relevant-topics module names this programme's topics.
    EXPECT_NE(mentor_modules[1].body_markdown.find("- Social media"), std::string::npos);

    auto session = database_.Get().Acquire();
    const auto programme = storage::FindProgramme(*session, programme_);
    EXPECT_EQ(InstallDefaultTrainingModules(*session, *programme, kNow), 0);
    EXPECT_EQ(training_.ListModules(admin_, programme_, std::nullopt).size(), 7u);
}

TEST_P(TrainingServiceTest, OlderProgrammesGetTheDefaultsOnFirstReadAndNeverAgain) {
    domain::Programme older;
    older.name = "Before training existed";
    older.created_at = older.updated_at = kNow;
    long long older_id = 0;
    {
        auto session = database_.Get().Acquire();
        older_id = storage::InsertProgramme(*session, older);
        storage::AddMembership(*session, older_id, mentee_.user_id, ProgrammeRole::kMentee, kNow);
        // Never set up: nobody has been trained in it.
        EXPECT_FALSE(storage::TrainingComplete(*session, older_id, mentee_.user_id, "mentee"));
    }
    auto mentee = mentee_;
    mentee.memberships.push_back({older_id, ProgrammeRole::kMentee});
    EXPECT_EQ(training_.MyModules(mentee, older_id).size(), 3u);
    EXPECT_EQ(training_.MyModules(mentee, older_id).size(), 3u);
    EXPECT_EQ(training_.ListModules(admin_, older_id, std::nullopt).size(), 7u);

    // An admin who removes every module does not see them come back.
    for (const auto& module : training_.ListModules(admin_, older_id, std::nullopt)) {
        EXPECT_EQ(training_.RemoveModule(admin_, older_id, module.id), ModuleRemoval::kDeleted);
    }
    EXPECT_TRUE(training_.ListModules(admin_, older_id, std::nullopt).empty());
    EXPECT_TRUE(training_.MyModules(mentee, older_id).empty());
    auto session = database_.Get().Acquire();
    EXPECT_TRUE(storage::TrainingComplete(*session, older_id, mentee_.user_id, "mentee"));
}

TEST_P(TrainingServiceTest, ParticipantsSeeTheirRolesModulesRendered) {
    const auto mentor_view = training_.MyModules(mentor_, programme_);
    ASSERT_EQ(mentor_view.size(), 4u);
    for (const auto& entry : mentor_view) {
        EXPECT_EQ(entry.module.role, ProgrammeRole::kMentor);
        EXPECT_EQ(entry.status, TrainingStatus::kNotStarted);
        EXPECT_NE(entry.html.find("<p>"), std::string::npos);
        EXPECT_EQ(entry.html.find("{{"), std::string::npos);
    }
    const auto mentee_view = training_.MyModules(mentee_, programme_);
    ASSERT_EQ(mentee_view.size(), 3u);
    EXPECT_EQ(mentee_view[0].module.title, "Listening to learn");

    // Someone who is both mentor and mentee in a programme takes both sets.
    auto both = mentee_;
    both.memberships.push_back({programme_, ProgrammeRole::kMentor});
    EXPECT_EQ(training_.MyModules(both, programme_).size(), 7u);
}

TEST_P(TrainingServiceTest, AttemptsAreGradedRecordedAndDecideTheStatus) {
    const auto module = Modules(ProgrammeRole::kMentor)[0];
    ASSERT_EQ(module.quiz.size(), 4u);
    const auto failed = training_.SubmitAttempt(mentor_, programme_, module.id, Answers(module, {1, 3}));
    EXPECT_EQ(failed.grade.score, 50);
    EXPECT_FALSE(failed.grade.passed);
    EXPECT_EQ(failed.grade.wrong, std::vector<int>({1, 3}));
    EXPECT_EQ(failed.pass_mark, 75);
    EXPECT_FALSE(failed.role_complete);
    EXPECT_EQ(training_.MyModules(mentor_, programme_)[0].status, TrainingStatus::kFailed);

    clock_.Advance(60);
    const auto passed = training_.SubmitAttempt(mentor_, programme_, module.id, Answers(module, {2}));
    EXPECT_EQ(passed.grade.score, 75);
    EXPECT_TRUE(passed.grade.passed);
    const auto view = training_.MyModules(mentor_, programme_);
    EXPECT_EQ(view[0].status, TrainingStatus::kPassed);
    EXPECT_EQ(view[0].attempts, 2);
    EXPECT_EQ(view[0].best_score, 75);

    // A later failing attempt does not undo a pass.
    clock_.Advance(60);
    training_.SubmitAttempt(mentor_, programme_, module.id, Answers(module, {0, 1, 2, 3}));
    EXPECT_EQ(training_.MyModules(mentor_, programme_)[0].status, TrainingStatus::kPassed);

    const auto attempts = training_.MyAttempts(mentor_, programme_, module.id);
    ASSERT_EQ(attempts.size(), 3u);
    EXPECT_EQ(attempts[0].score, 0);  // newest first
    EXPECT_EQ(attempts[2].id, failed.attempt_id);
    EXPECT_EQ(attempts[2].answers, Answers(module, {1, 3}));
    EXPECT_EQ(attempts[2].attempted_at, kNow);
}

TEST_P(TrainingServiceTest, PassingEveryModuleOfTheRoleCompletesTraining) {
    const auto modules = Modules(ProgrammeRole::kMentor);
    EXPECT_FALSE(Complete(mentor_, "mentor"));
    for (std::size_t i = 0; i < modules.size(); ++i) {
        const auto outcome = training_.SubmitAttempt(mentor_, programme_, modules[i].id, Answers(modules[i]));
        EXPECT_TRUE(outcome.grade.passed);
        EXPECT_EQ(outcome.role_complete, i + 1 == modules.size());
    }
    EXPECT_TRUE(Complete(mentor_, "mentor"));
    EXPECT_FALSE(Complete(mentor_, "mentee"));
    EXPECT_FALSE(Complete(mentee_, "mentee"));

    // A new module makes it incomplete again until it is passed.
    const auto added =
        training_.CreateModule(admin_, programme_, SmallModule(ProgrammeRole::kMentor, "Giving feedback upward"));
    EXPECT_EQ(added.position, 5);
    EXPECT_FALSE(Complete(mentor_, "mentor"));
    training_.SubmitAttempt(mentor_, programme_, added.id, {1, 0});
    EXPECT_TRUE(Complete(mentor_, "mentor"));
}

TEST_P(TrainingServiceTest, EligibilityReadsTheTrainingAfterAnAttempt) {
    programmes_.Update(admin_, programme_, ProgrammeFields({{"require_training", true}}));
    const auto modules = Modules(ProgrammeRole::kMentee);
    const auto blocked_by_training = [&] {
        auto session = database_.Get().Acquire();
        const auto eligibility = RefreshEligibility(*session, programme_, mentee_.person_id, kNow);
        return std::count(eligibility.blockers.begin(), eligibility.blockers.end(), "training_incomplete") > 0;
    };
    EXPECT_TRUE(blocked_by_training());
    for (const auto& module : modules) training_.SubmitAttempt(mentee_, programme_, module.id, Answers(module));
    EXPECT_FALSE(blocked_by_training());
}

TEST_P(TrainingServiceTest, OnlyMembersTakeTrainingAndOnlyTheirRolesModules) {
    const auto mentor_module = Modules(ProgrammeRole::kMentor)[0];
    EXPECT_THROW(training_.MyModules(outsider_, programme_), NotFound);
    EXPECT_THROW(training_.SubmitAttempt(outsider_, programme_, mentor_module.id, Answers(mentor_module)), NotFound);
    EXPECT_THROW(training_.MyAttempts(outsider_, programme_, mentor_module.id), NotFound);
    // A mentee cannot take (or learn of) a mentor module, nor reach one through another programme.
    EXPECT_THROW(training_.SubmitAttempt(mentee_, programme_, mentor_module.id, Answers(mentor_module)), NotFound);
    auto elsewhere = mentor_;
    elsewhere.memberships.push_back({other_programme_, ProgrammeRole::kMentor});
    EXPECT_THROW(training_.SubmitAttempt(elsewhere, other_programme_, mentor_module.id, Answers(mentor_module)),
                 NotFound);
    EXPECT_THROW(training_.MyModules(mentor_, 999999), NotFound);
    // Admins and sponsors may know the programme exists, but training is the participants' own.
    EXPECT_THROW(training_.MyModules(admin_, programme_), Forbidden);
    EXPECT_THROW(training_.MyModules(sponsor_, programme_), Forbidden);
    EXPECT_THROW(training_.SubmitAttempt(sponsor_, programme_, mentor_module.id, Answers(mentor_module)), Forbidden);
    // Sponsors see aggregates only; participants do not administer.
    EXPECT_THROW(training_.Progress(sponsor_, programme_), Forbidden);
    EXPECT_THROW(training_.ListModules(sponsor_, programme_, std::nullopt), Forbidden);
    EXPECT_THROW(training_.CreateModule(mentor_, programme_, SmallModule(ProgrammeRole::kMentor, "Mine")), Forbidden);
    EXPECT_THROW(training_.GetModule(admin_, other_programme_, mentor_module.id), NotFound);
}

TEST_P(TrainingServiceTest, BadAnswersAreRefusedAndNothingIsRecorded) {
    const auto module = Modules(ProgrammeRole::kMentor)[0];
    EXPECT_EQ(FieldOf([&] { training_.SubmitAttempt(mentor_, programme_, module.id, {0, 1}); }), "answers");
    EXPECT_EQ(FieldOf([&] { training_.SubmitAttempt(mentor_, programme_, module.id, {0, 1, 7, 0}); }), "answers[2]");
    EXPECT_TRUE(training_.MyAttempts(mentor_, programme_, module.id).empty());
}

TEST_P(TrainingServiceTest, AdminsWriteModulesAndValidationNamesTheField) {
    auto module =
        training_.CreateModule(admin_, programme_, SmallModule(ProgrammeRole::kMentee, "Asking for feedback"));
    EXPECT_EQ(module.role, ProgrammeRole::kMentee);
    EXPECT_EQ(module.position, 4);
    module = training_.UpdateModule(admin_, programme_, module.id, TitleAndPassMark("Asking for feedback, often", 100));
    EXPECT_EQ(module.title, "Asking for feedback, often");
    EXPECT_EQ(training_.GetModule(admin_, programme_, module.id).pass_mark, 100);

    auto no_role = SmallModule(ProgrammeRole::kMentor, "No role");
    no_role.role.reset();
    EXPECT_EQ(FieldOf([&] { training_.CreateModule(admin_, programme_, no_role); }), "role");
    auto bad = SmallModule(ProgrammeRole::kMentor, "Bad");
    (*bad.quiz)[1].options = {"only"};
    EXPECT_EQ(FieldOf([&] { training_.CreateModule(admin_, programme_, bad); }), "quiz[1].options");
    EXPECT_EQ(FieldOf([&] {
                  domain::TrainingModulePatch empty_body;
                  empty_body.body_markdown = "";
                  training_.UpdateModule(admin_, programme_, module.id, empty_body);
              }),
              "body_markdown");
    domain::TrainingModulePatch other_role;
    other_role.role = ProgrammeRole::kMentor;
    EXPECT_EQ(FieldOf([&] { training_.UpdateModule(admin_, programme_, module.id, other_role); }), "role");
    EXPECT_EQ(training_.GetModule(admin_, programme_, module.id).title, "Asking for feedback, often");

    programmes_.Archive(admin_, programme_);
    EXPECT_THROW(training_.UpdateModule(admin_, programme_, module.id, TitleAndPassMark("Too late", 50)), Conflict);
    EXPECT_THROW(training_.CreateModule(admin_, programme_, SmallModule(ProgrammeRole::kMentee, "Too late")), Conflict);
}

TEST_P(TrainingServiceTest, RemovingAnAttemptedModuleArchivesItAndKeepsItsAttempts) {
    const auto modules = Modules(ProgrammeRole::kMentee);
    training_.SubmitAttempt(mentee_, programme_, modules[0].id, Answers(modules[0], {0}));
    EXPECT_EQ(training_.RemoveModule(admin_, programme_, modules[0].id), ModuleRemoval::kArchived);
    EXPECT_EQ(training_.RemoveModule(admin_, programme_, modules[1].id), ModuleRemoval::kDeleted);

    const auto left = Modules(ProgrammeRole::kMentee);
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].id, modules[2].id);
    EXPECT_EQ(training_.MyModules(mentee_, programme_).size(), 1u);
    EXPECT_THROW(training_.RemoveModule(admin_, programme_, modules[0].id), NotFound);

    auto session = database_.Get().Acquire();
    const auto archived = storage::FindTrainingModule(*session, modules[0].id);
    ASSERT_TRUE(archived.has_value());
    EXPECT_TRUE(archived->archived_at.has_value());
    EXPECT_EQ(archived->quiz.size(), modules[0].quiz.size());  // the questions the attempt answered
    EXPECT_EQ(storage::CountTrainingAttempts(*session, modules[0].id), 1);
    EXPECT_FALSE(storage::FindTrainingModule(*session, modules[1].id).has_value());
    // The archived module no longer counts: passing the one left completes the mentee's training.
    training_.SubmitAttempt(mentee_, programme_, left[0].id, Answers(left[0]));
    EXPECT_TRUE(storage::TrainingComplete(*session, programme_, mentee_.user_id, "mentee"));
}

TEST_P(TrainingServiceTest, ReorderTakesEveryCurrentModuleOfTheRoleOnce) {
    const auto modules = Modules(ProgrammeRole::kMentor);
    const std::vector<long long> reversed = {modules[3].id, modules[2].id, modules[1].id, modules[0].id};
    const auto reordered = training_.Reorder(admin_, programme_, ProgrammeRole::kMentor, reversed);
    ASSERT_EQ(reordered.size(), 4u);
    EXPECT_EQ(reordered[0].id, modules[3].id);
    EXPECT_EQ(reordered[0].position, 1);
    EXPECT_EQ(Modules(ProgrammeRole::kMentor)[3].id, modules[0].id);
    EXPECT_EQ(training_.MyModules(mentor_, programme_)[0].module.id, modules[3].id);

    const auto mentee_module = Modules(ProgrammeRole::kMentee)[0];
    EXPECT_EQ(FieldOf([&] { training_.Reorder(admin_, programme_, ProgrammeRole::kMentor, {modules[0].id}); }),
              "module_ids");
    EXPECT_EQ(FieldOf([&] {
                  training_.Reorder(admin_, programme_, ProgrammeRole::kMentor,
                                    {modules[0].id, modules[0].id, modules[1].id, modules[2].id});
              }),
              "module_ids[1]");
    EXPECT_EQ(FieldOf([&] {
                  training_.Reorder(admin_, programme_, ProgrammeRole::kMentor,
                                    {modules[0].id, modules[1].id, modules[2].id, mentee_module.id});
              }),
              "module_ids[3]");
}

TEST_P(TrainingServiceTest, ProgressShowsEachParticipantAgainstTheirRolesModules) {
    const auto mentor_modules = Modules(ProgrammeRole::kMentor);
    training_.SubmitAttempt(mentor_, programme_, mentor_modules[0].id, Answers(mentor_modules[0]));
    training_.SubmitAttempt(mentor_, programme_, mentor_modules[1].id, Answers(mentor_modules[1], {0, 1, 2}));
    for (const auto& module : Modules(ProgrammeRole::kMentee))
        training_.SubmitAttempt(mentee_, programme_, module.id, Answers(module));

    const auto progress = training_.Progress(admin_, programme_);
    EXPECT_EQ(progress.modules.size(), 7u);
    ASSERT_EQ(progress.participants.size(), 2u);
    const auto& mentee_row = progress.participants[0];  // mentee sorts before mentor
    EXPECT_EQ(mentee_row.participant.user_id, mentee_.user_id);
    EXPECT_EQ(mentee_row.participant.person_id, "M1");
    EXPECT_EQ(mentee_row.modules.size(), 3u);
    EXPECT_EQ(mentee_row.passed, 3);
    EXPECT_TRUE(mentee_row.complete);

    const auto& mentor_row = progress.participants[1];
    EXPECT_EQ(mentor_row.participant.role, ProgrammeRole::kMentor);
    ASSERT_EQ(mentor_row.modules.size(), 4u);
    EXPECT_EQ(mentor_row.modules[0].status, TrainingStatus::kPassed);
    EXPECT_EQ(mentor_row.modules[0].best_score, 100);
    EXPECT_EQ(mentor_row.modules[1].status, TrainingStatus::kFailed);
    EXPECT_EQ(mentor_row.modules[1].attempts, 1);
    EXPECT_EQ(mentor_row.modules[1].best_score, 25);
    EXPECT_EQ(mentor_row.modules[2].status, TrainingStatus::kNotStarted);
    EXPECT_EQ(mentor_row.passed, 1);
    EXPECT_FALSE(mentor_row.complete);

    auto session = database_.Get().Acquire();
    int reads = 0;
    *session << "SELECT COUNT(*) FROM audit_log WHERE action = 'training.progress.read'", soci::into(reads);
    EXPECT_EQ(reads, 1);
}

TEST_P(TrainingServiceTest, ImportsAModuleFromAMarkdownDocument) {
    const std::string document =
        "---\ntitle: Reading the room online\npass_mark: 60\nrole: mentee\n---\nHow hybrid meetings feel from the "
        "other side.\n\n"
        "## Quiz\n1. Who speaks first?\n   - [ ] The most senior person\n   - [x] Whoever the agenda names\n";
    const auto module = training_.ImportModule(admin_, programme_, ProgrammeRole::kMentee, document);
    EXPECT_EQ(module.title, "Reading the room online");
    EXPECT_EQ(module.pass_mark, 60);
    EXPECT_EQ(module.position, 4);
    EXPECT_EQ(module.quiz[0].answer, 1);
    EXPECT_EQ(FieldOf([&] { training_.ImportModule(admin_, programme_, ProgrammeRole::kMentor, document); }), "role");
    EXPECT_EQ(FieldOf([&] {
                  training_.ImportModule(admin_, programme_, ProgrammeRole::kMentee, "---\ntitle: t\n---\nbody\n");
              }),
              "quiz");
    EXPECT_EQ(Modules(ProgrammeRole::kMentee).size(), 4u);
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
