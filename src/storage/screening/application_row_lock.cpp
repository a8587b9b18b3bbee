#include "storage/screening/application_row_lock.hpp"

#include "storage/database/sql.hpp"

namespace upward::storage {

void LockApplicationRow(Connection& session, long long application_id) {
    session << "UPDATE applications SET updated_at = updated_at WHERE id = :id", soci::use(application_id);
}

}  // namespace upward::storage
