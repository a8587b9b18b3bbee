#pragma once

// The database driver, for repositories only: the one header that brings SOCI in. Layers above storage cannot
// include it (SOCI is not on their include path), which is what keeps SQL inside src/storage.

#include <soci/soci.h>

#include "storage/database/connection.hpp"

namespace upward::storage {

/// A SOCI session from the pool: repositories use it as one; to every other layer it is an opaque handle.
class Connection : public soci::session {
public:
    using soci::session::session;
};

}  // namespace upward::storage
