#pragma once

#include <string>

#include "core/clock.hpp"
#include "service/storage_handles.hpp"

namespace upward::demo {

struct DemoCredentials {
    std::string email;
    std::string password;
    std::string file;  // where they are kept, readable by the owner only
};

/// Seeds the demo organisation (a few hundred people with a grade pyramid and reporting lines), a demo
/// admin and sponsor, and one programme, when the database has no accounts yet. Either way returns the
/// demo admin's credentials, kept in a file beside an SQLite database (or in the working folder).
DemoCredentials EnsureDemo(storage::Database& database, const Clock& clock, const std::string& db_url);

}  // namespace upward::demo
