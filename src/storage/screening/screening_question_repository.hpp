#pragma once

#include <vector>

#include "domain/screening.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// The programme's screening questionnaire in position order; empty when none was written yet.
std::vector<domain::ScreeningQuestion> ListScreeningQuestions(Connection& session, long long programme_id);

/// Inside the caller's transaction: makes `questions` the programme's questionnaire. A question with the id of
/// one of the programme's questions updates it (answers keep pointing at it), one without an id is added, and
/// the programme's questions not listed are removed. Ids of other programmes' questions are refused
/// (InvalidInput naming questions[i].id). Returns the stored questionnaire.
std::vector<domain::ScreeningQuestion> ReplaceScreeningQuestions(
    Connection& session, long long programme_id, const std::vector<domain::ScreeningQuestion>& questions);

/// Inside the caller's write transaction: holds the programme's row until the transaction ends, so two first
/// readers of a programme without questions do not both install the default questionnaire. A no-op UPDATE is
/// the one statement that takes a row lock on PostgreSQL and is valid SQLite (whose BEGIN IMMEDIATE already
/// serialises writers).
void LockProgrammeRow(Connection& session, long long programme_id);

}  // namespace upward::storage
