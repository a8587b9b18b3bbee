#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/records/training_records.hpp"
#include "domain/roles.hpp"
#include "domain/training.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// Whether `user_id` has passed every current (not archived) training module of `role` ("mentor" or
/// "mentee") in the programme: at least one passing attempt per module. Editing a module keeps earlier
/// passes; archiving one removes it from the requirement.
/// A programme whose training was never set up (no modules ever, and its default modules not installed
/// yet) is not complete: nobody has been trained. A programme whose admin removed every module of the
/// role is complete for that role.
bool TrainingComplete(Connection& session, long long programme_id, long long user_id, std::string_view role);

long long InsertTrainingModule(Connection& session, const domain::TrainingModule& module);
/// Writes everything but id, programme and role (which never change).
void UpdateTrainingModule(Connection& session, const domain::TrainingModule& module);
std::optional<domain::TrainingModule> FindTrainingModule(Connection& session, long long id);
/// The programme's modules, of one role or both, in order (role, position, id); archived ones only on request.
std::vector<domain::TrainingModule> ListTrainingModules(Connection& session, long long programme_id,
                                                        std::optional<domain::ProgrammeRole> role,
                                                        bool include_archived = false);
/// The position after the last current module of the role.
int NextTrainingPosition(Connection& session, long long programme_id, domain::ProgrammeRole role);
void SetTrainingPosition(Connection& session, long long module_id, int position, long long now);
/// Removes a module outright; only for modules nobody attempted (see CountTrainingAttempts).
void DeleteTrainingModule(Connection& session, long long module_id);
long long CountTrainingAttempts(Connection& session, long long module_id);

using domain::TrainingAttempt;

long long InsertTrainingAttempt(Connection& session, const TrainingAttempt& attempt);
/// One person's attempts at one module, newest first.
std::vector<TrainingAttempt> ListTrainingAttempts(Connection& session, long long user_id, long long module_id);

/// One person's record with one module: how often they tried, their best score, whether any attempt passed.
struct TrainingResult {
    long long module_id = 0;
    long long user_id = 0;
    int attempts = 0;
    int best_score = 0;
    bool passed = false;
    long long last_attempt_at = 0;
};
/// Results for the programme's modules (archived too), of everyone or of one person (`user_id` > 0).
std::vector<TrainingResult> ListTrainingResults(Connection& session, long long programme_id, long long user_id = 0);

using domain::ProgrammeParticipant;
/// The programme's members, by role then name.
std::vector<ProgrammeParticipant> ListProgrammeParticipants(Connection& session, long long programme_id);

bool TrainingDefaultsInstalled(Connection& session, long long programme_id);
/// Records that the programme's default modules are being installed; false when they were already (so
/// two first readers at once install them once: the loser's insert does nothing).
bool MarkTrainingDefaultsInstalled(Connection& session, long long programme_id, long long now);

}  // namespace upward::storage
