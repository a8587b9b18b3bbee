#include "http/client_address.hpp"

#include <algorithm>
#include <boost/asio/ip/address.hpp>

#include "core/text.hpp"

namespace upward::http {

namespace {

// The canonical text of an IP address, or empty when `text` is not one.
std::string Canonical(std::string_view text) {
    boost::system::error_code error;
    const auto address = boost::asio::ip::make_address(std::string(Trim(text)), error);
    return error ? std::string() : address.to_string();
}

}  // namespace

std::string ClientAddress(const Request& request, const std::string& peer,
                          const std::vector<std::string>& trusted_proxies) {
    const auto trusted = [&](const std::string& address) {
        return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) != trusted_proxies.end();
    };
    if (!trusted(peer)) return peer;
    std::string_view forwarded = request["X-Forwarded-For"];
    while (!forwarded.empty()) {
        const auto comma = forwarded.rfind(',');
        auto entry = Canonical(comma == std::string_view::npos ? forwarded : forwarded.substr(comma + 1));
        forwarded = comma == std::string_view::npos ? std::string_view() : forwarded.substr(0, comma);
        if (entry.empty()) continue;
        if (!trusted(entry)) return entry;
    }
    return peer;
}

}  // namespace upward::http
