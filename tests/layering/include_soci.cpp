// Must not compile above storage: the database driver's header stops with the reason.
#include <soci/soci.h>
