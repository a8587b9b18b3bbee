// Compiles in storage only: the header that brings the driver in.
#include "storage/database/sql.hpp"
