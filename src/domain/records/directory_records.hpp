#pragma once

// A page request of the people directory, and the page it returns. Plain data: storage returns it, services pass it up,
// http renders it.

#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"

namespace upward::domain {

/// One page request of the directory. `text` matches name, email, employee id, title and department,
/// case-insensitively, anywhere in the value; `department` matches exactly; `cursor` is the previous page's
/// next_cursor. `limit` is clamped to 1..500.
struct PeopleQuery {
    std::string text;
    std::string department;
    std::optional<bool> active;
    std::string cursor;
    int limit = 50;
};

struct PeoplePage {
    std::vector<Person> items;
    /// Empty when there are no more pages.
    std::string next_cursor;
};

}  // namespace upward::domain
