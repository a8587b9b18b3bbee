#pragma once

#include "storage/database/connection.hpp"

namespace upward::storage {

/// Inside the caller's write transaction: holds the application's row until the transaction ends, so a
/// scorecard, an answer or a decision checks the status the row still has when it writes (two admins deciding
/// at once on PostgreSQL: the second waits, then reads the first one's decision). A no-op UPDATE is the one
/// row lock valid on both databases; SQLite's BEGIN IMMEDIATE serialises writers anyway.
void LockApplicationRow(Connection& session, long long application_id);

}  // namespace upward::storage
