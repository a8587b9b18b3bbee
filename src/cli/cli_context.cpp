#include "cli/cli_context.hpp"

namespace upward::cli {

storage::Database& CliContext::Database() {
    if (!database_) {
        database_ = storage::Database::Open(db_url);
        database_->Migrate();
    }
    return *database_;
}

}  // namespace upward::cli
