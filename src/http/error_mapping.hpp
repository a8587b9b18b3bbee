#pragma once

#include <exception>

#include "http/types.hpp"

namespace upward::http {

/// The one place that turns an error into an HTTP status and an RFC 9457 problem+json body.
/// Unexpected errors become a 500 whose body says nothing internal; the caller logs them.
Response ProblemFor(const std::exception_ptr& error, bool& unexpected);

Response Problem(beast_http::status status, const std::string& title, const std::string& detail);

}  // namespace upward::http
