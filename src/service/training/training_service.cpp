#include "service/training/training_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.hpp"
#include "domain/training_document.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/training/markdown_renderer.hpp"
#include "service/training/training_defaults.hpp"
#include "storage/database/database.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/training/training_repository.hpp"

namespace upward::service {

namespace {

std::string ModuleSubject(long long module_id) { return "training_module:" + std::to_string(module_id); }
std::string ProgrammeSubject(long long programme_id) { return "programme:" + std::to_string(programme_id); }

// Modules of an archived programme are a record of what people were trained on; they no longer change.
domain::Programme WritableProgramme(storage::Connection& session, long long programme_id) {
    auto programme = ProgrammeOrNotFound(session, programme_id);
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(programme_id) +
                       " is archived and its training can no longer change");
    }
    return programme;
}

// A current or archived module of the programme; another programme's module is not found through this one.
domain::TrainingModule ModuleOf(storage::Connection& session, long long programme_id, long long module_id) {
    auto module = storage::FindTrainingModule(session, module_id);
    if (!module || module->programme_id != programme_id) {
        throw NotFound("no training module with id " + std::to_string(module_id) + " in programme " +
                       std::to_string(programme_id));
    }
    return *module;
}

// The caller's roles in the programme. Someone who is no member does not learn the programme exists,
// unless they are an admin or sponsor (who may know it): to them a participant's own view is Forbidden.
std::vector<domain::ProgrammeRole> ParticipantRoles(storage::Connection& session, const domain::Caller& caller,
                                                    long long programme_id) {
    std::vector<domain::ProgrammeRole> roles;
    for (const auto& membership : caller.memberships) {
        if (membership.programme_id == programme_id) roles.push_back(membership.role);
    }
    if (!roles.empty()) {
        ProgrammeOrNotFound(session, programme_id);
        return roles;
    }
    if (caller.IsAdmin() || caller.IsSponsor()) {
        ProgrammeOrNotFound(session, programme_id);
        throw Forbidden("training is taken by the programme's participants; admins read everyone's progress instead");
    }
    throw NoProgramme(programme_id);
}

bool HasRole(const std::vector<domain::ProgrammeRole>& roles, domain::ProgrammeRole role) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

// A current module of one of the participant's roles; any other is not found to them.
domain::TrainingModule OwnModule(storage::Connection& session, const std::vector<domain::ProgrammeRole>& roles,
                                 long long programme_id, long long module_id) {
    auto module = storage::FindTrainingModule(session, module_id);
    if (!module || module->programme_id != programme_id || module->archived_at || !HasRole(roles, module->role)) {
        throw NotFound("no training module with id " + std::to_string(module_id) + " for you in programme " +
                       std::to_string(programme_id));
    }
    return *module;
}

domain::TrainingStatus StatusOf(const storage::TrainingResult* result) {
    if (result == nullptr || result->attempts == 0) return domain::TrainingStatus::kNotStarted;
    return result->passed ? domain::TrainingStatus::kPassed : domain::TrainingStatus::kFailed;
}

// Adding or removing a module changes whether everyone of its role has completed their training.
void RefreshRoleEligibility(storage::Connection& session, long long programme_id, domain::ProgrammeRole role,
                            long long now) {
    for (const auto& participant : storage::ListProgrammeParticipants(session, programme_id)) {
        if (participant.role == role && !participant.person_id.empty()) {
            RefreshEligibility(session, programme_id, participant.person_id, now);
        }
    }
}

domain::TrainingModule InsertModule(storage::Connection& session, const Clock& clock, const domain::Caller& caller,
                                    domain::TrainingModule module, const std::string& action) {
    module.position = storage::NextTrainingPosition(session, module.programme_id, module.role);
    module.created_at = module.updated_at = clock.NowSeconds();
    module.id = storage::InsertTrainingModule(session, module);
    Audit(session, clock, caller, action, ModuleSubject(module.id), ProgrammeSubject(module.programme_id));
    RefreshRoleEligibility(session, module.programme_id, module.role, module.created_at);
    return module;
}

}  // namespace

void TrainingService::EnsureDefaults(long long programme_id) {
    auto session = database_.Acquire();
    if (storage::TrainingDefaultsInstalled(*session, programme_id)) return;
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto programme = ProgrammeOrNotFound(*session, programme_id);
    InstallDefaultTrainingModules(*session, programme, clock_.NowSeconds());
    transaction.Commit();
}

std::vector<domain::TrainingModule> TrainingService::ListModules(const domain::Caller& caller, long long programme_id,
                                                                 std::optional<domain::ProgrammeRole> role) {
    RequireAdmin(caller);
    {
        auto session = database_.Acquire();
        ProgrammeOrNotFound(*session, programme_id);
    }
    EnsureDefaults(programme_id);
    auto session = database_.Acquire();
    return storage::ListTrainingModules(*session, programme_id, role);
}

domain::TrainingModule TrainingService::GetModule(const domain::Caller& caller, long long programme_id,
                                                  long long module_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    ProgrammeOrNotFound(*session, programme_id);
    return ModuleOf(*session, programme_id, module_id);
}

