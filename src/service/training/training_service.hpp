#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/records/training_records.hpp"
#include "domain/roles.hpp"
#include "domain/training.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A module as its participant sees it: the rendered text and their standing. The module carries the
/// quiz with its answers; whoever shows it to a participant leaves the answers out (http::QuizToJson).
struct ParticipantModule {
    domain::TrainingModule module;
    std::string html;
    domain::TrainingStatus status = domain::TrainingStatus::kNotStarted;
    int attempts = 0;
    int best_score = 0;
};

/// What a participant is told after an attempt: their score and which questions were wrong, never the
/// right answers.
struct AttemptOutcome {
    long long attempt_id = 0;
    long long module_id = 0;
    domain::QuizGrade grade;
    int pass_mark = 0;
    long long attempted_at = 0;
    /// Whether they have now passed every module of this module's role.
    bool role_complete = false;
};

enum class ModuleRemoval { kDeleted, kArchived };

/// One participant's row of the progress table: a cell per current module of their role.
struct ParticipantProgress {
    domain::ProgrammeParticipant participant;
    struct Cell {
        long long module_id = 0;
        domain::TrainingStatus status = domain::TrainingStatus::kNotStarted;
        int attempts = 0;
        int best_score = 0;
    };
    std::vector<Cell> modules;
    int passed = 0;
    bool complete = false;
};

struct TrainingProgress {
    std::vector<domain::TrainingModule> modules;  // current modules, both roles
    std::vector<ParticipantProgress> participants;
};

/// Training modules and quizzes.
///
/// Admins list, write, reorder and remove a programme's modules and read everyone's progress; sponsors
/// are refused (Forbidden): progress is individual data. Participants act only as themselves: their
/// membership role in the programme decides which modules are theirs; they read those modules (rendered,
/// quiz without answers), submit attempts graded here, and read their own attempts. Programmes they are
/// not a member of, and modules not of their role, are NotFound to them; admins and sponsors asking for
/// a participant's own view are Forbidden.
///
/// Every programme starts with default modules (service/training_defaults.hpp), installed when it is
/// created or, for an older programme, on the first read of its training.
class TrainingService {
public:
    TrainingService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Admins.
    std::vector<domain::TrainingModule> ListModules(const domain::Caller& caller, long long programme_id,
                                                    std::optional<domain::ProgrammeRole> role);
    domain::TrainingModule GetModule(const domain::Caller& caller, long long programme_id, long long module_id);
    /// `body` holds role, title, body_markdown, quiz and pass_mark (default 75); the module goes last.
    domain::TrainingModule CreateModule(const domain::Caller& caller, long long programme_id,
                                        const domain::TrainingModulePatch& fields);
    domain::TrainingModule UpdateModule(const domain::Caller& caller, long long programme_id, long long module_id,
                                        const domain::TrainingModulePatch& patch);
    /// Deletes a module nobody attempted; archives one with attempts, so they keep their questions.
    ModuleRemoval RemoveModule(const domain::Caller& caller, long long programme_id, long long module_id);
    /// `module_ids` must list every current module of the role exactly once, in the new order.
    std::vector<domain::TrainingModule> Reorder(const domain::Caller& caller, long long programme_id,
                                                domain::ProgrammeRole role, const std::vector<long long>& module_ids);
    TrainingProgress Progress(const domain::Caller& caller, long long programme_id);
    /// Creates a module from a Markdown document (domain/training_document.hpp); a `role` in its front
    /// matter must agree with `role`.
    domain::TrainingModule ImportModule(const domain::Caller& caller, long long programme_id,
                                        domain::ProgrammeRole role, std::string_view document);
    /// The HTML a module's Markdown renders to, for an editor's preview.
    std::string Preview(const domain::Caller& caller, std::string_view markdown) const;

    // Participants.
    std::vector<ParticipantModule> MyModules(const domain::Caller& caller, long long programme_id);
    AttemptOutcome SubmitAttempt(const domain::Caller& caller, long long programme_id, long long module_id,
                                 const std::vector<int>& answers);
    /// The caller's own attempts at a module, newest first.
    std::vector<domain::TrainingAttempt> MyAttempts(const domain::Caller& caller, long long programme_id,
                                                    long long module_id);

private:
    /// Installs the defaults of an older programme on its first read (a write only that once).
    void EnsureDefaults(long long programme_id);

    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
