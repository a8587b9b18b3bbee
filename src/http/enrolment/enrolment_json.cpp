#include "http/enrolment/enrolment_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"

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

// A mentor's level or a mentee's priority: a whole number from 1 to 5.
int Scale(const json& value, const std::string& field, const std::string& key) {
    if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > 5) {
        throw InvalidInput(field, key + " must be a whole number from 1 to 5");
    }
    return value.get<int>();
}

domain::ApplicationTopicInput TopicFromJson(const json& item, const std::string& field) {
    if (!item.is_object()) throw InvalidInput(field, "a topic is an object");
    domain::ApplicationTopicInput topic;
    for (const auto& [key, value] : item.items()) {
        const auto key_field = field + "." + key;
        if (key == "topic") {
            if (!value.is_string()) throw InvalidInput(key_field, "topic must be a string");
            topic.topic = value.get<std::string>();
        } else if (key == "level") {
            topic.level = Scale(value, key_field, key);
        } else if (key == "priority") {
            topic.priority = Scale(value, key_field, key);
        } else if (key == "evidence") {
            if (!value.is_null()) topic.evidence = TextField(value, key_field, domain::kMaxEvidenceLength);
        } else {
            throw InvalidInput(key_field, "unknown field " + key);
        }
    }
    if (!item.contains("topic")) throw InvalidInput(field + ".topic", "topic must be a string");
    return topic;
}

std::vector<domain::AvailabilitySlot> SlotsFromJson(const json& items) {
    if (!items.is_array()) throw InvalidInput("availability", "availability must be a list of weekly slots");
    if (items.size() > domain::kMaxApplicationSlots) {
        throw InvalidInput("availability", "at most " + std::to_string(domain::kMaxApplicationSlots) + " slots");
    }
    std::vector<domain::AvailabilitySlot> slots;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto field = Indexed("availability", i);
        const auto& slot = items[i];
        if (!slot.is_object() || !slot.value("day", json()).is_string() || !slot.value("start", json()).is_string() ||
            !slot.value("end", json()).is_string()) {
            throw InvalidInput(field, "a slot is {\"day\": \"mon\", \"start\": \"09:00\", \"end\": \"11:00\"}");
        }
        domain::AvailabilitySlot parsed;
        const auto problem = domain::ParseSlot(slot["day"].get<std::string>(), slot["start"].get<std::string>(),
                                               slot["end"].get<std::string>(), parsed);
        if (!problem.empty()) throw InvalidInput(field, problem);
        slots.push_back(parsed);
    }
    return slots;
}

json TopicsJson(const std::vector<domain::ApplicationTopic>& topics, domain::Side side) {
    json items = json::array();
    for (const auto& topic : topics) {
        if (side == domain::Side::kMentor) {
            items.push_back({{"topic", topic.topic}, {"level", topic.level}, {"evidence", topic.evidence}});
        } else {
            items.push_back({{"topic", topic.topic}, {"priority", topic.priority}});
        }
    }
    return items;
}

json AvailabilityJson(const std::vector<domain::AvailabilitySlot>& slots) {
    json items = json::array();
    for (const auto& slot : slots) {
        items.push_back({{"day", domain::DayName(slot.day)},
                         {"start", domain::FormatClock(slot.start)},
                         {"end", domain::FormatClock(slot.end)}});
    }
    return items;
}

}  // namespace

domain::ApplicationAnswersInput ApplicationAnswersFromJson(const json& body) {
    RequireObject(body);
    domain::ApplicationAnswersInput input;
    for (const auto& [key, value] : body.items()) {
        if (key == "side") {
            const auto side = value.is_string() ? domain::ParseSide(value.get<std::string>()) : std::nullopt;
            if (!side) throw InvalidInput("side", "side must be mentor or mentee");
            input.side = side;
        } else if (key == "topics") {
            if (!value.is_array()) throw InvalidInput("topics", "topics must be a list");
            if (value.size() > domain::kMaxApplicationTopics) {
                throw InvalidInput("topics", "at most " + std::to_string(domain::kMaxApplicationTopics) + " topics");
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                input.topics.push_back(TopicFromJson(value[i], Indexed("topics", i)));
            }
        } else if (key == "languages") {
            if (!value.is_array()) throw InvalidInput("languages", "languages must be a list of codes such as \"en\"");
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (!value[i].is_string()) {
                    throw InvalidInput(Indexed("languages", i), "a language is a code such as \"en\"");
                }
                input.languages.push_back(value[i].get<std::string>());
            }
        } else if (key == "availability") {
            input.availability = SlotsFromJson(value);
        } else if (key == "motivation") {
            if (!value.is_null()) input.motivation = TextField(value, key, domain::kMaxMotivationLength);
        } else if (key == "goals") {
            if (!value.is_null()) input.goals = TextField(value, key, domain::kMaxGoalsLength);
        } else {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    if (!body.contains("topics")) throw InvalidInput("topics", "topics must be a list");
    if (!body.contains("languages"))
        throw InvalidInput("languages", "languages must be a list of codes such as \"en\"");
    if (!body.contains("availability")) {
        throw InvalidInput("availability", "availability must be a list of weekly slots");
    }
    return input;
}

json ToJson(const domain::Application& application) {
    json screening = json::array();
    for (const auto& answer : application.screening_answers) {
        screening.push_back({{"question_id", answer.question_id}, {"answer", answer.answer}});
    }
    return json{
        {"id", application.id},
        {"programme_id", application.programme_id},
        {"employee_id", application.employee_id},
        {"user_id", application.user_id},
        {"side", domain::ToString(application.side)},
        {"status", domain::ToString(application.status)},
        {"topics", TopicsJson(application.answers.topics, application.side)},
        {"languages", application.answers.languages},
        {"availability", AvailabilityJson(application.answers.availability)},
        {"motivation", application.answers.motivation},
        {"goals", application.answers.goals},
        {"screening_answers", screening},
        {"decision_reason", application.decision_reason.empty() ? json(nullptr) : json(application.decision_reason)},
        {"decided_at", OptionalTime(application.decided_at)},
        {"submitted_at", FormatTimestamp(application.submitted_at)},
        {"updated_at", FormatTimestamp(application.updated_at)},
    };
}

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
    auto body = ToJson(view.application);
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
    RequireObject(body);
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
