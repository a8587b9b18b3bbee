#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "app/open_database.hpp"
#include "app/services.hpp"
#include "core/clock.hpp"
#include "domain/roles.hpp"

namespace upward::cli {

/// What every subcommand shares: the database URL from --db / UPWARD_DB, opened and migrated on first use, and
/// the services over it from the composition root.
class CliContext {
public:
    std::string db_url = "upward.db";

    storage::Database& Database();
    /// Every service, built on first use with `settings`; later calls return the same set.
    app::Services& Services(const app::ServiceSettings& settings = {});
    /// The database URL without its password, for logs.
    const std::string& DisplayUrl();
    const Clock& GetClock() const { return clock_; }
    /// The CLI acts as the operator at the machine: an admin without an account (audited as the system).
    const domain::Caller& Operator() const { return operator_; }

private:
    std::unique_ptr<app::OpenDatabase> database_;
    std::unique_ptr<app::Services> services_;
    SystemClock clock_;
    domain::Caller operator_ = [] {
        domain::Caller caller;
        caller.role = domain::Role::kAdmin;
        caller.display_name = "command line";
        return caller;
    }();
};

}  // namespace upward::cli