domain::TrainingModule TrainingService::CreateModule(const domain::Caller& caller, long long programme_id,
                                                     const domain::TrainingModulePatch& fields) {
    RequireAdmin(caller);
    if (!fields.role) throw InvalidInput("role", "role is required: mentor or mentee");
    domain::TrainingModule module;
    module.programme_id = programme_id;
    domain::ApplyTrainingModulePatch(fields, module, true);
    {
        auto session = database_.Acquire();
        WritableProgramme(*session, programme_id);
    }
    EnsureDefaults(programme_id);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritableProgramme(*session, programme_id);
    module = InsertModule(*session, clock_, caller, std::move(module), "training.module.create");
    transaction.Commit();
    return module;
}

domain::TrainingModule TrainingService::ImportModule(const domain::Caller& caller, long long programme_id,
                                                     domain::ProgrammeRole role, std::string_view document_text) {
    RequireAdmin(caller);
    const auto document = domain::ParseTrainingDocument(document_text);
    if (const auto stated = document.front_matter.find("role"); stated != document.front_matter.end()) {
        if (domain::ParseProgrammeRole(stated->second) != role) {
            throw InvalidInput("role", "the file is written for role '" + stated->second + "', not " +
                                           std::string(domain::ToString(role)));
        }
    }
    domain::TrainingModule module;
    module.programme_id = programme_id;
    module.role = role;
    module.title = document.title;
    module.body_markdown = document.body_markdown;
    module.quiz = document.quiz;
    module.pass_mark = document.pass_mark;
    domain::Validate(module);
    {
        auto session = database_.Acquire();
        WritableProgramme(*session, programme_id);
    }
    EnsureDefaults(programme_id);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritableProgramme(*session, programme_id);
    module = InsertModule(*session, clock_, caller, std::move(module), "training.module.import");
    transaction.Commit();
    return module;
}

domain::TrainingModule TrainingService::UpdateModule(const domain::Caller& caller, long long programme_id,
                                                     long long module_id, const domain::TrainingModulePatch& patch) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritableProgramme(*session, programme_id);
    auto module = ModuleOf(*session, programme_id, module_id);
    if (module.archived_at) throw Conflict("training module " + std::to_string(module_id) + " is archived");
    domain::ApplyTrainingModulePatch(patch, module, false);
    module.updated_at = clock_.NowSeconds();
    storage::UpdateTrainingModule(*session, module);
    Audit(*session, clock_, caller, "training.module.update", ModuleSubject(module_id), ProgrammeSubject(programme_id));
    transaction.Commit();
    return module;
}

ModuleRemoval TrainingService::RemoveModule(const domain::Caller& caller, long long programme_id, long long module_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritableProgramme(*session, programme_id);
    auto module = ModuleOf(*session, programme_id, module_id);
    if (module.archived_at) throw NotFound("training module " + std::to_string(module_id) + " was removed already");
    ModuleRemoval removal = ModuleRemoval::kDeleted;
    if (storage::CountTrainingAttempts(*session, module_id) > 0) {
        // Attempts point at this module's questions and answers: keep it, hidden, so they still make sense.
        module.archived_at = module.updated_at = clock_.NowSeconds();
        storage::UpdateTrainingModule(*session, module);
        removal = ModuleRemoval::kArchived;
    } else {
        storage::DeleteTrainingModule(*session, module_id);
    }
    Audit(*session, clock_, caller,
          removal == ModuleRemoval::kArchived ? "training.module.archive" : "training.module.delete",
          ModuleSubject(module_id), ProgrammeSubject(programme_id));
    RefreshRoleEligibility(*session, programme_id, module.role, clock_.NowSeconds());
    transaction.Commit();
    return removal;
}

std::vector<domain::TrainingModule> TrainingService::Reorder(const domain::Caller& caller, long long programme_id,
                                                             domain::ProgrammeRole role,
                                                             const std::vector<long long>& module_ids) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    WritableProgramme(*session, programme_id);
    const auto current = storage::ListTrainingModules(*session, programme_id, role);
    std::set<long long> expected;
    for (const auto& module : current) expected.insert(module.id);
    std::set<long long> given;
    for (std::size_t i = 0; i < module_ids.size(); ++i) {
        const auto field = "module_ids[" + std::to_string(i) + "]";
        if (!expected.count(module_ids[i])) {
            throw InvalidInput(field, "module " + std::to_string(module_ids[i]) + " is no current " +
                                          std::string(domain::ToString(role)) + " module of this programme");
        }
        if (!given.insert(module_ids[i]).second)
            throw InvalidInput(field, "module " + std::to_string(module_ids[i]) + " is listed twice");
    }
    if (given.size() != expected.size()) {
        throw InvalidInput("module_ids", "module_ids must list all " + std::to_string(expected.size()) + " current " +
                                             std::string(domain::ToString(role)) + " modules");
    }
    const auto now = clock_.NowSeconds();
    for (std::size_t i = 0; i < module_ids.size(); ++i) {
        storage::SetTrainingPosition(*session, module_ids[i], static_cast<int>(i + 1), now);
    }
    Audit(*session, clock_, caller, "training.module.reorder", ProgrammeSubject(programme_id),
          std::string(domain::ToString(role)));
    auto reordered = storage::ListTrainingModules(*session, programme_id, role);
    transaction.Commit();
    return reordered;
}

