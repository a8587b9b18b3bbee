#pragma once

#include <memory>

namespace upward::storage {

/// One database connection, leased from the pool. Above storage it is only passed along, never looked into: its
/// definition (storage/sql.hpp) is visible to repositories alone, so no SQL can be written anywhere else.
class Connection;

/// Gives a leased connection back to the pool.
struct ConnectionReturn {
    void operator()(Connection* connection) const noexcept;
};

/// A connection leased from the pool; returned when this goes out of scope.
using ConnectionLease = std::unique_ptr<Connection, ConnectionReturn>;

}  // namespace upward::storage
