#pragma once

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
    /// `fields` holds the writable fields; a template starts from that template's values (InvalidInput naming
    /// "template" when there is none of that name).
    domain::Programme Create(const domain::Caller& caller, const domain::ProgrammePatch& fields);
    domain::Programme Update(const domain::Caller& caller, long long id, const domain::ProgrammePatch& patch);
    domain::Programme Archive(const domain::Caller& caller, long long id);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
