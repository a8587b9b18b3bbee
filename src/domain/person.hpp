#pragma once

#include <string>

namespace upward::domain {

/// One employee as the HRIS knows them. Optional text fields are empty when absent.
struct Person {
    std::string employee_id;
    std::string name;
    std::string email;
    long long grade = 0;  // higher is more senior
    std::string title;
    std::string department;
    std::string location;
    std::string time_zone;   // IANA name, e.g. Europe/London
    std::string manager_id;  // the manager's employee_id
    std::string hire_date;   // YYYY-MM-DD
    std::string leaving_date;
    bool left = false;
    bool active = true;

    /// True when every field that an import writes is equal (activity and bookkeeping aside).
    bool SameRecord(const Person& other) const {
        return employee_id == other.employee_id && name == other.name && email == other.email && grade == other.grade &&
               title == other.title && department == other.department && location == other.location &&
               time_zone == other.time_zone && manager_id == other.manager_id && hire_date == other.hire_date &&
               leaving_date == other.leaving_date && left == other.left;
    }
};

}  // namespace upward::domain
