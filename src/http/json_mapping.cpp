#include "http/json_mapping.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"

namespace upward::http {

using nlohmann::json;

namespace {
json TextOrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

bool FlagField(const json& body, const std::string& name) {
    if (!body.contains(name)) return false;
    if (!body[name].is_boolean()) throw InvalidInput(name, name + " must be true or false");
    return body[name].get<bool>();
}
}  // namespace

json ToJson(const domain::Person& person) {
    return json{{"employee_id", person.employee_id},
                {"name", TextOrNull(person.name)},
                {"email", TextOrNull(person.email)},
                {"grade", person.grade},
                {"title", TextOrNull(person.title)},
                {"department", TextOrNull(person.department)},
                {"location", TextOrNull(person.location)},
                {"time_zone", TextOrNull(person.time_zone)},
                {"manager_id", TextOrNull(person.manager_id)},
                {"hire_date", TextOrNull(person.hire_date)},
                {"leaving_date", TextOrNull(person.leaving_date)},
                {"left", person.left},
                {"active", person.active}};
}

json ToJson(const service::ImportReport& report) {
    json errors = json::array();
    for (const auto& row : report.errors)
        errors.push_back({{"row", row.row}, {"field", row.field}, {"reason", row.reason}});
    return json{{"rows", report.rows},           {"inserted", report.inserted},       {"updated", report.updated},
                {"unchanged", report.unchanged}, {"deactivated", report.deactivated}, {"errors", errors},
                {"applied", report.applied}};
}

json ToJson(const domain::ApiToken& token) {
    return json{{"id", token.id},
                {"name", token.name},
                {"created_at", FormatTimestamp(token.created_at)},
                {"last_used_at", token.last_used_at ? json(FormatTimestamp(*token.last_used_at)) : json(nullptr)},
                {"revoked", token.revoked}};
}

json CallerJson(const domain::Caller& caller) {
    json programmes = json::array();
    for (const auto& membership : caller.memberships) {
        programmes.push_back({{"programme_id", membership.programme_id}, {"role", domain::ToString(membership.role)}});
    }
    return json{{"id", caller.user_id},
                {"email", caller.email},
                {"display_name", caller.display_name},
                {"role", domain::ToString(caller.role)},
                {"person_id", TextOrNull(caller.person_id)},
                {"programmes", programmes}};
}

service::ImportOptions ImportOptionsFromJson(const json& body) {
    static const std::set<std::string> kKnown = {"csv", "mapping", "full", "dry_run", "skip_bad_rows"};
    RequireObject(body);
    for (const auto& [key, value] : body.items()) {
        if (!kKnown.count(key)) throw InvalidInput(key, "unknown field " + key);
    }
    service::ImportOptions options;
    if (body.contains("mapping")) {
        if (!body["mapping"].is_object()) throw InvalidInput("mapping", "mapping must be an object of field: column");
        for (const auto& [field, column] : body["mapping"].items()) {
            if (!column.is_string())
                throw InvalidInput("mapping." + field, "mapping." + field + " must be a column name");
            options.mapping[field] = column.get<std::string>();
        }
    }
    options.full = FlagField(body, "full");
    options.dry_run = FlagField(body, "dry_run");
    options.skip_bad_rows = FlagField(body, "skip_bad_rows");
    return options;
}

}  // namespace upward::http
