#include "http/matching/matching_json.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json Points(long long milli_points) { return static_cast<double>(milli_points) / 1000.0; }

json TimeOrNull(const std::optional<long long>& seconds) {
    return seconds ? json(FormatTimestamp(*seconds)) : json(nullptr);
}

std::vector<std::string> StringList(const json& body, const std::string& key, const std::string& field) {
    std::vector<std::string> items;
    if (!body.contains(key)) return items;
    const auto& list = body[key];
    if (!list.is_array()) throw InvalidInput(field + "." + key, key + " must be a list of strings");
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string())
            throw InvalidInput(field + "." + key + "[" + std::to_string(i) + "]", "must be a string");
        items.push_back(list[i].get<std::string>());
    }
    return items;
}

}  // namespace

std::string StringField(const json& body, const std::string& name) {
    if (!body.is_object() || !body.contains(name) || !body[name].is_string() ||
        body[name].get_ref<const std::string&>().empty()) {
        throw InvalidInput(name, name + " is required (an employee id)");
    }
    return body[name].get<std::string>();
}

json ToJson(const domain::MatchProfile& profile) {
    json topics = json::object();
    for (const auto& topic : profile.topics) topics[topic.topic] = topic.value;
    json availability = json::array();
    for (const auto& slot : profile.availability) {
        availability.push_back({{"day", domain::DayName(slot.day)},
                                {"start", domain::FormatClock(slot.start)},
                                {"end", domain::FormatClock(slot.end)}});
    }
    return json{{"employee_id", profile.employee_id}, {"side", domain::ToString(profile.side)},
                {"languages", profile.languages},     {"topics", topics},
                {"availability", availability},       {"capacity", profile.capacity},
                {"eligible", profile.eligible},       {"preferences", profile.preferences},
                {"ranking", profile.ranking},         {"updated_at", FormatTimestamp(profile.updated_at)}};
}

json ToJson(const domain::ScoreBreakdown& parts) {
    return json{{"topics", Points(parts.topics)},
                {"availability", Points(parts.availability)},
                {"timezone", Points(parts.timezone)},
                {"cross_department", Points(parts.cross_department)},
                {"preference", Points(parts.preference)}};
}

json ToJson(const domain::Proposal& proposal) {
    return json{{"mentee", proposal.mentee},
                {"mentor", proposal.mentor},
                {"score", Points(proposal.parts.Total())},
                {"parts", ToJson(proposal.parts)},
                {"source", proposal.source}};
}

json ToJson(const service::RunSummary& summary) {
    const auto& run = summary.run;
    json rejected = json::array();
    for (const auto& pin : run.rejected_pins) {
        rejected.push_back(
            {{"mentee", pin.mentee}, {"mentor", pin.mentor}, {"rule", pin.rule}, {"detail", pin.detail}});
    }
    return json{{"id", run.id},
                {"programme_id", run.programme_id},
                {"mode", run.mode},
                {"created_at", FormatTimestamp(run.created_at)},
                {"duration_ms", run.duration_ms},
                {"mentees", run.mentees},
                {"mentors", run.mentors},
                {"pairs", run.pair_count},
                {"total_score", Points(run.total_score)},
                {"unmatched_mentees", summary.unmatched_mentees_by_reason},
                {"unmatched_mentors", summary.unmatched_mentors_by_reason},
                {"rejected_pins", rejected},
                {"published_at", TimeOrNull(run.published_at)}};
}

json ToJson(const service::RunDetail& detail) {
    json body = ToJson(detail.summary);
    json proposals = json::array();
    for (const auto& proposal : detail.proposals) proposals.push_back(ToJson(proposal));
    json unmatched = json::array();
    for (const auto& entry : detail.unmatched) {
        unmatched.push_back({{"employee_id", entry.employee_id},
                             {"side", domain::ToString(entry.side)},
                             {"reason", entry.reason},
                             {"detail", entry.detail}});
    }
    body["proposals"] = proposals;
    body["unmatched"] = unmatched;
    return body;
}

json ToJson(const domain::Pair& pair) {
    auto body = json{{"id", pair.id},
                     {"programme_id", pair.programme_id},
                     {"mentee", pair.mentee},
                     {"mentor", pair.mentor},
                     {"mentee_name", pair.mentee_name.empty() ? json(nullptr) : json(pair.mentee_name)},
                     {"mentor_name", pair.mentor_name.empty() ? json(nullptr) : json(pair.mentor_name)},
                     {"status", domain::ToString(pair.status)},
                     {"score", pair.score ? Points(*pair.score) : json(nullptr)},
                     {"mentee_accepted_at", TimeOrNull(pair.mentee_accepted_at)},
                     {"mentor_accepted_at", TimeOrNull(pair.mentor_accepted_at)},
                     {"declined_by", pair.declined_by.empty() ? json(nullptr) : json(pair.declined_by)},
                     {"created_at", FormatTimestamp(pair.created_at)}};
    // The services strip the private reason from every pair a participant receives (domain::WithoutPrivateFields),
    // so only an admin's pairs carry the member at all.
    if (pair.decline_reason) body["decline_reason"] = *pair.decline_reason;
    return body;
}

