#pragma once

#include <string_view>

#include "core/clock.hpp"
#include "domain/person.hpp"
#include "domain/roles.hpp"
#include "service/directory/people_import.hpp"
#include "storage/database.hpp"
#include "storage/people_repository.hpp"

namespace upward::service {

/// The people directory as callers see it: admins only, every read recorded in the audit log.
class PeopleService {
public:
    PeopleService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    storage::PeoplePage List(const domain::Caller& caller, const storage::PeopleQuery& query);
    domain::Person Get(const domain::Caller& caller, const std::string& employee_id);
    ImportReport Import(const domain::Caller& caller, std::string_view csv_text, const ImportOptions& options);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
