#include "service/matching/match_profiles.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/csv/csv_records.hpp"

namespace upward::service {

namespace {

constexpr int kMaxMentorCapacity = 20;
constexpr std::array<std::string_view, 8> kColumns = {"employee_id",  "side",     "languages", "topics",
                                                      "availability", "capacity", "eligible",  "preferences"};
enum Column {
    kEmployeeId,
    kSide,
    kLanguages,
    kTopics,
    kAvailability,
    kCapacity,
    kEligible,
    kPreferences,
    kColumnCount
};

std::string HeaderKey(std::string_view header) {
    std::string key = ToLower(Trim(header));
    std::replace(key.begin(), key.end(), ' ', '_');
    return key;
}

std::optional<bool> ParseFlag(std::string_view text) {
    const auto value = ToLower(Trim(text));
    if (value.empty() || value == "true" || value == "yes" || value == "y" || value == "1") return true;
    if (value == "false" || value == "no" || value == "n" || value == "0") return false;
    return std::nullopt;
}

}  // namespace

std::vector<ProfileProblem> CheckProfile(domain::MatchProfile& profile, const domain::Programme& programme,
                                         const PersonCheck& is_person) {
    std::vector<ProfileProblem> problems;
    const bool mentor = profile.side == domain::Side::kMentor;
    if (profile.employee_id.empty()) {
        problems.push_back({"employee_id", "an employee id is required"});
    } else if (is_person && !is_person(profile.employee_id)) {
        problems.push_back(
            {"employee_id", "no active person with employee id " + profile.employee_id + " in the directory"});
    }

    std::set<std::string> languages;
    for (auto& language : profile.languages) {
        language = ToLower(Trim(language));
        if (!domain::IsLanguageCode(language)) {
            problems.push_back({"languages", "'" + language + "' is not a language code such as en or pt-BR"});
        }
        languages.insert(language);
    }
    profile.languages.assign(languages.begin(), languages.end());
    if (profile.languages.empty()) problems.push_back({"languages", "at least one language code is needed"});

    std::unordered_map<std::string, const std::string*> catalogue;
    for (const auto& topic : programme.topics) catalogue.emplace(ToLower(topic), &topic);
    std::set<std::string> seen;
    const int top = mentor ? 5 : 3;
    for (auto& topic : profile.topics) {
        const auto it = catalogue.find(ToLower(Trim(topic.topic)));
        if (it == catalogue.end()) {
            problems.push_back({"topics", "'" + topic.topic + "' is not one of the programme's topics"});
            continue;
        }
        topic.topic = *it->second;
        if (!seen.insert(topic.topic).second) problems.push_back({"topics", "'" + topic.topic + "' is listed twice"});
        if (topic.value < 1 || topic.value > top) {
            problems.push_back({"topics", "'" + topic.topic + "' needs " + (mentor ? "a level" : "a priority") +
                                              " from 1 to " + std::to_string(top)});
        }
    }

    if (mentor && (profile.capacity < 0 || profile.capacity > kMaxMentorCapacity)) {
        problems.push_back({"capacity", "a mentor's capacity must be 0 to " + std::to_string(kMaxMentorCapacity)});
    }
    if (!mentor && profile.capacity != 1)
        problems.push_back({"capacity", "a mentee has exactly one mentor (capacity 1)"});

    for (const auto& id : profile.preferences) {
        if (id == profile.employee_id) {
            problems.push_back({"preferences", "a person cannot prefer themselves"});
        } else if (is_person && !is_person(id)) {
            problems.push_back({"preferences", "no active person with employee id " + id + " in the directory"});
        }
    }
    return problems;
}

std::vector<domain::MatchProfile> ReadProfilesCsv(std::string_view text, const domain::Programme& programme,
                                                  const PersonCheck& is_person) {
    CsvRecords records(text);
    if (!records.Next()) throw InvalidInput("file", "the file is empty; it needs a header row");
    if (!records.Problem().empty()) {
        throw InvalidInput("file", "the header row is malformed: " + std::string(records.Problem()));
    }
    std::array<int, kColumnCount> column_of;
    column_of.fill(-1);
    const auto& header = records.Fields();
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto key = HeaderKey(header[c]);
        const auto known = std::find(kColumns.begin(), kColumns.end(), key);
        if (known == kColumns.end()) {
            throw InvalidInput("file", "unknown column '" + std::string(header[c]) +
                                           "'; the columns are employee_id, side, languages, topics, availability, "
                                           "capacity, eligible, preferences");
        }
        auto& slot = column_of[static_cast<std::size_t>(known - kColumns.begin())];
        if (slot >= 0) throw InvalidInput("file", "column '" + key + "' appears twice");
        slot = static_cast<int>(c);
    }
    for (const int required : {kEmployeeId, kSide}) {
        if (column_of[static_cast<std::size_t>(required)] < 0) {
            throw InvalidInput(
                "file", "the header has no " + std::string(kColumns[static_cast<std::size_t>(required)]) + " column");
        }
    }
    const std::size_t columns = header.size();
    const auto mentor_word = ToLower(programme.terminology.mentor);
    const auto mentee_word = ToLower(programme.terminology.mentee);