json ToJson(const domain::MatchRequest& request) {
    return json{{"id", request.id},
                {"programme_id", request.programme_id},
                {"mentee", request.mentee},
                {"mentor", request.mentor},
                {"status", domain::ToString(request.status)},
                {"created_at", FormatTimestamp(request.created_at)},
                {"answered_at", TimeOrNull(request.answered_at)}};
}

json ToJson(const service::MentorRecommendation& recommendation) {
    return json{{"mentor", recommendation.employee_id},
                {"name", recommendation.name},
                {"title", recommendation.title},
                {"department", recommendation.department},
                {"score", Points(recommendation.parts.Total())},
                {"parts", ToJson(recommendation.parts)},
                {"reasons", recommendation.reasons}};
}

json ToJson(const service::RankingCandidate& candidate) {
    return json{{"employee_id", candidate.employee_id},
                {"name", candidate.name},
                {"title", candidate.title},
                {"department", candidate.department},
                {"score", Points(candidate.parts.Total())},
                {"parts", ToJson(candidate.parts)},
                {"rank", candidate.rank > 0 ? json(candidate.rank) : json(nullptr)}};
}

domain::MatchProfile ProfileFromJson(const json& body, const std::string& field) {
    if (!body.is_object()) throw InvalidInput(field, "a profile must be an object");
    static const std::vector<std::string> kKeys = {"employee_id",  "side",     "languages", "topics",
                                                   "availability", "capacity", "eligible",  "preferences"};
    for (const auto& [key, value] : body.items()) {
        if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
            throw InvalidInput(field + "." + key, "unknown profile field " + key);
        }
    }
    domain::MatchProfile profile;
    if (!body.contains("employee_id") || !body["employee_id"].is_string()) {
        throw InvalidInput(field + ".employee_id", "employee_id is required");
    }
    profile.employee_id = body["employee_id"].get<std::string>();
    const auto side = body.value("side", json(""));
    if (side == "mentor") {
        profile.side = domain::Side::kMentor;
    } else if (side == "mentee") {
        profile.side = domain::Side::kMentee;
    } else {
        throw InvalidInput(field + ".side", "side must be mentor or mentee");
    }
    profile.languages = StringList(body, "languages", field);
    profile.preferences = StringList(body, "preferences", field);
    if (body.contains("topics")) {
        if (!body["topics"].is_object())
            throw InvalidInput(field + ".topics", "topics must map each topic to a number");
        for (const auto& [topic, value] : body["topics"].items()) {
            if (!value.is_number_integer())
                throw InvalidInput(field + ".topics", "topic '" + topic + "' needs a whole number");
            profile.topics.push_back({topic, value.get<int>()});
        }
    }
    if (body.contains("availability")) {
        const auto& slots = body["availability"];
        if (!slots.is_array()) throw InvalidInput(field + ".availability", "availability must be a list of slots");
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const auto slot_field = field + ".availability[" + std::to_string(i) + "]";
            const auto& slot = slots[i];
            if (!slot.is_object() || !slot.value("day", json()).is_string() ||
                !slot.value("start", json()).is_string() || !slot.value("end", json()).is_string()) {
                throw InvalidInput(slot_field,
                                   "a slot is {\"day\": \"mon\", \"start\": \"09:00\", \"end\": \"11:00\"}");
            }
            domain::AvailabilitySlot parsed;
            const auto problem = domain::ParseSlot(slot["day"].get<std::string>(), slot["start"].get<std::string>(),
                                                   slot["end"].get<std::string>(), parsed);
            if (!problem.empty()) throw InvalidInput(slot_field, problem);
            profile.availability.push_back(parsed);
        }
    }
    if (body.contains("capacity")) {
        if (!body["capacity"].is_number_integer())
            throw InvalidInput(field + ".capacity", "capacity must be a whole number");
        profile.capacity = body["capacity"].get<int>();
    }
    if (body.contains("eligible")) {
        if (!body["eligible"].is_boolean()) throw InvalidInput(field + ".eligible", "eligible must be true or false");
        profile.eligible = body["eligible"].get<bool>();
    }
    return profile;
}

}  // namespace upward::http
