#pragma once

#include <string>
#include <vector>

#include "http/types.hpp"

namespace upward::http {

/// The address a request came from, as sign-in throttling and the audit log count it. Behind a reverse proxy every
/// connection comes from the proxy, so when the peer is one of `trusted_proxies` the address is read from
/// X-Forwarded-For: the right-most entry that is not itself a trusted proxy (entries further left are whatever the
/// client chose to send). Entries that are not IP addresses are ignored; without a usable one the peer stands.
std::string ClientAddress(const Request& request, const std::string& peer,
                          const std::vector<std::string>& trusted_proxies);

}  // namespace upward::http
