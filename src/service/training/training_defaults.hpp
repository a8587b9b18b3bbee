#pragma once

#include <vector>

#include "domain/programme.hpp"
#include "domain/training.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The modules every programme starts with (mentors: patience, restricting advice to the topics in scope,
/// confidentiality, teaching by example; mentees: listening, checking one's ego at the door, acting on
/// advice), read from the Markdown files in src/service/training/ that the binary carries. The programme's
/// topics replace {{topics}} in their text.
std::vector<domain::TrainingModule> DefaultTrainingModules(const domain::Programme& programme, long long now);

/// Installs the default modules into the programme once: called when a programme is created and on the
/// first read of an older one. Does nothing when they were installed before, even if an admin has since
/// removed them. Call inside a write transaction. Returns how many modules it added.
int InstallDefaultTrainingModules(storage::Connection& session, const domain::Programme& programme, long long now);

}  // namespace upward::service
