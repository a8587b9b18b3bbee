// Must not compile in domain: services sit above it.
#include "service/storage_handles.hpp"
