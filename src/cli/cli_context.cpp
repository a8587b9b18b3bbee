#include "cli/cli_context.hpp"

namespace upward::cli {

storage::Database& CliContext::Database() {
    if (!database_) database_ = std::make_unique<app::OpenDatabase>(db_url);
    return database_->Get();
}

app::Services& CliContext::Services(const app::ServiceSettings& settings) {
    if (!services_) services_ = std::make_unique<app::Services>(Database(), clock_, settings);
    return *services_;
}

const std::string& CliContext::DisplayUrl() {
    Database();
    return database_->DisplayUrl();
}

}  // namespace upward::cli
