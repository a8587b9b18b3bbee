// Must not compile in domain or service: they work on typed values, and JSON is read and written at the edges.
#include <nlohmann/json.hpp>
