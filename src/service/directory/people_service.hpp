#pragma once

#include <functional>
#include <string_view>

#include "core/clock.hpp"
#include "domain/person.hpp"
#include "domain/records/directory_records.hpp"
#include "domain/roles.hpp"
#include "service/directory/people_import.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// The people directory as callers see it: admins only, every read recorded in the audit log.
class PeopleService {
public:
    PeopleService(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    domain::PeoplePage List(const domain::Caller& caller, const domain::PeopleQuery& query);
    /// Every person the query matches, page after page, handed to `each`; audited once. Returns how many.
    long long ListAll(const domain::Caller& caller, domain::PeopleQuery query,
                      const std::function<void(const domain::Person&)>& each);
    domain::Person Get(const domain::Caller& caller, const std::string& employee_id);
    ImportReport Import(const domain::Caller& caller, std::string_view csv_text, const ImportOptions& options);

private:
    storage::Database& database_;
    const Clock& clock_;
};

}  // namespace upward::service
