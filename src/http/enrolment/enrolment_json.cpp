#include "http/enrolment/enrolment_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json OptionalTime(const std::optional<long long>& at) { return at ? json(FormatTimestamp(*at)) : json(nullptr); }

std::optional<long long> OptionalGrade(const json& filter, const std::string& key) {
    if (!filter.contains(key) || filter[key].is_null()) return std::nullopt;
    if (!filter[key].is_number_integer()) throw InvalidInput("filter." + key, key + " must be a whole number");
    return filter[key].get<long long>();
}

std::string OptionalText(const json& filter, const std::string& key) {
    if (!filter.contains(key) || filter[key].is_null()) return {};
    if (!filter[key].is_string()) throw InvalidInput("filter." + key, key + " must be a string");
    return std::string(Trim(filter[key].get<std::string>()));
}

domain::InviteeFilter FilterFromJson(const json& value) {
    if (!value.is_object()) throw InvalidInput("filter", "filter must be an object");
    for (const auto& [key, unused] : value.items()) {
        if (key != "grade_min" && key != "grade_max" && key != "department" && key != "location") {
            throw InvalidInput("filter." + key, "unknown filter field " + key);
        }
    }
    domain::InviteeFilter filter;
    filter.grade_min = OptionalGrade(value, "grade_min");
    filter.grade_max = OptionalGrade(value, "grade_max");
    filter.department = OptionalText(value, "department");
    filter.location = OptionalText(value, "location");
    if (filter.grade_min && filter.grade_max && *filter.grade_min > *filter.grade_max) {
        throw InvalidInput("filter.grade_max", "grade_max must not be below grade_min");
    }
    if (!filter.grade_min && !filter.grade_max && filter.department.empty() && filter.location.empty()) {
        throw InvalidInput("filter", "a filter needs a grade range, a department or a location");
    }
    return filter;
}

}  // namespace

json ToJson(const service::InviteOutcome& outcome) {
    json skipped = json::array();
    for (const auto& entry : outcome.skipped)
        skipped.push_back({{"employee_id", entry.employee_id}, {"reason", entry.reason}});
    return json{{"invited", outcome.invited}, {"reissued", outcome.reissued}, {"skipped", skipped}};
}

json ToJson(const service::InvitationView& view) {
    const auto& invitation = view.invitation;
    return json{
        {"id", invitation.id},
        {"programme_id", invitation.programme_id},
        {"employee_id", invitation.employee_id},
        {"name", view.name.empty() ? json(nullptr) : json(view.name)},
        {"email", invitation.email},
        {"side", domain::ToString(invitation.side)},
        {"status", view.status},
        {"created_at", FormatTimestamp(invitation.created_at)},
        {"expires_at", FormatTimestamp(invitation.expires_at)},
        {"accepted_at", OptionalTime(invitation.accepted_at)},
    };
}

json ToJson(const service::InvitationPreview& preview) {
    return json{
        {"programme_id", preview.programme_id},
        {"programme_name", preview.programme_name},
        {"programme_purpose", preview.programme_purpose},
        {"side", domain::ToString(preview.side)},
        {"invitee_name", preview.invitee_name},
        {"email", preview.email},
        {"expires_at", FormatTimestamp(preview.expires_at)},
        {"account_exists", preview.account_exists},
    };
}

json ToJson(const service::ApplicationView& view) {
    auto body = domain::ToJson(view.application);
    body["name"] = view.name.empty() ? json(nullptr) : json(view.name);
    body["grade"] = view.grade;
    body["department"] = view.department.empty() ? json(nullptr) : json(view.department);
    return body;
}

json ToJson(const service::GroundRulesView& view) {
    return json{{"rules", view.rules},
                {"digest", view.digest.empty() ? json(nullptr) : json(view.digest)},
                {"acknowledged", view.acknowledged},
                {"acknowledged_at", OptionalTime(view.acknowledged_at)}};
}

json ToJson(const service::EnrolmentStatus& status) {
    json steps = json::array();
    for (const auto& step : status.steps) {
        steps.push_back({{"step", step.step}, {"state", step.state}, {"detail", step.detail}});
    }
    return json{{"programme_id", status.programme_id},
                {"side", domain::ToString(status.side)},
                {"steps", steps},
                {"eligible", status.eligibility.eligible},
                {"blockers", status.eligibility.blockers}};
}

service::InviteRequest InviteRequestFromJson(const json& body) {
    if (!body.is_object()) throw InvalidInput("body", "the request body must be a JSON object");
    for (const auto& [key, unused] : body.items()) {
        if (key != "side" && key != "employee_ids" && key != "filter" && key != "expires_in_days") {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    service::InviteRequest request;
    const auto side = body.value("side", json());
    if (side == "mentor") {
        request.side = domain::Side::kMentor;
    } else if (side == "mentee") {
        request.side = domain::Side::kMentee;
    } else {
        throw InvalidInput("side", "side must be mentor or mentee");
    }
    if (body.contains("employee_ids")) {
        const auto& ids = body["employee_ids"];
        if (!ids.is_array()) throw InvalidInput("employee_ids", "employee_ids must be a list of employee ids");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (!ids[i].is_string() || Trim(ids[i].get<std::string>()).empty()) {
                throw InvalidInput("employee_ids[" + std::to_string(i) + "]", "an employee id is a non-empty string");
            }
            request.employee_ids.emplace_back(Trim(ids[i].get<std::string>()));
        }
    }
    if (body.contains("filter") && !body["filter"].is_null()) request.filter = FilterFromJson(body["filter"]);
    if (body.contains("expires_in_days")) {
        if (!body["expires_in_days"].is_number_integer()) {
            throw InvalidInput("expires_in_days", "expires_in_days must be a whole number of days");
        }
        const auto days = body["expires_in_days"].get<long long>();
        if (days < 1 || days > domain::kMaxInvitationDays) {
            throw InvalidInput("expires_in_days",
                               "expires_in_days must be between 1 and " + std::to_string(domain::kMaxInvitationDays));
        }
        request.expires_in_days = static_cast<int>(days);
    }
    return request;
}

}  // namespace upward::http
