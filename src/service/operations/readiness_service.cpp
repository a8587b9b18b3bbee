#include "service/operations/readiness_service.hpp"

#include "storage/database/database.hpp"

namespace upward::service {

Readiness ReadinessService::Check() { return {database_.SchemaVersion(), storage::Database::LatestSchemaVersion()}; }

}  // namespace upward::service
