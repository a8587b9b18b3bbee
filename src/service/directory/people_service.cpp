#include "service/directory/people_service.hpp"

#include "core/errors.hpp"
#include "service/access/programme_access.hpp"
#include "service/audit/audit.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"

namespace upward::service {

domain::PeoplePage PeopleService::List(const domain::Caller& caller, const domain::PeopleQuery& query) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    auto page = storage::ListPeople(*session, query);
    Audit(*session, clock_, caller, "people.list", "people",
          std::to_string(page.items.size()) + " people" + (query.text.empty() ? "" : ", filtered by a search"));
    return page;
}

long long PeopleService::ListAll(const domain::Caller& caller, domain::PeopleQuery query,
                                 const std::function<void(const domain::Person&)>& each) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    long long count = 0;
    for (;;) {
        const auto page = storage::ListPeople(*session, query);
        for (const auto& person : page.items) each(person);
        count += static_cast<long long>(page.items.size());
        if (page.next_cursor.empty()) break;
        query.cursor = page.next_cursor;
    }
    Audit(*session, clock_, caller, "people.list", "people",
          std::to_string(count) + " people, every page" + (query.text.empty() ? "" : ", filtered by a search"));
    return count;
}

domain::Person PeopleService::Get(const domain::Caller& caller, const std::string& employee_id) {
    RequireAdmin(caller);
    auto session = database_.Acquire();
    auto person = storage::FindPerson(*session, employee_id);
    if (!person) throw NotFound("no person with employee id " + employee_id);
    Audit(*session, clock_, caller, "people.read", "person:" + employee_id);
    return *person;
}

ImportReport PeopleService::Import(const domain::Caller& caller, std::string_view csv_text,
                                   const ImportOptions& options) {
    RequireAdmin(caller);
    auto report = ImportPeople(database_, csv_text, options, clock_);
    auto session = database_.Acquire();
    Audit(*session, clock_, caller, options.dry_run ? "people.import.dry_run" : "people.import", "people",
          std::to_string(report.rows) + " rows, " + std::to_string(report.inserted) + " inserted, " +
              std::to_string(report.updated) + " updated, " + std::to_string(report.deactivated) + " deactivated");
    return report;
}

}  // namespace upward::service
