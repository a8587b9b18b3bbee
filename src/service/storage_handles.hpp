#pragma once

// The storage types a service's interface names, declared without storage's headers: the database a service is
// built on, a connection passed between one capability's functions inside a transaction, and the backend kind.
// Opaque here, so the layers above services (http, cli) compile against service headers with storage off their
// include path.

namespace upward::storage {
class Database;
class Connection;
enum class Backend;
}  // namespace upward::storage
