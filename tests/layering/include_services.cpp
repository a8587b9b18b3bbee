// Compiles on http's include path: every service interface the routes call, with storage out of reach.
#include "http/api.hpp"
