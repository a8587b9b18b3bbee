#include "service/directory/people_import.hpp"

#include <algorithm>
#include <optional>

#include "core/text.hpp"
#include "service/directory/id_index.hpp"
#include "service/directory/people_checks.hpp"
#include "service/directory/people_csv.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"

namespace upward::service {

namespace {

long long CountBadRows(const std::vector<RowError>& errors) {
    long long count = 0;
    long previous = -1;
    for (const auto& error : errors) {  // sorted by row
        if (error.row != previous) ++count;
        previous = error.row;
    }
    return count;
}

struct Changes {
    LargeArray<const PersonRow*> upserts;
    std::vector<std::string> deactivate;
};

Changes Diff(const PeopleCsv& parsed, PeopleFile& file, const std::vector<domain::Person>& existing, bool full,
             ImportReport& report) {
    Changes changes;
    const auto existing_id = [&existing](int at) -> std::string_view {
        return existing[static_cast<std::size_t>(at)].employee_id;
    };
    IdIndex existing_by_id(existing_id, existing.size());
    for (std::size_t i = 0; i < existing.size(); ++i)
        existing_by_id.Insert(existing[i].employee_id, static_cast<int>(i));
    changes.upserts.reserve(parsed.people.size());
    for (const auto& row : parsed.people) {
        if (row.bad) continue;
        const int at = existing.empty() ? existing_by_id.kMissing : existing_by_id.Find(row.employee_id);
        if (at == existing_by_id.kMissing) {
            ++report.inserted;
        } else if (const auto& person = existing[static_cast<std::size_t>(at)];
                   !person.active || !SameValues(file.ReadAgain(row.offset, row.row), person)) {
            ++report.updated;
        } else {
            ++report.unchanged;
            continue;
        }
        changes.upserts.push_back(&row);
    }
    if (full && !existing.empty()) {
        // Someone on a skipped bad row is still in the file: only the truly missing are deactivated.
        const auto row_id = [&parsed](int at) { return parsed.people[static_cast<std::size_t>(at)].employee_id; };
        IdIndex in_file(row_id, parsed.people.size());
        for (std::size_t i = 0; i < parsed.people.size(); ++i)
            in_file.Insert(parsed.people[i].employee_id, static_cast<int>(i));
        for (const auto& person : existing) {
            if (person.active && !in_file.Contains(person.employee_id))
                changes.deactivate.push_back(person.employee_id);
        }
        report.deactivated = static_cast<long long>(changes.deactivate.size());
    }
    // In employee id order the directory's unique index grows at its end (exports usually are sorted already).
    const auto by_id = [](const PersonRow* a, const PersonRow* b) { return a->employee_id < b->employee_id; };
    if (!std::is_sorted(changes.upserts.begin(), changes.upserts.end(), by_id)) {
        std::sort(changes.upserts.begin(), changes.upserts.end(), by_id);
    }
    return changes;
}

}  // namespace

ImportReport ImportPeople(storage::Database& database, std::string_view csv_text, const ImportOptions& options,
                          const Clock& clock) {
    const long long now = clock.NowSeconds();
    const std::string today = FormatTimestamp(now).substr(0, 10);
    auto parsed = ParsePeopleCsv(csv_text, options.mapping, today);
    // A second reader over the same text reads the good rows' values again for the diff and the write.
    PeopleFile file(csv_text, options.mapping, today);

    auto session = database.Acquire();
    // The directory is read and written under one transaction, so the checks and the diff see exactly what
    // is overwritten; a dry run only reads.
    std::optional<storage::Transaction> transaction;
    if (!options.dry_run) {
        transaction.emplace(*session, database.GetBackend());
        storage::LockPeopleForImport(*session, database.GetBackend());
    }
    const auto existing = storage::LoadAllPeople(*session);
    CheckReportingLines(parsed.people, existing, options.skip_bad_rows, parsed.errors);
    std::stable_sort(parsed.errors.begin(), parsed.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.row < b.row; });

    const long long bad_rows = CountBadRows(parsed.errors);
    if (bad_rows > 0 && !options.skip_bad_rows) {
        throw InvalidInput("file",
                           std::to_string(bad_rows) + (bad_rows == 1 ? " bad row" : " bad rows") +
                               "; nothing was imported (fix the rows or skip them)",
                           std::move(parsed.errors));
    }

    ImportReport report;
    report.rows = parsed.data_rows;
    const auto changes = Diff(parsed, file, existing, options.full, report);
    report.errors = std::move(parsed.errors);
    if (options.dry_run) return report;

    std::size_t next = 0;
    const storage::PersonSource source = [&](storage::PersonValues& values) {
        if (next == changes.upserts.size()) return false;
        const PersonRow& row = *changes.upserts[next++];
        values = file.ReadAgain(row.offset, row.row);
        return true;
    };
    storage::WritePeople(*session, database.GetBackend(), changes.upserts.size(), source, changes.deactivate, now);
    transaction->Commit();
    report.applied = true;
    return report;
}

std::map<std::string, std::string> ParseMappingOption(const std::string& text) {
    std::map<std::string, std::string> mapping;
    const auto& fields = PeopleFields();
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const auto piece = Trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (piece.empty()) continue;
        const auto equals = piece.find('=');
        if (equals == std::string_view::npos) {
            throw InvalidInput("map", "expected field=Column, got \"" + std::string(piece) + "\"");
        }
        const auto field = ToLower(Trim(piece.substr(0, equals)));
        const auto column = std::string(Trim(piece.substr(equals + 1)));
        if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
            std::string known;
            for (const auto& name : fields) known += (known.empty() ? "" : ", ") + name;
            throw InvalidInput("map", "unknown field \"" + field + "\"; the fields are " + known);
        }
        if (column.empty()) throw InvalidInput("map", "no column named for " + field);
        if (!mapping.emplace(field, column).second) throw InvalidInput("map", field + " is mapped twice");
    }
    return mapping;
}

}  // namespace upward::service
