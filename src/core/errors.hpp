#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace upward {

/// One bad row of an input file: the 1-based row number (the header is row 1), the field and why.
struct RowError {
    long row = 0;
    std::string field;
    std::string reason;
};

/// The errors that end a request. Each maps to exactly one HTTP status in http/error_mapping.cpp
/// and to one CLI exit code in cli/exit_codes.hpp; nothing else decides statuses.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Input that breaks a rule: names the offending field so clients can point at it.
class InvalidInput : public Error {
public:
    InvalidInput(std::string field, const std::string& message) : Error(message), field_(std::move(field)) {}
    InvalidInput(std::string field, const std::string& message, std::vector<RowError> rows)
        : Error(message), field_(std::move(field)), rows_(std::move(rows)) {}
    const std::string& Field() const { return field_; }
    const std::vector<RowError>& Rows() const { return rows_; }

private:
    std::string field_;
    std::vector<RowError> rows_;
};

class NotFound : public Error {
public:
    using Error::Error;
};

class Conflict : public Error {
public:
    using Error::Error;
};

/// Authenticated, but this role or relation may not do this.
class Forbidden : public Error {
public:
    using Error::Error;
};

/// No valid credentials.
class Unauthorized : public Error {
public:
    using Error::Error;
};

/// Throttled: the caller may retry after the given number of seconds.
class TooManyRequests : public Error {
public:
    TooManyRequests(const std::string& message, long retry_after_seconds)
        : Error(message), retry_after_seconds_(retry_after_seconds) {}
    long RetryAfterSeconds() const { return retry_after_seconds_; }

private:
    long retry_after_seconds_;
};

/// The environment cannot serve the request (database down, key missing).
class Unavailable : public Error {
public:
    using Error::Error;
};

}  // namespace upward
