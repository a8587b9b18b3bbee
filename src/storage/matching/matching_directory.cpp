#include "storage/matching/matching_directory.hpp"

#include <set>
#include <unordered_map>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// Rows per round trip.
constexpr std::size_t kFetchBatch = 10000;

class Interner {
public:
    explicit Interner(std::vector<std::string>& names) : names_(names) {}
    int Intern(const std::string& name) {
        if (name.empty()) return -1;
        auto [it, added] = index_.try_emplace(name, static_cast<int>(names_.size()));
        if (added) names_.push_back(name);
        return it->second;
    }

private:
    std::vector<std::string>& names_;
    std::unordered_map<std::string, int> index_;
};

struct DirectoryBuilder {
    DirectoryColumns columns;
    Interner departments{columns.department_names};
    Interner zones{columns.time_zone_names};

    void Add(std::string employee_id, long long grade, const std::string& department, const std::string& zone,
             std::string manager_id) {
        columns.employee_id.push_back(std::move(employee_id));
        columns.grade.push_back(grade);
        columns.department.push_back(departments.Intern(department));
        columns.time_zone.push_back(zones.Intern(zone));
        columns.manager_id.push_back(std::move(manager_id));
    }
};

}  // namespace

DirectoryColumns LoadActiveDirectory(Connection& session) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM people WHERE active = 1", soci::into(count);
    DirectoryBuilder builder;
    auto& columns = builder.columns;
    columns.employee_id.reserve(static_cast<std::size_t>(count));
    columns.grade.reserve(static_cast<std::size_t>(count));
    columns.department.reserve(static_cast<std::size_t>(count));
    columns.time_zone.reserve(static_cast<std::size_t>(count));
    columns.manager_id.reserve(static_cast<std::size_t>(count));

    std::vector<std::string> ids(kFetchBatch), departments(kFetchBatch), zones(kFetchBatch), managers(kFetchBatch);
    std::vector<soci::indicator> department_ind(kFetchBatch), zone_ind(kFetchBatch), manager_ind(kFetchBatch);
    std::vector<long long> grades(kFetchBatch);
    soci::statement statement =
        (session.prepare << "SELECT employee_id, grade, department, time_zone, manager_id FROM people WHERE active = 1",
         soci::into(ids), soci::into(grades), soci::into(departments, department_ind), soci::into(zones, zone_ind),
         soci::into(managers, manager_ind));
    statement.execute();
    while (statement.fetch()) {
        for (std::size_t row = 0; row < ids.size(); ++row) {
            static const std::string kNone;
            builder.Add(std::move(ids[row]), grades[row], department_ind[row] == soci::i_ok ? departments[row] : kNone,
                        zone_ind[row] == soci::i_ok ? zones[row] : kNone,
                        manager_ind[row] == soci::i_ok ? std::move(managers[row]) : std::string());
        }
        // SOCI shrinks the vectors to the rows it fetched; the next batch needs the full size again.
        for (auto* text : {&ids, &departments, &zones, &managers}) text->resize(kFetchBatch);
        for (auto* indicators : {&department_ind, &zone_ind, &manager_ind}) indicators->resize(kFetchBatch);
        grades.resize(kFetchBatch);
    }
    return std::move(builder.columns);
}

DirectoryColumns LoadDirectoryChains(Connection& session, const std::vector<std::string>& employee_ids) {
    DirectoryBuilder builder;
    std::set<std::string> seen;
    for (const auto& start : employee_ids) {
        // A chain is a handful of managers; a cycle in bad data ends at the first person seen twice.
        std::string next = start;
        while (!next.empty() && seen.insert(next).second) {
            soci::rowset<soci::row> rows =
                (session.prepare << "SELECT employee_id, grade, department, time_zone, manager_id FROM people "
                                    "WHERE employee_id = :id AND active = 1",
                 soci::use(next));
            std::string manager;
            for (const auto& row : rows) {
                manager = TextColumn(row, "manager_id");
                builder.Add(TextColumn(row, "employee_id"), IntColumn(row, "grade"), TextColumn(row, "department"),
                            TextColumn(row, "time_zone"), manager);
            }
            next = manager;
        }
    }
    return std::move(builder.columns);
}

}  // namespace upward::storage
