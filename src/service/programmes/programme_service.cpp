#include "service/programmes/programme_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "service/enrolment/eligibility.hpp"
#include "service/training/training_defaults.hpp"
#include "storage/database/database.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

domain::ProgrammePage ProgrammeService::List(const domain::Caller& caller, long long cursor, int limit) {
    auto session = database_.Acquire();
    const bool sees_all = caller.IsAdmin() || caller.IsSponsor();
    return storage::ListProgrammes(*session, cursor, std::clamp(limit, 1, 200), sees_all ? 0 : caller.user_id);
}

domain::Programme ProgrammeService::Get(const domain::Caller& caller, long long id) {
    auto session = database_.Acquire();
    return VisibleProgramme(*session, caller, id);
}

domain::Programme ProgrammeService::Create(const domain::Caller& caller, const domain::ProgrammePatch& fields) {
    RequireAdmin(caller);
    domain::Programme programme;
    if (fields.template_key && !fields.template_key->empty()) {
        const auto* programme_template = domain::FindProgrammeTemplate(*fields.template_key);
        if (programme_template == nullptr) throw InvalidInput("template", "unknown template " + *fields.template_key);
        auto template_fields = programme_template->fields;
        template_fields.name = programme_template->name;
        domain::ApplyProgrammePatch(template_fields, programme);
    }
    domain::ApplyProgrammePatch(fields, programme);
    programme.created_at = programme.updated_at = clock_.NowSeconds();
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    programme.id = storage::InsertProgramme(*session, programme);
    InstallDefaultTrainingModules(*session, programme, programme.created_at);  // idempotent: once per programme
    Audit(*session, clock_, caller, "programme.create", "programme:" + std::to_string(programme.id));
    transaction.Commit();
    return programme;
}

domain::Programme ProgrammeService::Update(const domain::Caller& caller, long long id,
                                           const domain::ProgrammePatch& patch) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto programme = ProgrammeOrNotFound(*session, id);
    if (programme.status == domain::ProgrammeStatus::kArchived) {
        throw Conflict("programme " + std::to_string(id) + " is archived and can no longer change");
    }
    const auto before = programme;
    domain::ApplyProgrammePatch(patch, programme);
    programme.updated_at = clock_.NowSeconds();
    storage::UpdateProgramme(*session, programme);
    // These settings decide who may be matched: everyone who applied is assessed again.
    if (before.ground_rules != programme.ground_rules || before.require_training != programme.require_training ||
        before.require_mentor_approval != programme.require_mentor_approval) {
        RefreshProgrammeEligibility(*session, id, programme.updated_at);
    }
    Audit(*session, clock_, caller, "programme.update", "programme:" + std::to_string(id));
    transaction.Commit();
    return programme;
}

domain::Programme ProgrammeService::Archive(const domain::Caller& caller, long long id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    auto programme = ProgrammeOrNotFound(*session, id);
    programme.status = domain::ProgrammeStatus::kArchived;
    programme.updated_at = clock_.NowSeconds();
    storage::UpdateProgramme(*session, programme);
    Audit(*session, clock_, caller, "programme.archive", "programme:" + std::to_string(id));
    transaction.Commit();
    return programme;
}

}  // namespace upward::service