    std::vector<domain::MatchProfile> profiles;
    std::vector<RowError> errors;
    std::unordered_map<std::string, long> first_row;
    while (records.Next()) {
        const long row = records.Row();
        if (!records.Problem().empty()) {
            errors.push_back({row, "row", std::string(records.Problem())});
            continue;
        }
        const auto& fields = records.Fields();
        if (fields.size() != columns) {
            errors.push_back(
                {row, "row",
                 "has " + std::to_string(fields.size()) + " columns; the header has " + std::to_string(columns)});
            continue;
        }
        const auto value = [&](Column column) -> std::string_view {
            const int at = column_of[static_cast<std::size_t>(column)];
            return at < 0 ? std::string_view() : Trim(fields[static_cast<std::size_t>(at)]);
        };
        const std::size_t errors_before = errors.size();
        domain::MatchProfile profile;
        profile.employee_id = std::string(value(kEmployeeId));
        const auto side = ToLower(value(kSide));
        if (side == "mentor" || side == mentor_word) {
            profile.side = domain::Side::kMentor;
        } else if (side == "mentee" || side == mentee_word) {
            profile.side = domain::Side::kMentee;
        } else {
            errors.push_back({row, "side", "must be mentor or mentee"});
        }
        (void)domain::ParseList(value(kLanguages), profile.languages);
        if (auto problem = domain::ParseTopics(value(kTopics), profile.topics); !problem.empty()) {
            errors.push_back({row, "topics", problem});
        }
        if (auto problem = domain::ParseAvailability(value(kAvailability), profile.availability); !problem.empty()) {
            errors.push_back({row, "availability", problem});
        }
        if (const auto capacity = value(kCapacity); !capacity.empty()) {
            const auto number = ParseInteger(capacity);
            if (!number) {
                errors.push_back({row, "capacity", "must be a whole number"});
            } else {
                profile.capacity = static_cast<int>(std::clamp<long long>(*number, -1, 1000));
            }
        }
        if (const auto eligible = ParseFlag(value(kEligible))) {
            profile.eligible = *eligible;
        } else {
            errors.push_back({row, "eligible", "must be true or false"});
        }
        (void)domain::ParseList(value(kPreferences), profile.preferences);
        for (auto& problem : CheckProfile(profile, programme, is_person)) {
            // Topic and availability text that did not read is reported once, not again by the checks.
            const bool repeated = std::any_of(errors.begin() + static_cast<std::ptrdiff_t>(errors_before), errors.end(),
                                              [&](const RowError& e) { return e.field == problem.field; });
            if (!repeated) errors.push_back({row, std::move(problem.field), std::move(problem.reason)});
        }
        if (!profile.employee_id.empty()) {
            const auto [it, first] = first_row.emplace(profile.employee_id, row);
            if (!first) {
                errors.push_back({row, "employee_id",
                                  profile.employee_id + " is on row " + std::to_string(it->second) + " already"});
            }
        }
        if (errors.size() == errors_before) profiles.push_back(std::move(profile));
    }
    if (!errors.empty()) {
        std::set<long> bad;
        for (const auto& error : errors) bad.insert(error.row);
        throw InvalidInput(
            "file",
            std::to_string(bad.size()) + (bad.size() == 1 ? " bad row" : " bad rows") + "; no profile was imported",
            std::move(errors));
    }
    return profiles;
}

}  // namespace upward::service
