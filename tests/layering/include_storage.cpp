// Must not compile above storage: storage is not on the include path.
#include "storage/database/database.hpp"
