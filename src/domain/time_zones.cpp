#include "domain/time_zones.hpp"

#include <date/tz.h>

#include <mutex>
#include <unordered_map>

namespace upward::domain {

bool IsKnownTimeZone(const std::string& name) {
    // An import asks about the same few hundred zones a million times: remember the answers.
    static std::mutex mutex;
    static std::unordered_map<std::string, bool> known;
    std::lock_guard lock(mutex);
    if (auto it = known.find(name); it != known.end()) return it->second;
    bool found = true;
    try {
        (void)date::locate_zone(name);
    } catch (const std::exception&) {
        found = false;
    }
    known.emplace(name, found);
    return found;
}

}  // namespace upward::domain
