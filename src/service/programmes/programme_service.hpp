#pragma once

#include <nlohmann/json.hpp>

#include "core/clock.hpp"
#include "domain/programme.hpp"
#include "domain/records/programme_records.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// Programme set-up. Admins write; admins and sponsors read every programme; participants read only the
/// programmes they belong to (others are NotFound to them, so existence does not leak).
class ProgrammeService {
public:
    ProgrammeService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    domain::ProgrammePage List(const domain::Caller& caller, long long cursor, int limit);
    domain::Programme Get(const domain::Caller& caller, long long id);
    /// `body` holds writable fields; a `template` key starts from that template's values.
    domain::Programme Create(const domain::Caller& caller, const nlohmann::json& body);
    domain::Programme Update(const domain::Caller& caller, long long id, const nlohmann::json& patch);
    domain::Programme Archive(const domain::Caller& caller, long long id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
