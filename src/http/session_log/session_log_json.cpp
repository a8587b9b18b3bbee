#include "http/session_log/session_log_json.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json TimeOrNull(const std::optional<long long>& seconds) {
    return seconds ? json(FormatTimestamp(*seconds)) : json(nullptr);
}

json IdOrNull(const std::optional<long long>& id) { return id ? json(*id) : json(nullptr); }

void RequireOnlyFields(const json& body, const std::set<std::string>& known) {
    RequireObject(body);
    for (const auto& [key, value] : body.items()) {
        if (!known.count(key)) throw InvalidInput(key, key + " is not a field of this request");
    }
}

// Absent or null: unset. `null_as_empty` makes null mean "clear it" (an empty text).
std::optional<std::string> OptionalText(const json& body, const std::string& key, bool null_as_empty = false) {
    if (!body.contains(key)) return std::nullopt;
    const auto& value = body[key];
    if (value.is_null()) return null_as_empty ? std::optional<std::string>("") : std::nullopt;
    if (!value.is_string()) throw InvalidInput(key, key + " must be text");
    return value.get<std::string>();
}

std::optional<long long> OptionalInteger(const json& body, const std::string& key) {
    if (!body.contains(key) || body[key].is_null()) return std::nullopt;
    const auto& value = body[key];
    if (!value.is_number_integer()) throw InvalidInput(key, key + " must be a whole number");
    return value.get<long long>();
}

}  // namespace

json ToJson(const service::MyNote& note) {
    return json{{"pair_id", note.pair_id},
                {"occurrence_id", note.occurrence_id},
                {"text", note.text ? json(*note.text) : json(nullptr)},
                {"updated_at", TimeOrNull(note.updated_at)}};
}

json ToJson(const domain::ActionItem& item) {
    return json{{"id", item.id},
                {"pair_id", item.pair_id},
                {"occurrence_id", IdOrNull(item.occurrence_id)},
                {"title", item.title},
                {"owner_side", item.owner_side},
                {"due_on", item.due_on.empty() ? json(nullptr) : json(item.due_on)},
                {"status", item.status},
                {"created_at", FormatTimestamp(item.created_at)},
                {"updated_at", FormatTimestamp(item.updated_at)},
                {"completed_at", TimeOrNull(item.completed_at)}};
}

json ToJson(const domain::GoalProgressEntry& entry) {
    return json{
        {"id", entry.id},           {"pair_id", entry.pair_id}, {"goal_side", entry.goal_side},
        {"percent", entry.percent}, {"comment", entry.comment}, {"recorded_at", FormatTimestamp(entry.recorded_at)}};
}

json ToJson(const std::vector<service::GoalSideProgress>& sides) {
    json items = json::array();
    for (const auto& side : sides) {
        json history = json::array();
        for (const auto& entry : side.history) history.push_back(ToJson(entry));
        items.push_back({{"goal_side", side.goal_side},
                         {"current", side.current ? ToJson(*side.current) : json(nullptr)},
                         {"history", history}});
    }
    return json{{"items", items}};
}

json ToJson(const domain::Insight& insight) {
    return json{{"id", insight.id},
                {"pair_id", insight.pair_id},
                {"occurrence_id", IdOrNull(insight.occurrence_id)},
                {"idea", insight.idea},
                {"status", insight.status},
                {"outcome_note", insight.outcome_note},
                {"created_at", FormatTimestamp(insight.created_at)},
                {"updated_at", FormatTimestamp(insight.updated_at)}};
}

json ToJson(const service::ProgrammeAtRisk& at_risk) {
    json body = {{"programme_id", at_risk.programme_id},
                 {"active_pairs", at_risk.active_pairs},
                 {"count", at_risk.count},
                 {"pairs_included", at_risk.named}};
    if (!at_risk.named) return body;
    body["items"] = json::array();
    for (const auto& named : at_risk.pairs) {
        json reasons = json::array();
        for (const auto& reason : named.pair.reasons) reasons.push_back({{"code", reason.code}, {"text", reason.text}});
        body["items"].push_back({{"pair_id", named.pair.pair_id},
                                 {"mentee", {{"employee_id", named.pair.mentee}, {"name", named.mentee_name}}},
                                 {"mentor", {{"employee_id", named.pair.mentor}, {"name", named.mentor_name}}},
                                 {"last_held_at", TimeOrNull(named.pair.last_held_at)},
                                 {"reasons", reasons}});
    }
    return body;
}

std::string NoteTextFromJson(const json& body) {
    RequireOnlyFields(body, {"text"});
    auto text = OptionalText(body, "text");
    if (!text) throw InvalidInput("text", "text is required");
    return *text;
}

service::ActionItemInput ActionItemInputFromJson(const json& body) {
    RequireOnlyFields(body, {"title", "owner_side", "due_on", "status", "occurrence_id"});
    service::ActionItemInput input;
    input.title = OptionalText(body, "title");
    input.owner_side = OptionalText(body, "owner_side");
    input.due_on = OptionalText(body, "due_on", true);
    input.status = OptionalText(body, "status");
    input.occurrence_id = OptionalInteger(body, "occurrence_id");
    return input;
}

service::GoalProgressInput GoalProgressInputFromJson(const json& body) {
    RequireOnlyFields(body, {"goal_side", "percent", "comment"});
    service::GoalProgressInput input;
    input.goal_side = OptionalText(body, "goal_side");
    input.percent = OptionalInteger(body, "percent");
    input.comment = OptionalText(body, "comment", true);
    return input;
}

service::InsightInput InsightInputFromJson(const json& body) {
    RequireOnlyFields(body, {"idea", "status", "outcome_note", "occurrence_id"});
    service::InsightInput input;
    input.idea = OptionalText(body, "idea");
    input.status = OptionalText(body, "status");
    input.outcome_note = OptionalText(body, "outcome_note", true);
    input.occurrence_id = OptionalInteger(body, "occurrence_id");
    return input;
}

}  // namespace upward::http