TrainingProgress TrainingService::Progress(const domain::Caller& caller, long long programme_id) {
    RequireAdmin(caller);
    {
        auto session = database_.Acquire();
        ProgrammeOrNotFound(*session, programme_id);
    }
    EnsureDefaults(programme_id);
    auto session = database_.Acquire();
    TrainingProgress progress;
    progress.modules = storage::ListTrainingModules(*session, programme_id, std::nullopt);
    std::map<std::pair<long long, long long>, storage::TrainingResult> results;
    for (const auto& result : storage::ListTrainingResults(*session, programme_id)) {
        results[{result.user_id, result.module_id}] = result;
    }
    for (const auto& participant : storage::ListProgrammeParticipants(*session, programme_id)) {
        ParticipantProgress row;
        row.participant = participant;
        for (const auto& module : progress.modules) {
            if (module.role != participant.role) continue;
            const auto found = results.find({participant.user_id, module.id});
            const auto* result = found == results.end() ? nullptr : &found->second;
            ParticipantProgress::Cell cell;
            cell.module_id = module.id;
            cell.status = StatusOf(result);
            cell.attempts = result ? result->attempts : 0;
            cell.best_score = result ? result->best_score : 0;
            if (cell.status == domain::TrainingStatus::kPassed) ++row.passed;
            row.modules.push_back(cell);
        }
        row.complete = row.passed == static_cast<int>(row.modules.size());
        progress.participants.push_back(std::move(row));
    }
    Audit(*session, clock_, caller, "training.progress.read", ProgrammeSubject(programme_id));
    return progress;
}

std::string TrainingService::Preview(const domain::Caller& caller, std::string_view markdown) const {
    RequireAdmin(caller);
    if (markdown.size() > domain::kMaxBodyLength) throw InvalidInput("body_markdown", "body_markdown is too long");
    return RenderMarkdown(markdown);
}

std::vector<ParticipantModule> TrainingService::MyModules(const domain::Caller& caller, long long programme_id) {
    std::vector<domain::ProgrammeRole> roles;
    {
        auto session = database_.Acquire();
        roles = ParticipantRoles(*session, caller, programme_id);
    }
    EnsureDefaults(programme_id);
    auto session = database_.Acquire();
    std::map<long long, storage::TrainingResult> results;
    for (const auto& result : storage::ListTrainingResults(*session, programme_id, caller.user_id)) {
        results[result.module_id] = result;
    }
    std::vector<ParticipantModule> modules;
    for (auto& module : storage::ListTrainingModules(*session, programme_id, std::nullopt)) {
        if (!HasRole(roles, module.role)) continue;
        const auto found = results.find(module.id);
        const auto* result = found == results.end() ? nullptr : &found->second;
        ParticipantModule entry;
        entry.html = RenderMarkdown(module.body_markdown);
        entry.status = StatusOf(result);
        entry.attempts = result ? result->attempts : 0;
        entry.best_score = result ? result->best_score : 0;
        entry.module = std::move(module);
        modules.push_back(std::move(entry));
    }
    return modules;
}

AttemptOutcome TrainingService::SubmitAttempt(const domain::Caller& caller, long long programme_id, long long module_id,
                                              const std::vector<int>& answers) {
    auto session = database_.Acquire();
    const auto roles = ParticipantRoles(*session, caller, programme_id);
    storage::Transaction transaction(*session, database_.GetBackend());
    const auto module = OwnModule(*session, roles, programme_id, module_id);
    WritableProgramme(*session, programme_id);
    AttemptOutcome outcome;
    outcome.module_id = module_id;
    outcome.grade = domain::GradeQuiz(module.quiz, answers, module.pass_mark);
    outcome.pass_mark = module.pass_mark;
    outcome.attempted_at = clock_.NowSeconds();
    domain::TrainingAttempt attempt;
    attempt.module_id = module_id;
    attempt.user_id = caller.user_id;
    attempt.answers = answers;
    attempt.score = outcome.grade.score;
    attempt.passed = outcome.grade.passed;
    attempt.attempted_at = outcome.attempted_at;
    outcome.attempt_id = storage::InsertTrainingAttempt(*session, attempt);
    // A pass may be the last step before matching; the matching engine reads eligibility, not attempts.
    if (!caller.person_id.empty()) RefreshEligibility(*session, programme_id, caller.person_id, outcome.attempted_at);
    outcome.role_complete =
        storage::TrainingComplete(*session, programme_id, caller.user_id, domain::ToString(module.role));
    transaction.Commit();
    return outcome;
}

std::vector<domain::TrainingAttempt> TrainingService::MyAttempts(const domain::Caller& caller, long long programme_id,
                                                                 long long module_id) {
    auto session = database_.Acquire();
    const auto roles = ParticipantRoles(*session, caller, programme_id);
    OwnModule(*session, roles, programme_id, module_id);
    return storage::ListTrainingAttempts(*session, caller.user_id, module_id);
}

}  // namespace upward::service
