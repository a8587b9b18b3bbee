#pragma once

#include "service/storage_handles.hpp"

namespace upward::service {

/// Whether this instance can serve: the database answers and carries the schema this binary expects.
struct Readiness {
    int schema_version = 0;
    int expected_version = 0;
    bool MigrationsPending() const { return schema_version < expected_version; }
};

class ReadinessService {
public:
    explicit ReadinessService(storage::Database& database) : database_(database) {}

    /// Throws when the database does not answer.
    Readiness Check();

private:
    storage::Database& database_;
};

}  // namespace upward::service
