#include "service/directory/people_csv.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "domain/time_zones.hpp"
#include "service/csv/csv_records.hpp"
#include "storage/directory/people_repository.hpp"

namespace upward::service {

namespace {

// How many rows are read before the size of the whole file is estimated from them.
constexpr long long kRowsToEstimateFrom = 1000;

enum Field : std::size_t {
    kEmployeeId,
    kName,
    kEmail,
    kGrade,
    kTitle,
    kDepartment,
    kLocation,
    kTimeZone,
    kManagerId,
    kHireDate,
    kLeavingDate,
    kLeft,
    kFieldCount
};

const std::vector<std::vector<std::string>>& AllDefaultColumnNames() {
    static const std::vector<std::vector<std::string>> kNames = {
        {"employee id", "employee_id", "emp id", "employee number", "employee no", "worker id", "staff id", "id"},
        {"name", "full name", "employee name", "display name"},
        {"email", "email address", "work email"},
        {"grade", "level", "grade level", "job level", "band"},
        {"title", "job title", "position"},
        {"department", "dept", "department name"},
        {"location", "office", "site", "city"},
        {"time zone", "timezone", "tz"},
        {"manager id", "manager employee id", "manager", "reports to", "supervisor id", "line manager id"},
        {"hire date", "start date", "hired", "date hired"},
        {"leaving date", "termination date", "end date", "left on"},
        {"left", "terminated", "leaver"},
    };
    return kNames;
}

// Header names compare as people write them: "Employee ID", "employee_id" and "EMPLOYEE-ID" are one name.
std::string NormalizedHeader(std::string_view header) {
    std::string normalized;
    for (const char c : Trim(header)) {
        if (c == ' ' || c == '_' || c == '-') continue;
        normalized += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return normalized;
}

std::string Quoted(std::string_view value) {
    constexpr std::size_t kMaxShown = 60;
    std::string quoted = "\"";
    quoted += value.substr(0, kMaxShown);
    if (value.size() > kMaxShown) quoted += "...";
    quoted += '"';
    return quoted;
}

std::string JoinQuoted(const std::vector<std::string>& names) {
    std::string joined;
    for (const auto& name : names) {
        if (!joined.empty()) joined += ", ";
        joined += Quoted(name);
    }
    return joined;
}

// Field index -> column index (or -1), from the mapping first and then the default names.
std::vector<int> ResolveColumns(const std::vector<std::string_view>& header,
                                const std::map<std::string, std::string>& mapping) {
    const auto& fields = PeopleFields();
    std::vector<std::string> normalized;
    normalized.reserve(header.size());
    for (const auto& name : header) normalized.push_back(NormalizedHeader(name));
    std::vector<std::string> header_names(header.begin(), header.end());

    std::vector<int> column(kFieldCount, -1);
    std::vector<bool> used(header.size(), false);
    for (const auto& entry : mapping) {
        // Named references rather than a structured binding: the lambdas below capture them, which Clang 14 rejects.
        const std::string& field = entry.first;
        const std::string& wanted = entry.second;
        const auto known = std::find(fields.begin(), fields.end(), field);
        if (known == fields.end())
            throw InvalidInput("mapping", "unknown field \"" + field + "\" in the column mapping");
        const auto index = static_cast<std::size_t>(known - fields.begin());
        // An exact header match wins over a loose one, so near-identical headers stay distinguishable.
        auto at =
            std::find_if(header.begin(), header.end(), [&](std::string_view h) { return Trim(h) == Trim(wanted); });
        if (at == header.end()) {
            const auto loose = NormalizedHeader(wanted);
            at = std::find_if(header.begin(), header.end(),
                              [&](std::string_view h) { return NormalizedHeader(h) == loose; });
        }
        if (Trim(wanted).empty() || at == header.end()) {
            throw InvalidInput("mapping." + field, "the file has no column " + Quoted(wanted) + " (mapped to " + field +
                                                       "); its columns are " + JoinQuoted(header_names));
        }
        column[index] = static_cast<int>(at - header.begin());
        used[static_cast<std::size_t>(at - header.begin())] = true;
    }
    for (std::size_t field = 0; field < kFieldCount; ++field) {
        if (column[field] >= 0) continue;
        for (const auto& name : AllDefaultColumnNames()[field]) {
            const auto wanted = NormalizedHeader(name);
            for (std::size_t c = 0; c < normalized.size() && column[field] < 0; ++c) {
                if (!used[c] && normalized[c] == wanted) {
                    column[field] = static_cast<int>(c);
                    used[c] = true;
                }
            }
            if (column[field] >= 0) break;
        }
    }
    for (const std::size_t required : {std::size_t{kEmployeeId}, std::size_t{kGrade}}) {
        if (column[required] >= 0) continue;
        const auto& field = fields[required];
        throw InvalidInput(field, "no " + field + " column: looked for " +
                                      JoinQuoted(AllDefaultColumnNames()[required]) +
                                      "; name the column with the mapping " + field + "=<column>");
    }
    return column;
}

// ASCII letters compared without case; `lower` is written in lower case.
bool SameWord(std::string_view value, std::string_view lower) {
    if (value.size() != lower.size()) return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
    }
    return true;
}

std::optional<bool> ParseFlag(std::string_view value) {
    if (value.empty()) return false;
    for (const std::string_view no : {"no", "n", "false", "0"}) {
        if (SameWord(value, no)) return false;
    }
    for (const std::string_view yes : {"yes", "y", "true", "1"}) {
        if (SameWord(value, yes)) return true;
    }
    return std::nullopt;
}

}  // namespace

const std::vector<std::string>& PeopleFields() {
    static const std::vector<std::string> kFields = {"employee_id", "name",       "email",        "grade",
                                                     "title",       "department", "location",     "time_zone",
                                                     "manager_id",  "hire_date",  "leaving_date", "left"};
    return kFields;
}

const std::vector<std::string>& DefaultColumnNames(const std::string& field) {
    const auto& fields = PeopleFields();
    const auto at = std::find(fields.begin(), fields.end(), field);
    if (at == fields.end()) throw InvalidInput("mapping", "unknown field \"" + field + "\"");
    return AllDefaultColumnNames()[static_cast<std::size_t>(at - fields.begin())];
}

PeopleFile::PeopleFile(std::string_view text, const std::map<std::string, std::string>& mapping, std::string_view today)
    : records_(text), today_(today) {
    if (!records_.Next()) throw InvalidInput("file", "the file is empty: it needs a header row and data rows");
    if (!records_.Problem().empty()) {
        throw InvalidInput("file", "the header row is malformed: " + std::string(records_.Problem()));
    }
    columns_ = records_.Fields().size();
    field_column_ = ResolveColumns(records_.Fields(), mapping);
}

bool PeopleFile::Next(storage::PersonValues& values, std::vector<RowError>& errors, bool& readable) {
    if (!records_.Next()) return false;
    readable = false;
    if (!records_.Problem().empty()) {
        errors.push_back({records_.Row(), "row", std::string(records_.Problem())});
    } else if (records_.Fields().size() != columns_) {
        errors.push_back({records_.Row(), "row",
                          "has " + std::to_string(records_.Fields().size()) + " columns; the header has " +
                              std::to_string(columns_)});
    } else {
        readable = true;
        Fill(values, &errors);
    }
    return true;
}

storage::PersonValues PeopleFile::ReadAgain(std::size_t offset, long row) {
    records_.Seek(offset, row);
    storage::PersonValues values;
    if (!records_.Next()) return values;
    Fill(values, nullptr);
    const auto text = records_.Text();
    for (std::string_view* value :
         {&values.employee_id, &values.name, &values.email, &values.title, &values.department, &values.location,
          &values.time_zone, &values.manager_id, &values.hire_date, &values.leaving_date}) {
        const bool in_text =
            value->empty() || (value->data() >= text.data() && value->data() <= text.data() + text.size());
        if (!in_text) *value = unescaped_.emplace_back(*value);
    }
    return values;
}

// Reads the mapped columns into `values`; checks them when `errors` is given.
void PeopleFile::Fill(storage::PersonValues& values, std::vector<RowError>* errors) {
    const auto& fields = PeopleFields();
    const auto& cells = records_.Fields();
    const long row = records_.Row();
    const auto value = [&](Field field) {
        const int at = field_column_[field];
        return at < 0 ? std::string_view() : Trim(cells[static_cast<std::size_t>(at)]);
    };
    const auto fail = [&](Field field, std::string reason) {
        errors->push_back({row, fields[field], std::move(reason)});
    };
    const bool check = errors != nullptr;

    values.employee_id = value(kEmployeeId);
    if (check && values.employee_id.empty()) fail(kEmployeeId, "is missing");

    const auto grade_text = value(kGrade);
    const auto grade = ParseInteger(grade_text);
    values.grade = grade.value_or(0);
    if (check && grade_text.empty()) {
        fail(kGrade, "is missing");
    } else if (check && !grade) {
        fail(kGrade, "is not a whole number: " + Quoted(grade_text));
    }

    values.name = value(kName);
    values.email = value(kEmail);
    if (check && !values.email.empty() && values.email.find('@') == std::string_view::npos) {
        fail(kEmail, "is not an email address (no @): " + Quoted(values.email));
    }
    values.title = value(kTitle);
    values.department = value(kDepartment);
    values.location = value(kLocation);
    values.time_zone = value(kTimeZone);
    if (check && !values.time_zone.empty() && !KnownZone(values.time_zone)) {
        fail(kTimeZone, "is not a known IANA time zone (like Europe/London): " + Quoted(values.time_zone));
    }
    values.manager_id = value(kManagerId);
    if (check && !values.manager_id.empty() && values.manager_id == values.employee_id) {
        fail(kManagerId, "is the person's own employee id: nobody manages themselves");
    }
    values.hire_date = value(kHireDate);
    if (check && !values.hire_date.empty() && !IsIsoDate(values.hire_date)) {
        fail(kHireDate, "is not a date written YYYY-MM-DD: " + Quoted(values.hire_date));
    }
    values.leaving_date = value(kLeavingDate);
    bool left_by_date = false;
    if (!values.leaving_date.empty()) {
        if (check && !IsIsoDate(values.leaving_date)) {
            fail(kLeavingDate, "is not a date written YYYY-MM-DD: " + Quoted(values.leaving_date));
        }
        // A leaving date still ahead is a notice period: the person has not left yet.
        left_by_date = values.leaving_date <= std::string_view(today_);
    }
    const auto flag_text = value(kLeft);
    const auto flag = ParseFlag(flag_text);
    if (check && !flag) fail(kLeft, "is not yes or no: " + Quoted(flag_text));
    values.left = flag.value_or(false) || left_by_date;
}

// A million rows name a dozen zones: the time zone database is asked once per distinct name.
bool PeopleFile::KnownZone(std::string_view name) {
    for (const auto& [zone, known] : zones_) {
        if (zone == name) return known;
    }
    const bool known = domain::IsKnownTimeZone(std::string(name));
    // Files full of distinct bad names must not make this list long.
    if (zones_.size() < kZonesRemembered) zones_.emplace_back(std::string(name), known);
    return known;
}

PeopleCsv ParsePeopleCsv(std::string_view csv_text, const std::map<std::string, std::string>& mapping,
                         std::string_view today) {
    PeopleFile file(csv_text, mapping, today);
    PeopleCsv result;
    // Ids must outlive the reader's buffer; only values that were unescaped into it need copying.
    const auto stable = [&](std::string_view view) {
        if (view.empty() ||
            (view.data() >= csv_text.data() && view.data() + view.size() <= csv_text.data() + csv_text.size())) {
            return view;
        }
        return std::string_view(result.owned.emplace_back(view));
    };
    storage::PersonValues values;
    bool readable = false;
    while (file.Next(values, result.errors, readable)) {
        ++result.data_rows;
        // The first thousand rows tell how many the file holds; growing a million-row vector step by step
        // would copy it again and again.
        if (result.data_rows == kRowsToEstimateFrom) {
            const auto per_row = static_cast<double>(file.Offset()) / static_cast<double>(file.Row());
            result.people.reserve(static_cast<std::size_t>(static_cast<double>(csv_text.size()) / per_row * 1.1));
        }
        if (!readable || values.employee_id.empty()) continue;
        const bool bad = !result.errors.empty() && result.errors.back().row == file.Row();
        result.people.push_back(
            {file.Row(), file.Offset(), bad, stable(values.employee_id), stable(values.manager_id)});
    }
    return result;
}

bool SameValues(const storage::PersonValues& values, const domain::Person& person) {
    return values.employee_id == person.employee_id && values.name == person.name && values.email == person.email &&
           values.grade == person.grade && values.title == person.title && values.department == person.department &&
           values.location == person.location && values.time_zone == person.time_zone &&
           values.manager_id == person.manager_id && values.hire_date == person.hire_date &&
           values.leaving_date == person.leaving_date && values.left == person.left;
}

}  // namespace upward::service
