#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "storage/database.hpp"

namespace upward::cli {

/// What every subcommand shares: the database URL from --db / UPWARD_DB, opened and migrated on first use.
class CliContext {
public:
    std::string db_url = "upward.db";

    storage::Database& Database();
    const Clock& GetClock() const { return clock_; }
    /// The CLI acts as the operator at the machine: an admin without an account (audited as the system).
    const domain::Caller& Operator() const { return operator_; }

private:
    std::unique_ptr<storage::Database> database_;
    SystemClock clock_;
    domain::Caller operator_ = [] {
        domain::Caller caller;
        caller.role = domain::Role::kAdmin;
        caller.display_name = "command line";
        return caller;
    }();
};

}  // namespace upward::cli
